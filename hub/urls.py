from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub import admin_guards, sitemaps
from hub.health import healthz
from hub.views import choose_language

urlpatterns = [
    # Ahead of Wagtail's own admin URLs: the same paths, with the checks Wagtail leaves out.
    path("admin/choose-page/<int:parent_page_id>/", admin_guards.choose_page_browse),
    path("admin/choose-page/chosen-multiple/", admin_guards.choose_page_chosen_multiple),
    path("admin/images/chooser/<int:image_id>/select_format/", admin_guards.image_select_format),
    path("admin/localize/submit/page/<int:page_id>/", admin_guards.submit_page_translation),
    path("admin/localize/update/<int:translation_source_id>/", admin_guards.update_translations),
    *[
        path(f"admin/reports/{route}{results}", admin_guards.formula_safe_report(view, results_only=bool(results)))
        for route, view in admin_guards.FORMULA_SAFE_REPORTS.items()
        for results in ("", "results/")
    ],
    path("admin/reports/page-types-usage/", admin_guards.page_types_usage),
    path("admin/reports/page-types-usage/results/", admin_guards.page_types_usage_results),
    path("admin/media/usage/<int:media_id>/", admin_guards.media_usage),
    path("admin/localize/reports/translations/", admin_guards.translations_report),
    path("admin/localize/reports/translations/results/", admin_guards.translations_report_results),
    path("admin/searchpicks/queries/chooser/", admin_guards.search_query_chooser),
    path("admin/searchpicks/queries/chooser/results/", admin_guards.search_query_chooser_results),
    path("admin/cache/", admin_guards.cache_index),
    path("admin/cache/clearcache", admin_guards.cache_clear),
    path("admin/", include(wagtailadmin_urls)),
    path("healthz", healthz, name="hub_healthz"),
    path("robots.txt", sitemaps.robots_txt, name="hub_robots_txt"),
    path("sitemap.xml", sitemaps.sitemap_index, name="hub_sitemap_index"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap, name="hub_sitemap"),
    path("documents/", include(wagtaildocs_urls)),
    path("language/<str:language_code>/", choose_language, name="hub_choose_language"),
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
    *i18n_patterns(path("search/", include("search.urls")), path("", include(wagtail_urls))),
]

# Rendered without the database, which may be what failed (hub.error_pages).
handler500 = "hub.error_pages.server_error"
