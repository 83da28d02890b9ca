"""A visitor's path through the public site, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.people import make_member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def network(directory, london, scotland, housing):
    make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    make_member("Baile Refugee Forum", "editor@baile.example.org", regions=["scotland"])
    make_member("Clyde Eritrean Community", "editor@clyde.example.org", regions=["scotland"])


def test_home_to_directory_filter_by_region_and_open_a_profile(page, network, live_server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Member organisations").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Member organisations")
    expect(page.get_by_role("article")).to_have_count(3)

    page.get_by_text("Filter member organisations").click()  # the filters are folded away below the results
    page.get_by_label("Region").select_option(label="Scotland")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"region=scotland"))
    expect(page.get_by_role("article")).to_have_count(2)
    expect(page.get_by_text("Amani Women's Group")).to_have_count(0)

    page.get_by_role("link", name="Clyde Eritrean Community").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Clyde Eritrean Community")
    expect(page.get_by_text("Scotland")).to_be_visible()
    assert all(url.startswith(live_server.url) for url in requested), "a public page made a third-party request"


def test_skip_link_is_first_and_reaches_main(page, network):
    page.goto("/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_quick_exit_replaces_the_page_and_its_history_entry(page, network):
    page.route(
        "https://www.bbc.co.uk/**",
        lambda route: route.fulfill(body="<title>Weather</title>Weather", content_type="text/html"),
    )
    page.goto("about:blank")
    page.goto("/en/members/")
    page.keyboard.press("Escape")
    page.wait_for_url("https://www.bbc.co.uk/weather")
    page.go_back()
    assert page.url == "about:blank"


def test_quick_exit_button_works(page, network):
    page.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(body="Weather", content_type="text/html"))
    page.goto("/en/")
    page.get_by_role("link", name=re.compile("Quick exit")).click()
    page.wait_for_url("https://www.bbc.co.uk/weather")
