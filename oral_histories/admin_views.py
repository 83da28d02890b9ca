"""Admin views for oral histories: the network team decides on access requests and withdraws interviews."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from oral_histories.access import decide, withdraw
from oral_histories.forms import DecisionForm
from oral_histories.models import AccessRequest, InterviewPage

DECIDE_PERMISSION = "oral_histories.change_accessrequest"
WITHDRAW_PERMISSION = "oral_histories.withdraw_interviewpage"


def require(user, permission):
    if not user.has_perm(permission):
        raise PermissionDenied


def access_requests(request):
    require(request.user, DECIDE_PERMISSION)
    requests = AccessRequest.objects.select_related("interview", "decided_by").order_by("-created_at")
    return TemplateResponse(
        request,
        "oral_histories/admin/access_requests.html",
        {
            "page_title": _("Oral history access requests"),
            "pending": [item for item in requests if item.status == AccessRequest.Status.PENDING],
            "decided": [item for item in requests if item.status != AccessRequest.Status.PENDING][:100],
            "form": DecisionForm(),
        },
    )


@require_POST
def decide_access_request(request, pk):
    require(request.user, DECIDE_PERMISSION)
    access_request = get_object_or_404(AccessRequest.objects.select_related("interview"), pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to approve or decline the request."))
    elif access_request.status != AccessRequest.Status.PENDING:
        messages.error(request, _("This request was decided already."))
    else:
        approve = form.cleaned_data["decision"] == "approve"
        emailed = decide(access_request, request.user, approve, form.cleaned_data["note"])
        if not emailed:
            messages.warning(request, _("The decision is recorded, but the email could not be sent."))
        elif approve:
            messages.success(request, _("Approved: %(name)s will be emailed a link.") % {"name": access_request.name})
        else:
            messages.success(request, _("Declined: %(name)s will be told by email.") % {"name": access_request.name})
    return redirect("oral_histories_access_requests")


def withdraw_interview(request, page_id):
    require(request.user, WITHDRAW_PERMISSION)
    interview = get_object_or_404(InterviewPage, pk=page_id)
    if not interview.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        unpublished = withdraw(interview, request.user)
        messages.success(
            request,
            _("“%(title)s” is withdrawn: unpublished in %(count)d languages, out of search, its recording unreachable.")
            % {"title": interview.title, "count": len(unpublished)},
        )
        return redirect("wagtailadmin_pages:edit", interview.pk)
    return TemplateResponse(
        request,
        "oral_histories/admin/withdraw.html",
        {"page_title": _("Withdraw an interview"), "interview": interview},
    )


def withdraw_url(page):
    return reverse("oral_histories_withdraw_interview", args=[page.pk])
