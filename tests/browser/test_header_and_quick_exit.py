"""Search from every page's header, and a quick exit that leaves for real: Escape belongs to form fields and open
menus, Back does not return to the hub, and neither the title nor a lasting cookie tells where the visitor was."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.people import make_member

pytestmark = pytest.mark.django_db(transaction=True)

NEUTRAL_SITE = "https://www.bbc.co.uk/weather"


@pytest.fixture
def network(directory, london):
    make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])


def neutral_site(page):
    page.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(body="Weather", content_type="text/html"))


@pytest.mark.parametrize("width", [360, 1280])
def test_the_header_searches_without_javascript_in_the_page_language(browser, live_server, network, width):
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": width, "height": 800}
    )
    page = context.new_page()
    page.goto("/ar/members/")
    header = page.locator("header.site-header")
    box = header.get_by_role("searchbox")
    expect(box).to_be_visible()
    box.fill("Amani")
    header.get_by_role("button", name="بحث").click()
    expect(page).to_have_url(re.compile(r"/ar/search/\?q=Amani$"))
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.get_by_role("link", name="Amani Women's Group")).to_be_visible()
    assert "Amani" not in page.title(), "the search terms show in the page title"
    context.close()


def test_escape_in_a_form_field_or_an_open_menu_does_not_leave(page, network):
    neutral_site(page)
    page.goto("/en/members/")
    box = page.locator("#header-search-query")
    box.fill("a half-typed question")
    box.press("Escape")  # Chromium empties a search box on Escape: that is the field's own use of the key
    assert page.url.endswith("/en/members/")
    page.locator(".language-switcher summary").click()
    page.keyboard.press("Escape")
    expect(page.locator(".language-switcher")).not_to_have_attribute("open", "")
    assert page.url.endswith("/en/members/")
    page.keyboard.press("Escape")  # outside both: now it leaves
    page.wait_for_url(NEUTRAL_SITE)


def test_back_after_the_quick_exit_does_not_return_to_the_hub(page, network):
    neutral_site(page)
    page.goto("about:blank")
    page.goto("/en/")
    # Each page is read, so loaded, before the next click: a person does not click within milliseconds.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Member organisations").click()
    page.wait_for_load_state()
    page.get_by_role("link", name="Amani Women's Group").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Amani Women's Group")
    page.wait_for_load_state()
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    assert page.url == "about:blank"


def test_the_language_cookie_lasts_only_the_session(page, network):
    page.goto("/en/")
    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[hreflang="fr"]').click()
    expect(page).to_have_url(re.compile(r"/fr/$"))
    (cookie,) = [cookie for cookie in page.context.cookies() if cookie["name"] == "django_language"]
    assert cookie["value"] == "fr"
    assert cookie["expires"] == -1, "the language cookie outlives the browser session"


def test_the_escape_hint_is_hidden_on_touch_screens(browser, live_server, network):
    phone = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = phone.new_page()
    page.goto("/en/")
    expect(page.get_by_role("link", name=re.compile("Quick exit"))).to_be_visible()
    expect(page.locator(".quick-exit__hint")).to_be_hidden()
    phone.close()
    desktop = browser.new_context(base_url=live_server.url)
    page = desktop.new_page()
    page.goto("/en/")
    expect(page.locator(".quick-exit__hint")).to_be_visible()
    desktop.close()
