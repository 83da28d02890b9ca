"""Forms on public pages submit in a real browser while the page cache serves the site: a page whose response
used a CSRF token is never shared, and the public's forms (a pledge, an event registration) are on cached
pages with no token at all (see hub.public_forms and the README's contract for plugins); search is a GET form,
cached per query."""

import re

import pytest
from django.db import transaction
from playwright.sync_api import expect

from campaigns.factories import CampaignPageFactory
from events.factories import EventPageFactory
from hub.setup import synchronise_trees
from resources.factories import ResourcePageFactory
from tests.support.search import indexed
from tests.testapp.models import PetitionPage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


@pytest.fixture
def petition(home):
    with transaction.atomic():
        petition = home.add_child(instance=PetitionPage(title="Keep the drop-in open"))
        petition.save_revision().publish()
        synchronise_trees()
    return petition


def filled_by_another_visitor(browser, live_server, *urls):
    """Another visitor has already put these pages in the page cache."""
    other = browser.new_context(base_url=live_server.url)
    other_page = other.new_page()
    for url in urls:
        other_page.goto(url)
    other.close()


def test_visitors_sign_a_form_on_a_site_served_from_the_cache(page, browser, live_server, petition, home):
    filled_by_another_visitor(browser, live_server, home.url, petition.url)

    response = page.goto(home.url)
    page.goto(home.url)
    assert response.headers["x-wagtail-cache"] in ("miss", "hit")
    response = page.goto(petition.url)
    assert response.headers["x-wagtail-cache"] == "skip"
    assert "private" in response.headers["cache-control"]
    page.get_by_label("Name").fill("Hodan")
    page.get_by_role("button", name="Sign").click()
    assert page.get_by_role("status").inner_text() == "Thank you, Hodan."


def test_a_visitor_pledges_on_a_cached_campaign_page_and_the_next_view_counts_it(page, browser, live_server, home):
    with transaction.atomic():
        campaign = CampaignPageFactory(parent=home, title="Lift the ban on asylum seekers working", pledge_target=100)
    filled_by_another_visitor(browser, live_server, campaign.url)

    response = page.goto(campaign.url)
    assert response.headers["x-wagtail-cache"] == "hit"
    assert "set-cookie" not in response.headers
    expect(page.get_by_text("0 people have pledged")).to_be_visible()
    form = page.locator("#pledge form")
    form.get_by_label("Your name").fill("Daniel Haile")
    form.get_by_label("Your email").fill("daniel@example.org")
    form.get_by_role("button", name="Pledge my support").click()
    expect(page.get_by_text("You are one of 1 person supporting this campaign.")).to_be_visible()
    page.get_by_role("link", name=re.compile("Back to")).click()
    expect(page.get_by_text("1 person has pledged")).to_be_visible()


def test_a_visitor_registers_on_a_cached_event_page_and_the_next_view_counts_it(page, browser, live_server, home):
    from events.demo import ensure_index

    with transaction.atomic():
        event = EventPageFactory(parent=ensure_index(home), title="Question Time with Hackney councillors", capacity=30)
    filled_by_another_visitor(browser, live_server, event.url)

    response = page.goto(event.url)
    assert response.headers["x-wagtail-cache"] == "hit"
    assert "set-cookie" not in response.headers
    expect(page.get_by_text("30 places left.")).to_be_visible()
    page.get_by_label("Your name").fill("Hawa Ali")
    page.get_by_label("Your email address").fill("hawa@example.org")
    page.get_by_label(re.compile("I agree that the organisers")).check()
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("heading", name=re.compile("You are registered"))).to_be_visible()
    page.goto(event.url)
    expect(page.get_by_text("29 places left.")).to_be_visible()


def test_a_visitor_searches_from_a_cached_search_page_and_narrows_the_results(
    page, browser, live_server, home, housing
):
    from resources.demo import ensure_library

    with transaction.atomic():
        library = ensure_library(home)
        indexed(ResourcePageFactory(parent=library, title="Rent arrears guide", themes=[housing]))
        indexed(ResourcePageFactory(parent=library, title="Rent and health report"))
    filled_by_another_visitor(browser, live_server, "/en/search/", "/en/search/?q=rent")

    response = page.goto("/en/search/")
    assert response.headers["x-wagtail-cache"] == "hit"
    assert "set-cookie" not in response.headers
    box = page.get_by_role("combobox", name="Search for")
    box.fill("rent")
    with page.expect_response(re.compile(r"/en/search/\?q=rent$")) as answer:
        box.press("Enter")
    assert answer.value.headers["x-wagtail-cache"] == "hit"
    expect(page.get_by_role("heading", name="2 results for “rent”")).to_be_visible()
    page.locator("summary", has_text="Narrow the results").click()  # folded away below the results
    page.get_by_role("group", name="Theme").get_by_label(re.compile("^Housing")).check()
    page.get_by_role("button", name="Apply").click()
    expect(page.locator(".search-result-list .search-result h3 a")).to_have_text(["Rent arrears guide"])
