"""No public URL answers 500 to control characters in its query string (hub.query_strings cleans them).

Every public URL pattern is probed, with the demo network's real pages behind Wagtail's page route: one page
of each type in two languages, and every route of those that are routable pages (feeds, calendars, .ics,
print and PDF versions, forms). Each gets NUL and other control characters in every query parameter the
public views read, and in a parameter's name.
"""

from urllib.parse import urlencode

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from newsletter.models import Issue, NewsletterPage, Subscription
from newsletter.subscribing import link
from tests.support.public_urls import PARAMETERS, page_urls

pytestmark = pytest.mark.django_db

HOSTILE = "a\x00b\x01\x1b[2J\x7f"
QUERY = urlencode({**dict.fromkeys(PARAMETERS, HOSTILE), "x\x00y": "\x00"})


def public_routes(patterns=None, prefix=""):
    """(route, name) of every URL pattern outside the admin."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from public_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and not route.startswith("admin/"):
            yield route, pattern.name


def urls_of_every_public_pattern():
    """A URL for each public pattern, keyed by the pattern's name."""
    document = get_document_model().objects.first()
    page = Page.objects.live().filter(depth__gt=2).first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="letmein-1234"
    )
    return {
        "wagtaildocs_serve": [document.url],
        "wagtaildocs_authenticate_with_password": ["/documents/authenticate_with_password/1/"],
        "hub_choose_language": ["/language/fr/", "/language/ar/"],
        "hub_healthz": ["/healthz"],
        "hub_robots_txt": ["/robots.txt"],
        "hub_sitemap_index": ["/sitemap.xml"],
        "hub_sitemap": ["/sitemap-en.xml", "/sitemap-ar.xml", "/sitemap-xx.xml"],
        "search": ["/en/search/", "/ar/search/"],
        "search_autocomplete": ["/en/search/autocomplete/", "/ar/search/autocomplete/"],
        "wagtailcore_authenticate_with_password": [f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"],
        "wagtailcore_login": ["/en/_util/login/"],
        "wagtail_serve": page_urls() + signed_link_urls() + newsletter_issue_urls(),
    }


def newsletter_issue_urls():
    """A past issue of the newsletter, and one that does not exist (its route takes an id)."""
    page = NewsletterPage.objects.live().filter(locale__language_code="en").first()
    issue = Issue.objects.filter(status=Issue.Status.SENT, language="en").first()
    if page is None or issue is None:
        return []
    return [f"{page.url}issues/{issue.pk}/", f"{page.url}issues/999999/"]


def signed_link_urls():
    """The newsletter's signed links (their routes take a token, so page_urls leaves them out): a real one of
    each action, and one forged."""
    page = NewsletterPage.objects.live().filter(locale__language_code="en").first()
    subscription = Subscription.objects.first()
    if page is None or subscription is None:
        return []
    urls = [link(page, action, subscription).removeprefix("http://testserver") for action in ("confirm", "manage")]
    urls.append(link(page, "unsubscribe", subscription).removeprefix("http://testserver"))
    return [*urls, page.url + "manage/forged/"]


def test_every_public_url_pattern_is_probed(demo_output):
    assert {name for _route, name in public_routes()} == set(urls_of_every_public_pattern())


def test_control_characters_in_query_strings_never_give_a_500(demo_output, client):
    client.raise_request_exception = False
    failures = []
    probed = 0
    for urls in urls_of_every_public_pattern().values():
        for url in urls:
            probed += 1
            response = client.get(f"{url}?{QUERY}")
            if response.status_code >= 500:
                failures.append((url, response.status_code))
    assert probed > 40
    assert failures == []


def test_a_search_with_a_nul_byte_searches_for_what_surrounds_it(demo_output, client):
    response = client.get("/en/search/", {"q": "hous\x00ing"})
    assert response.status_code == 200
    assert 'value="housing"' in response.content.decode()
    suggestions = client.get("/en/search/autocomplete/", {"q": "hous\x00"})
    assert suggestions.status_code == 200
