"""Wagtail hooks for oral histories: consent guards in front of Wagtail's own serving, the withdraw button,
the audit log's words for what happens to interviews, and the admin views."""

from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from hub.roles import is_network_editor
from oral_histories.access import refuse_unless_cleared
from oral_histories.admin_views import (
    WITHDRAW_PERMISSION,
    AccessRequestsView,
    decide_access_request,
    withdraw_interview,
    withdraw_url,
)
from oral_histories.models import InterviewPage
from oral_histories.setup import CONSENT_COLLECTION


@hooks.register("register_admin_urls")
def register_oral_history_admin_urls():
    return [
        path("oral-histories/requests/", AccessRequestsView.as_view(), name="oral_histories_access_requests"),
        path(
            "oral-histories/requests/results/",
            AccessRequestsView.as_view(results_only=True),
            name="oral_histories_access_requests_results",
        ),
        path("oral-histories/requests/<int:pk>/decide/", decide_access_request, name="oral_histories_decide_access"),
        path("oral-histories/withdraw/<int:page_id>/", withdraw_interview, name="oral_histories_withdraw_interview"),
    ]


# Ahead of Wagtail's view restriction check, which would send visitors to a login page and so confirm
# that an interview exists.
@hooks.register("before_serve_page", order=-10)
def hide_interviews_not_cleared(page, request, serve_args, serve_kwargs):
    refuse_unless_cleared(page.specific, request)


@hooks.register("before_serve_document", order=-10)
def hide_consent_forms(document, request):
    if document.collection.name == CONSENT_COLLECTION and not is_network_editor(request.user):
        raise Http404


@hooks.register("register_page_header_buttons")
def withdraw_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, InterviewPage) and user.has_perm(WITHDRAW_PERMISSION):
        yield Button(_("Withdraw (consent withdrawn)"), withdraw_url(page), icon_name="warning", priority=90)


@hooks.register("register_log_actions")
def register_oral_history_log_actions(actions):
    actions.register_action(
        "oral_histories.withdraw_interview",
        _("Withdraw interview"),
        _("Interview withdrawn: the narrator withdrew consent"),
    )
    actions.register_action(
        "oral_histories.access_requested", _("Request access"), _("Access to the recording requested")
    )
    actions.register_action("oral_histories.access_approved", _("Approve access"), _("Access request approved"))
    actions.register_action("oral_histories.access_declined", _("Decline access"), _("Access request declined"))
