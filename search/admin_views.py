"""The query report in the admin, for network editors: what people search for, and what finds nothing, per
week and language, with its CSV and XLSX exports."""

import django_filters
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from hub.spreadsheets import SafeSpreadsheetExportMixin, column_export
from search.models import WeeklyQueryCount

REPORT_SIZE = 50


def week_name(iso_year, iso_week):
    return f"{iso_year}-W{iso_week:02d}"


def week_choices():
    """The last 52 weeks with searches, newest first."""
    weeks = WeeklyQueryCount.objects.values_list("iso_year", "iso_week").distinct().order_by("-iso_year", "-iso_week")
    return [(week_name(*week), week_name(*week)) for week in weeks[:52]]


def language_choices():
    languages = WeeklyQueryCount.objects.values_list("language", flat=True).distinct().order_by("language")
    return [(language, language) for language in languages]


class QueryCountFilterSet(WagtailFilterSet):
    """One week (the latest with searches unless another is chosen) and one language or all."""

    week = django_filters.ChoiceFilter(label=_("Week"), choices=week_choices, empty_label=None, method="in_week")
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, empty_label=_("All languages")
    )

    class Meta:
        model = WeeklyQueryCount
        fields = ["week", "language"]

    def in_week(self, queryset, name, value):
        iso_year, iso_week = value.split("-W")
        return queryset.filter(iso_year=iso_year, iso_week=iso_week)

    def filter_queryset(self, queryset):
        weeks = week_choices()
        latest = weeks[0][0] if weeks else week_name(*timezone.localdate().isocalendar()[:2])
        self.form.cleaned_data["week"] = self.form.cleaned_data.get("week") or latest
        return super().filter_queryset(queryset)


class QueryReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    index_url_name = "search_query_report"
    index_results_url_name = "search_query_report_results"
    results_template_name = "search/admin/query_report_results.html"
    filterset_class = QueryCountFilterSet
    permission_policy = ModelPermissionPolicy(WeeklyQueryCount)
    permission_required = "view"
    paginate_by = REPORT_SIZE
    no_results_message = _("No searches recorded for this choice.")
    columns = [
        Column("query", label=_("Query")),
        Column("language", label=_("Language")),
        Column("total", label=_("Searches")),
        Column("without_results", label=_("Searches without results")),
    ]
    list_export, export_headings = column_export(columns)

    def get_filename(self):
        return f"search-queries-{self.filters.form.cleaned_data['week']}"

    def get_queryset(self):
        return WeeklyQueryCount.objects.values("query", "language").annotate(
            total=Sum("searches"), without_results=Sum("searches_without_results")
        )

    def filter_queryset(self, queryset):
        # A week or language not offered is reported beside the filters; the rest still applies.
        self.filters.is_valid()
        return self.filters.filter_queryset(queryset).order_by("-total", "query")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        fruitless = self.object_list.filter(searches_without_results__gt=0)
        context["fruitless"] = fruitless.order_by("-without_results", "query")[:REPORT_SIZE]
        return context
