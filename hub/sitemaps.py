"""What search engines are told: a sitemap for each language, listed in an index, and robots.txt pointing to it.

Each language's sitemap lists the live public pages of its tree (hub.visibility, the same rules as every listing)
that are written in it: an alias repeats its source's text in another tree, so it is the source, not the copy, that a
search engine should find. Each page names its real translations as `hreflang` alternates (itself included, as
search engines ask), so a reader is sent to the page in their own language.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, Q
from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page, Site

from hub.models import SearchEngineSettings
from hub.visibility import public

ALWAYS_DISALLOWED = ["/admin/"]


def listed_pages(site):
    """The live public pages, but aliases, of the site's trees: its root page's and the root's translations'."""
    roots = site.root_page.get_translations(inclusive=True)
    in_site = reduce(or_, [Q(path__startswith=root.path) for root in roots])
    return public(Page.objects.live().filter(in_site, alias_of__isnull=True))


class LanguageSitemap(Sitemap):
    """The pages of one language, each with its translations as alternates."""

    def __init__(self, request, locale):
        super().__init__(request)
        self.locale = locale

    def items(self):
        fields = (
            "pk",
            "path",
            "url_path",
            "translation_key",
            "locale_id",
            "last_published_at",
            "latest_revision_created_at",
        )
        return listed_pages(self.get_wagtail_site()).filter(locale=self.locale).only(*fields).order_by("path")

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        copies = listed_pages(self.get_wagtail_site()).filter(
            translation_key__in={page.translation_key for page in pages}
        )
        for copy in copies.select_related("locale").only("pk", "path", "url_path", "translation_key", "locale"):
            translations[copy.translation_key].append(copy)
        urls = []
        for item in pages:
            location = item.get_full_url(self.request)
            if location is None:  # not under any site's root: nowhere to send a reader
                continue
            alternates = [
                {"lang_code": copy.locale.language_code, "location": copy.get_full_url(self.request)}
                for copy in translations[item.translation_key]
            ]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        modified = [url["lastmod"] for url in urls if url["lastmod"]]
        self.latest_lastmod = max(modified) if modified else None
        return urls


def sitemaps(request):
    """A sitemap for each language that has pages written in it."""
    site = Sitemap(request).get_wagtail_site()
    locales = Locale.objects.filter(pk__in=listed_pages(site).values("locale_id")).order_by("language_code")
    return {locale.language_code: LanguageSitemap(request, locale) for locale in locales}


def sitemap_index(request):
    return sitemap_views.index(request, sitemaps(request), sitemap_url_name="hub_sitemap")


def sitemap(request, section):
    return sitemap_views.sitemap(request, sitemaps(request), section=section)


def robots_txt(request):
    written = SearchEngineSettings.objects.filter(site=Site.find_for_request(request)).first()
    lines = [
        "User-agent: *",
        *[f"Disallow: {path}" for path in ALWAYS_DISALLOWED],
        *(written.rules() if written else []),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('hub_sitemap_index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
