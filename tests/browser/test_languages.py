"""Languages in a real browser: the first visit follows Accept-Language; right-to-left fits a small phone."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import make_member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def network(directory, london):
    for number in range(6):
        make_member(f"Community group {number}", f"editor{number}@example.org", regions=["london"])


def test_first_visit_lands_in_the_browsers_language(browser, live_server, network):
    context = browser.new_context(base_url=live_server.url, locale="ar", extra_http_headers={"Accept-Language": "ar"})
    page = context.new_page()
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/ar/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    context.close()


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_nothing_scrolls_sideways_on_a_small_phone(browser, live_server, network, language):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in [f"/{language}/", f"/{language}/members/"]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
    context.close()
