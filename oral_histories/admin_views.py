"""Admin views for oral histories: the network team decides on access requests and withdraws interviews."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Q, When
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from oral_histories.access import decide, withdraw
from oral_histories.forms import DecisionForm
from oral_histories.models import AccessRequest, InterviewPage, OralHistoryProjectPage

DECIDE_PERMISSION = "oral_histories.change_accessrequest"
WITHDRAW_PERMISSION = "oral_histories.withdraw_interviewpage"


def require(user, permission):
    if not user.has_perm(permission):
        raise PermissionDenied


def projects(request):
    return OralHistoryProjectPage.objects.filter(locale=Locale.get_default()).order_by("title")


class AccessRequestFilterSet(WagtailFilterSet):
    project = django_filters.ModelChoiceFilter(
        queryset=projects, method="in_project", label=OralHistoryProjectPage._meta.verbose_name
    )

    class Meta:
        model = AccessRequest
        fields = ["status", "project"]

    def in_project(self, queryset, name, project):
        """Requests for the project's interviews, in whichever language they were asked for."""
        trees = Q()
        for version in OralHistoryProjectPage.objects.filter(translation_key=project.translation_key):
            trees |= Q(interview__path__startswith=version.path)
        return queryset.filter(trees)


class DecisionColumn(Column):
    """For a request waiting: the approve and decline form; for one decided: the decision and when."""

    cell_template_name = "oral_histories/admin/decision_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        # A cell renders from a plain dict, without the context processors that would give the form its token.
        context["csrf_token"] = get_token(parent_context["request"])
        return context


def requester(item):
    return ", ".join(part for part in (item.name, item.email, item.organisation) if part)


class AccessRequestsView(ReportView):
    """Requests to hear interviews, those waiting for a decision first; network editors only (the permission)."""

    page_title = gettext_lazy("Oral history access requests")
    header_icon = "media"
    index_url_name = "oral_histories_access_requests"
    index_results_url_name = "oral_histories_access_requests_results"
    permission_policy = ModelPermissionPolicy(AccessRequest)
    permission_required = "change"
    filterset_class = AccessRequestFilterSet
    columns = [
        TitleColumn(
            "interview",
            label=gettext_lazy("Interview"),
            accessor="interview.title",
            get_url=lambda item: reverse("wagtailadmin_pages:edit", args=[item.interview_id]),
        ),
        Column("who", label=gettext_lazy("Who"), accessor=requester),
        Column("intended_use", label=gettext_lazy("Intended use")),
        DateColumn("created_at", label=gettext_lazy("Requested on")),
        DecisionColumn("decision", label=gettext_lazy("Decision")),
        Column("decided_by", label=gettext_lazy("By")),
        DateColumn("access_until", label=gettext_lazy("Access until")),
    ]

    def get_queryset(self):
        waiting_first = Case(When(status=AccessRequest.Status.PENDING, then=0), default=1)
        return AccessRequest.objects.select_related("interview", "decided_by").order_by(waiting_first, "-created_at")


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
