"""No public listing answers 500 to a bad query parameter: out of range, malformed or oversized.

The listings are found, not listed: every page of the demo network (one of each type in two languages, and the
routes of routable ones, as tests/demo/test_control_characters.py finds them) whose page shows a page of a
paginator or the listings' filter form, plus the search. The parameters are found too: every field of their GET forms and every parameter
of their links, with those the public views are known to read.
"""

import re
from html import unescape
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from django.core.paginator import Page as PageOfResults
from wagtail.models import get_page_models

from hub.models import ListingIndexPage
from tests.support.public_urls import PARAMETERS, page_urls

pytestmark = pytest.mark.django_db

SEARCHES = ["/en/search/", "/ar/search/", "/en/search/?q=housing", "/ar/search/?q=housing&languages=all"]
BAD_VALUES = [
    "0001-01",
    "9999-12",
    "0000-00",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "2026-13",
    "2026-1-1",
    "nonsense",
    "'\"<>;%",
    "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
    "x" * 5000,
]
FORM_FIELD = re.compile(r'<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"')
GET_FORM = re.compile(r'<form\b(?![^>]*method="post")[^>]*>(.*?)</form>', re.DOTALL | re.IGNORECASE)
LINK = re.compile(r'href="([^"]*\?[^"]*)"')


def is_listing(response):
    """A page showing a page of a paginator, or the listings' filter form (the month view: a grid, no pages)."""
    if response.status_code != 200:
        return False
    values = {key: value for context in response.context or [] for key, value in context.flatten().items()}
    return "filter_form" in values or any(isinstance(value, PageOfResults) for value in values.values())


def parameters_of(html):
    """The names of the query parameters a page's GET forms and links send."""
    names = {name for form in GET_FORM.findall(html) for name in FORM_FIELD.findall(form)}
    for href in LINK.findall(html):
        names.update(name for name, _value in parse_qsl(urlsplit(unescape(href)).query))
    return names - {"csrfmiddlewaretoken"}


def public_listings(client, kinds=None):
    """{url: the query parameters it knows}, for every listing of the demo network; `kinds` collects the types
    of the pages they belong to."""
    listings = {}
    for url in page_urls() + SEARCHES:
        response = client.get(url)
        if is_listing(response):
            listings[url] = parameters_of(response.content.decode()) | set(PARAMETERS)
            if kinds is not None and response.context.get("page") is not None:
                kinds.add(type(response.context["page"]))
    return listings


def with_query(url, parameters):
    path, _, query = url.partition("?")
    return f"{path}?{urlencode([*parse_qsl(query), *parameters])}"


def test_the_walk_finds_every_kind_of_listing_and_their_filters(demo_output, client):
    kinds = set()
    listings = public_listings(client, kinds)
    assert {model for model in get_page_models() if issubclass(model, ListingIndexPage)} <= kinds
    paths = {urlsplit(url).path for url in listings}
    assert {"/en/events/", "/en/events/month/", "/ar/events/month/", "/en/members/", "/en/search/"} <= paths
    assert {path for path in paths if path.startswith("/ar/")}
    assert {"month", "event_type", "region", "organiser", "language", "page"} <= listings["/en/events/"]
    assert {"q", "languages", "page"} <= listings["/en/search/?q=housing"]


def test_bad_parameters_on_every_listing_never_give_a_500(demo_output, client):
    client.raise_request_exception = False
    failures = []
    probed = 0
    for url, parameters in public_listings(client).items():
        # Each value in every parameter at once, then each of the page's own parameters alone with the worst
        # values, so that one parameter refused early does not hide another's failure.
        queries = [[(name, value) for name in sorted(parameters)] for value in BAD_VALUES]
        queries += [
            [(name, value)] for name in sorted(parameters - set(PARAMETERS)) for value in ("9999-12", "9" * 400)
        ]
        queries.append([(name, value) for name in sorted(parameters) for value in ("2026-01", "x" * 300)])
        for query in queries:
            probed += 1
            response = client.get(with_query(url, query))
            if response.status_code >= 500:
                failures.append((url, query[0][0], query[0][1][:20], response.status_code))
    assert probed > 300
    assert failures == []


def test_the_month_view_far_in_the_past_or_future_answers_400_with_a_message(demo_output, client):
    for month in ("0001-01", "9999-12"):
        response = client.get("/en/events/month/", {"month": month})
        assert response.status_code == 400
        assert "There is no calendar for that month" in response.content.decode()
    arabic = client.get("/ar/events/month/", {"month": "9999-12"})
    assert arabic.status_code == 400
