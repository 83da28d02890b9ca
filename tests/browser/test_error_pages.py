"""A visitor who reaches an address with no page, in a real browser: our page, in their language, ways onward."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_missing_page_in_arabic_offers_search_languages_and_quick_exit(page, home):
    response = page.goto("/ar/no-such-page/")

    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text("الصفحة غير موجودة")

    # The page's own search box (every page's header has one too).
    page.get_by_role("main").get_by_role("searchbox").fill("housing")
    page.get_by_role("main").get_by_role("search").get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"/ar/search/\?q=housing$"))

    page.goto("/ar/no-such-page/")
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/no-such-page/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")

    page.route(
        "https://www.bbc.co.uk/**",
        lambda route: route.fulfill(body="<title>Weather</title>Weather", content_type="text/html"),
    )
    page.keyboard.press("Escape")
    page.wait_for_url("https://www.bbc.co.uk/weather")


def test_quick_exit_on_the_missing_page_works_without_javascript(browser, live_server, home):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.route(
        "https://www.bbc.co.uk/**",
        lambda route: route.fulfill(body="<title>Weather</title>Weather", content_type="text/html"),
    )
    page.goto("/fr/no-such-page/")
    page.get_by_role("link", name=re.compile("^Sortie rapide")).click()
    page.wait_for_url("https://www.bbc.co.uk/weather")
    context.close()
