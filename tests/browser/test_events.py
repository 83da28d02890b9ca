"""A visitor finds an event with the filters, registers and sees the confirmation; when full, joins the
waiting list. In a real browser, with JavaScript off to prove nothing depends on it."""

import re

import pytest
from playwright.sync_api import expect

from events.demo import ensure_index
from events.factories import EventPageFactory, in_days
from events.models import Registration
from tests.support.people import make_member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def events(directory, london, scotland):
    index = ensure_index(directory.get_parent())
    amani = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"]).organisation
    EventPageFactory(parent=index, title="Annual conference", event_type="conference", start=in_days(30), capacity=100)
    EventPageFactory(parent=amani, title="Question Time with Hackney councillors", event_type="question-time", start=in_days(9), capacity=1, regions=[london], venue_name="Hackney Town Hall")  # fmt: skip
    EventPageFactory(
        parent=index, title="Glasgow training", event_type="training", start=in_days(12), regions=[scotland], capacity=5
    )
    return index


@pytest.fixture
def visitor(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def register(page, name, email):
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Your email address").fill(email)
    page.get_by_label(re.compile("I agree that the organisers keep these details")).check()


def test_find_an_event_register_and_join_the_waiting_list_when_full(visitor, events, live_server):
    requested = []
    visitor.on("request", lambda request: requested.append(request.url))
    visitor.goto("/en/events/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Events")
    expect(visitor.get_by_role("article")).to_have_count(3)

    visitor.get_by_text("Filter events").click()  # the filters are folded away below the results
    visitor.get_by_label("Type of event").select_option(label="Question Time meeting")
    visitor.get_by_label("Region").select_option(label="London")
    visitor.get_by_role("button", name="Filter").click()
    expect(visitor).to_have_url(re.compile(r"event_type=question-time"))
    expect(visitor.get_by_role("article")).to_have_count(1)

    visitor.get_by_role("link", name="Question Time with Hackney councillors").click()
    expect(visitor.get_by_text("1 place left.")).to_be_visible()
    register(visitor, "Amina Yusuf", "amina@example.org")
    visitor.get_by_role("button", name="Register").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("You are registered")
    expect(visitor.get_by_text("We will email a confirmation to amina@example.org")).to_be_visible()

    visitor.get_by_role("link", name="Question Time with Hackney councillors").click()
    expect(visitor.get_by_text("This event is full.")).to_be_visible()
    register(visitor, "Yonas Tesfay", "yonas@example.org")
    visitor.get_by_role("button", name="Join the waiting list").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("You are on the waiting list")
    expect(visitor.get_by_text("You are number 1 on the waiting list")).to_be_visible()

    assert dict(Registration.objects.values_list("name", "status")) == {
        "Amina Yusuf": "confirmed",
        "Yonas Tesfay": "waiting",
    }
    assert all(url.startswith(live_server.url) for url in requested), "a public page made a third-party request"


def test_a_mistake_is_explained_and_what_was_typed_is_kept(visitor, events):
    visitor.goto("/en/events/")
    visitor.get_by_role("link", name="Annual conference").click()
    visitor.get_by_label("Your name").fill("Hawa Ahmed")
    visitor.get_by_label("Your email address").fill("hawa-at-example.org")
    visitor.get_by_role("button", name="Register").click()
    expect(visitor.get_by_role("alert")).to_contain_text("Enter a valid email address")
    expect(visitor.get_by_label("Your name")).to_have_value("Hawa Ahmed")
    assert not Registration.objects.exists()


def test_the_month_view_without_javascript(visitor, events):
    visitor.goto("/en/events/")
    visitor.get_by_role("link", name="Show as a month calendar").click()
    expect(visitor.get_by_role("table")).to_be_visible()
    visitor.get_by_role("link", name="Next month").click()
    visitor.get_by_role("link", name="Next month").click()
    expect(visitor).to_have_url(re.compile(r"month=\d{4}-\d{2}"))
