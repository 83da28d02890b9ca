"""Login protection: what a locked-out person is told, and how a network editor lifts a lockout early.

django-axes counts failed sign-ins on every form that signs people in (it watches Django's authenticate())
and locks out an account, and separately an address, after too many (settings: HUB_LOGIN_FAILURE_LIMIT,
HUB_LOGIN_LOCKOUT_MINUTES). The address is read behind the hub's own proxies (hub.client_address), so a
visitor cannot dodge the limit by sending X-Forwarded-For, nor lock out everyone behind the proxy.
"""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.db.models import F, Max, Sum
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

UNLOCK_PERMISSION = "axes.delete_accessattempt"


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the sign-in form's answer, for the next HUB_LOGIN_LOCKOUT_MINUTES."""
    # Rendered at once: it replaces the response on its way out, past the stage that renders template responses.
    return render(request, "hub/login/locked_out.html", {"minutes": settings.HUB_LOGIN_LOCKOUT_MINUTES}, status=429)


def locked(field):
    """Accounts (field "username") or addresses ("ip_address") with too many recent failures, newest first."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return (
        AccessAttempt.objects.filter(attempt_time__gte=since)
        .exclude(**{f"{field}__isnull": True})
        .values(value=F(field))
        .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last_attempt")
    )


@permission_required(UNLOCK_PERMISSION, raise_exception=True)
def lockouts(request):
    return TemplateResponse(
        request,
        "hub/login/lockouts.html",
        {"accounts": locked("username"), "addresses": locked("ip_address")},
    )


@require_POST
@permission_required(UNLOCK_PERMISSION, raise_exception=True)
def unlock(request):
    username = request.POST.get("username", "")
    address = request.POST.get("ip_address", "")
    if username:
        reset(username=username)
        messages.success(request, _("“%(name)s” can sign in again.") % {"name": username})
    elif address:
        reset(ip=address)
        messages.success(request, _("Sign-ins from %(address)s are allowed again.") % {"address": address})
    return redirect("hub_login_lockouts")
