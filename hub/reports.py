"""Reporting for network editors: submissions per member and per language over a period, how long
reviews take, what has waited longest; as a page in the admin or as CSV."""

import csv
import statistics
from collections import Counter
from datetime import datetime, time, timedelta

from django import forms
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import permission_denied
from wagtail.models import Page, TaskState, WorkflowState

from hub.dashboard import organisations_of, waiting_items
from hub.roles import is_network_editor
from hub.spreadsheets import formula_safe

DEFAULT_PERIOD_DAYS = 90
WAITING_LONGEST = 10


class PeriodForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        cleaned["end"] = cleaned.get("end") or today
        cleaned["start"] = cleaned.get("start") or cleaned["end"] - timedelta(days=DEFAULT_PERIOD_DAYS)
        if cleaned["start"] > cleaned["end"]:
            raise forms.ValidationError(_("The start of the period must come before its end."))
        return cleaned

    def bounds(self):
        zone = timezone.get_current_timezone()
        start = datetime.combine(self.cleaned_data["start"], time.min, tzinfo=zone)
        end = datetime.combine(self.cleaned_data["end"] + timedelta(days=1), time.min, tzinfo=zone)
        return start, end


def submissions_between(start, end):
    """Each submission in the period with its page, organisation and how long its reviews took."""
    states = list(
        WorkflowState.objects.filter(created_at__gte=start, created_at__lt=end, base_content_type__model="page")
        .select_related("requested_by")
        .order_by("created_at")
    )
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
        rows.append(
            {
                "page": page,
                "organisation": organisation.title if organisation else _("The network"),
                "language": page.locale.get_display_name(),
                "submitted_at": state.created_at,
                "submitted_by": state.requested_by,
                "status": state.get_status_display(),
                "review_seconds": review_time.get(state.pk),
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


def as_csv(rows, start, end):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="submissions-{start:%Y-%m-%d}-{end:%Y-%m-%d}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Page"),
            _("Member"),
            _("Language"),
            _("Submitted at"),
            _("Submitted by"),
            _("Status"),
            _("Review time (hours)"),
        ]
    )
    for row in rows:
        hours = "" if row["review_seconds"] is None else f"{row['review_seconds'] / 3600:.1f}"
        cells = [
            row["page"].title,
            row["organisation"],
            row["language"],
            row["submitted_at"].isoformat(),
            row["submitted_by"].get_username() if row["submitted_by"] else "",
            row["status"],
            hours,
        ]
        writer.writerow([formula_safe(str(cell)) for cell in cells])
    return response


def submissions_report(request):
    if not is_network_editor(request.user):
        return permission_denied(request)
    form = PeriodForm(request.GET)
    context = {"form": form, "page_title": _("Editorial workflow report")}
    if form.is_valid():
        start, end = form.bounds()
        rows = submissions_between(start, end)
        if request.GET.get("export") == "csv":
            return as_csv(rows, form.cleaned_data["start"], form.cleaned_data["end"])
        waiting = waiting_items(TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS))[:WAITING_LONGEST]
        context.update(summarise(rows), rows=rows, waiting=waiting, csv_query=request.GET.urlencode())
    return TemplateResponse(request, "hub/workflows/report.html", context)
