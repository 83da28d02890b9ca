"""The network team's review of applications to join: a listing with filters, each application's detail, and the
three decisions. Every view checks who asks (network editors only); nothing relies on the menu hiding a link."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import ModelLogEntry

from hub.roles import is_network_editor
from membership import deciding
from membership.forms import DecisionForm
from membership.groups import group_statuses
from membership.models import Application

DECISIONS = ("approve", "decline", "ask")


def network_editors_only(request):
    if not is_network_editor(request.user):
        raise PermissionDenied


class ApplicationFilterSet(WagtailFilterSet):
    class Meta:
        model = Application
        fields = ["status", "level"]


class ApplicationsView(ReportView):
    """Every application, newest first; those waiting are what the filter shows by default."""

    page_title = gettext_lazy("Applications to join")
    header_icon = "user"
    index_url_name = "membership_applications"
    index_results_url_name = "membership_applications_results"
    filterset_class = ApplicationFilterSet
    no_results_message = gettext_lazy("No application matches.")
    columns = [
        TitleColumn("organisation_name", label=gettext_lazy("Organisation"), url_name="membership_application"),
        Column("level", label=gettext_lazy("Level"), accessor="get_level_display"),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=gettext_lazy("Sent")),
    ]

    def dispatch(self, request, *args, **kwargs):
        network_editors_only(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Application.objects.order_by("-created_at", "-pk")


def detail(request, pk, form=None, decision=None):
    network_editors_only(request)
    application = get_object_or_404(Application.objects.select_related("decided_by", "organisation"), pk=pk)
    history = ModelLogEntry.objects.for_instance(application).select_related("user").order_by("-timestamp")
    return TemplateResponse(
        request,
        "membership/admin/application.html",
        {
            "application": application,
            "regions": application.regions.order_by("name"),
            "history": history,
            "decline_form": form if decision == "decline" else DecisionForm(prefix="decline"),
            "ask_form": form if decision == "ask" else DecisionForm(prefix="ask"),
        },
        status=400 if form is not None else 200,
    )


@require_POST
def decide(request, pk, decision):
    network_editors_only(request)
    application = get_object_or_404(Application, pk=pk)
    try:
        if decision == "approve":
            onboarded = deciding.approve(application, request.user)
            messages.success(
                request,
                _("%(organisation)s is now a member; its first editor has been invited.")
                % {"organisation": onboarded.organisation.title},
            )
        elif decision in ("decline", "ask"):
            form = DecisionForm(request.POST, prefix=decision)
            if not form.is_valid():
                return detail(request, pk, form=form, decision=decision)
            if decision == "decline":
                deciding.decline(application, request.user, form.cleaned_data["message"])
                messages.success(request, _("The application has been declined and the applicant told why."))
            else:
                deciding.ask_for_information(application, request.user, form.cleaned_data["message"])
                messages.success(request, _("Your question has been emailed to the applicant."))
    except deciding.DecisionError as error:
        messages.error(request, str(error))
    return redirect("membership_application", pk=pk)


def groups(request):
    """Each regional group with the meetings it held in the last twelve months; those behind are flagged."""
    network_editors_only(request)
    return TemplateResponse(request, "membership/admin/groups.html", {"statuses": group_statuses()})
