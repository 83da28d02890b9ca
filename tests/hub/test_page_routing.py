"""Addresses find their page as with Wagtail's routing, with the pages along the path read in one query."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home.models import ContentPage


def add(parent, slug, live=True):
    page = ContentPage(title=slug.capitalize(), slug=slug, live=live)
    parent.add_child(instance=page)
    return page


def queries_to_serve(url):
    Client().get(url)  # the first request of a process reads what every later one keeps (content types, say)
    with CaptureQueriesContext(connection) as captured:
        assert Client().get(url).status_code == 200
    return len(captured)


@pytest.fixture
def nested(home):
    """/guides/guides/guides/… (a slug repeated at every depth), and a draft section with a live page in it."""
    pages = [home]
    for _ in range(5):
        pages.append(add(pages[-1], "guides"))
    draft = add(home, "drafts", live=False)
    add(draft, "ready")
    add(home, "elsewhere")
    return pages


def test_a_page_is_found_at_any_depth_among_namesakes(nested):
    for depth in range(1, 6):
        response = Client().get("/en/" + "guides/" * depth)
        assert response.status_code == 200
        assert response.context["page"].pk == nested[depth].pk


def test_a_deeper_page_asks_no_more_queries(nested, settings):
    settings.WAGTAIL_CACHE = False
    assert queries_to_serve("/en/" + "guides/" * 5) == queries_to_serve("/en/guides/")


def test_a_live_page_under_a_draft_is_served(nested):
    assert Client().get("/en/drafts/ready/").status_code == 200
    assert Client().get("/en/drafts/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/en/elsewhere/guides/",  # a slug that exists, but under another parent
        "/en/guides/ready/",
        "/en/guides/missing/",
        "/en/" + "guides/" * 6,
    ],
)
def test_a_path_that_leads_nowhere_is_not_found(nested, url):
    assert Client().get(url).status_code == 404
