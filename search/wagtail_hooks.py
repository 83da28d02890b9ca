from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import QueryReportView

REPORT_PERMISSION = "search.view_weeklyquerycount"


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("search/queries/", QueryReportView.as_view(), name="search_query_report"),
        path("search/queries/results/", QueryReportView.as_view(results_only=True), name="search_query_report_results"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Search queries"), reverse("search_query_report"), icon_name="search", order=900)
