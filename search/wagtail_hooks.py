"""The query report in the admin, for network editors: what people search for, and what finds nothing."""

from django.contrib.auth.decorators import permission_required
from django.db.models import Sum
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.models import WeeklyQueryCount

REPORT_PERMISSION = "search.view_weeklyquerycount"
REPORT_SIZE = 50


@permission_required(REPORT_PERMISSION, raise_exception=True)
def query_report(request):
    weeks = list(
        WeeklyQueryCount.objects.values_list("iso_year", "iso_week").distinct().order_by("-iso_year", "-iso_week")[:52]
    )
    this_week = tuple(timezone.localdate().isocalendar()[:2])
    chosen_week = request.GET.get("week", "")
    week = next((w for w in weeks if f"{w[0]}-W{w[1]:02d}" == chosen_week), weeks[0] if weeks else this_week)
    languages = sorted(set(WeeklyQueryCount.objects.values_list("language", flat=True)))
    language = request.GET.get("language", "")
    counts = WeeklyQueryCount.objects.filter(iso_year=week[0], iso_week=week[1])
    if language in languages:
        counts = counts.filter(language=language)
    totals = counts.values("query", "language").annotate(
        total=Sum("searches"), without_results=Sum("searches_without_results")
    )
    return render(
        request,
        "search/admin/query_report.html",
        {
            "weeks": [f"{year}-W{number:02d}" for year, number in weeks],
            "week": f"{week[0]}-W{week[1]:02d}",
            "languages": languages,
            "language": language,
            "frequent": totals.order_by("-total", "query")[:REPORT_SIZE],
            "fruitless": totals.filter(searches_without_results__gt=0).order_by("-without_results", "query")[
                :REPORT_SIZE
            ],
        },
    )


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("search/queries/", query_report, name="search_query_report")]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Search queries"), reverse("search_query_report"), icon_name="search", order=900)
