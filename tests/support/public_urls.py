"""The public site's URLs and query parameters, for the tests that probe them all (tests/demo)."""

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

# The query parameters the public views are known to read.
PARAMETERS = ["q", "page", "p", "type", "theme", "region", "language", "languages", "organisation", "year"]
PARAMETERS += ["month", "week", "next", "token", "access", "id", "format", "export"]


def page_urls(languages=("en", "ar")):
    """One live page of each type per language, and every route of a routable one that takes no argument."""
    urls = set()
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code__in=languages).specific():
        kind = (type(page), page.locale_id)
        if kind in seen:
            continue
        seen.add(kind)
        url = page.get_url()
        urls.add(url)
        if isinstance(page, RoutablePageMixin):
            for route in type(page).get_subpage_urls():
                if not route.pattern.converters and not getattr(route.pattern, "regex", None).groups:
                    urls.add(url + page.reverse_subpage(route.name))
    return sorted(urls)
