"""Reporting for network editors: submissions per member and per language over a period, how long
reviews take, what has waited longest; as a Wagtail report with its CSV and XLSX exports."""

import statistics
from collections import Counter
from datetime import datetime, time, timedelta

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, TaskState, WorkflowState

from hub.dashboard import organisations_of, waiting_items
from hub.spreadsheets import SafeSpreadsheetExportMixin, column_export

DEFAULT_PERIOD_DAYS = 90
WAITING_LONGEST = 10


class PeriodForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        today = timezone.localdate()
        cleaned["end"] = cleaned.get("end") or today
        cleaned["start"] = cleaned.get("start") or cleaned["end"] - timedelta(days=DEFAULT_PERIOD_DAYS)
        if cleaned["start"] > cleaned["end"]:
            raise forms.ValidationError(_("The start of the period must come before its end."))
        return cleaned


class PeriodFilterSet(WagtailFilterSet):
    """A period of days, the last 90 unless chosen; the start must not come after the end."""

    start = django_filters.DateFilter(label=gettext_lazy("From"), method="within_period")
    end = django_filters.DateFilter(label=gettext_lazy("To"), method="within_period")

    class Meta:
        model = WorkflowState
        fields = ["start", "end"]
        form = PeriodForm

    def within_period(self, queryset, name, value):
        return queryset  # both ends at once, in filter_queryset

    def filter_queryset(self, queryset):
        zone = timezone.get_current_timezone()
        start = datetime.combine(self.form.cleaned_data["start"], time.min, tzinfo=zone)
        end = datetime.combine(self.form.cleaned_data["end"] + timedelta(days=1), time.min, tzinfo=zone)
        return queryset.filter(created_at__gte=start, created_at__lt=end)


def submission_rows(states):
    """Each submission with its page, organisation and how long its reviews took."""
    states = list(states)
    pages = {
        str(page.pk): page
        for page in Page.objects.filter(pk__in=[s.object_id for s in states]).select_related("locale")
    }
    organisations = organisations_of(pages.values())
    reviews = TaskState.objects.filter(
        workflow_state__in=states,
        status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED],
        finished_at__isnull=False,
    ).values_list("workflow_state_id", "started_at", "finished_at")
    review_time = Counter()
    for state_id, started, finished in reviews:
        review_time[state_id] += (finished - started).total_seconds()
    rows = []
    for state in states:
        page = pages.get(state.object_id)
        if page is None:
            continue
        organisation = organisations[page.pk]
        seconds = review_time.get(state.pk)
        rows.append(
            {
                "page": page,
                "title": page.get_admin_display_title(),
                "organisation": organisation.title if organisation else _("The network"),
                "language": page.locale.get_display_name(),
                "submitted_at": state.created_at,
                "submitted_by": state.requested_by.get_username() if state.requested_by else "",
                "status": state.get_status_display(),
                "review_seconds": seconds,
                "review_hours": None if seconds is None else round(seconds / 3600, 1),
            }
        )
    return rows


def summarise(rows):
    durations = [row["review_seconds"] for row in rows if row["review_seconds"] is not None]
    return {
        "by_member": Counter(row["organisation"] for row in rows).most_common(),
        "by_language": Counter(row["language"] for row in rows).most_common(),
        "median_review": timedelta(seconds=statistics.median(durations)) if durations else None,
        "slowest_review": timedelta(seconds=max(durations)) if durations else None,
    }


class WorkflowReportView(SafeSpreadsheetExportMixin, ReportView):
    """Who may open it is decided where it is routed (hub.wagtail_hooks): the network's editors."""

    page_title = gettext_lazy("Editorial workflow report")
    header_icon = "table"
    index_url_name = "hub_workflow_report"
    index_results_url_name = "hub_workflow_report_results"
    results_template_name = "hub/workflows/report_results.html"
    filterset_class = PeriodFilterSet
    paginate_by = None  # the summary counts every submission of the period
    no_results_message = gettext_lazy("No submissions in this period.")
    columns = [
        Column("title", label=gettext_lazy("Page")),
        Column("organisation", label=gettext_lazy("Member")),
        Column("language", label=gettext_lazy("Language")),
        Column("submitted_at", label=gettext_lazy("Submitted at")),
        Column("submitted_by", label=gettext_lazy("Submitted by")),
        Column("status", label=gettext_lazy("Status")),
        Column("review_hours", label=gettext_lazy("Review time (hours)")),
    ]
    list_export, export_headings = column_export(columns)

    def get_filename(self):
        period = self.filters.form.cleaned_data
        return f"submissions-{period['start']:%Y-%m-%d}-{period['end']:%Y-%m-%d}"

    def get_queryset(self):
        return (
            WorkflowState.objects.filter(base_content_type__model="page")
            .select_related("requested_by")
            .order_by("created_at")
        )

    def filter_queryset(self, queryset):
        # Dates that are not dates, or a start after the end, are reported beside the filters; nothing is listed.
        return self.filters.filter_queryset(queryset) if self.filters.is_valid() else queryset.none()

    def get_filtered_queryset(self):
        return submission_rows(super().get_filtered_queryset())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.filters.is_valid():
            waiting = waiting_items(TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS))[:WAITING_LONGEST]
            context.update(summarise(self.object_list), rows=self.object_list, waiting=waiting)
        return context
