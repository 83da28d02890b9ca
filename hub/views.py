from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_required

from hub.forms import OnboardingForm
from hub.onboarding import OnboardingError, onboard_member


@permission_required("hub.onboard_member")
def onboard(request):
    """Network editors onboard an organisation from the admin; the form keeps what they typed on any error."""
    form = OnboardingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            onboarded = onboard_member(
                name=data["name"],
                editor_email=data["editor_email"],
                editor_name=data["editor_name"],
                regions=[region.slug for region in data["regions"]],
                trusted_publisher=data["trusted_publisher"],
            )
        except OnboardingError as error:
            form.add_error(None, str(error))
        else:
            if onboarded.created:
                messages.success(
                    request,
                    _("%(name)s is now a member.") % {"name": onboarded.organisation.title},
                )
            else:
                messages.info(
                    request,
                    _("%(name)s was already a member; its group, collection and editor are in place.")
                    % {"name": onboarded.organisation.title},
                )
            if onboarded.editor_created and not onboarded.invitation_sent:
                messages.warning(
                    request,
                    _("The invitation email to %(email)s could not be sent. They can use “Forgotten password?”.")
                    % {"email": onboarded.editor.email},
                )
            return redirect("wagtailadmin_pages:edit", onboarded.organisation.pk)
    return TemplateResponse(
        request,
        "hub/admin/onboard.html",
        {"form": form, "page_title": _("Add a member organisation")},
    )


def choose_language(request, language_code):
    """The language switcher's links: remember an explicit choice (it then wins over the browser's
    Accept-Language on the next visit to /) and go to the page in that language."""
    target = request.GET.get("next", "/")
    # Only a path on this site: anything else (`redirect` would try a bare word as a view name) goes home.
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if language_code not in dict(settings.LANGUAGES):
        return response
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
