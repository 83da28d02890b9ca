"""A visitor listens to an interview from its index, and asks to hear one available on request."""

import time

import pytest
from playwright.sync_api import expect

from oral_histories.factories import InterviewPageFactory, OralHistoryProjectPageFactory
from oral_histories.models import AccessRequest, InterviewPage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def project(member_a):
    return OralHistoryProjectPageFactory(parent=member_a.organisation, slug="arrivals")


def wait_until_the_recording_reaches(page, seconds):
    """Polled from the test: a predicate polled inside the page is an eval, which the page's CSP rightly refuses
    (Playwright's first check is exempt, so it only failed when the recording had not got there yet)."""
    deadline = time.monotonic() + 10
    while page.locator("audio").evaluate("audio => audio.currentTime") < seconds:
        assert time.monotonic() < deadline, f"the recording did not reach {seconds} s"
        page.wait_for_timeout(100)


def test_choosing_a_segment_plays_the_recording_from_its_start(page, project, live_server):
    interview = InterviewPageFactory(parent=project, title="Arriving in winter")
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(project.url)
    page.get_by_role("link", name="Arriving in winter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Arriving in winter")
    player = page.locator("audio[data-interview-player]")
    expect(player).to_be_visible()

    page.get_by_role("link", name="The first winter").click()
    wait_until_the_recording_reaches(page, 8)
    assert page.url.endswith(interview.url)  # the page stayed: the script played the segment in place
    expect(page.get_by_role("link", name="The first winter")).to_have_attribute("aria-current", "true")

    page.get_by_role("link", name="Finding the others").click()
    wait_until_the_recording_reaches(page, 16)
    assert all(url.startswith(live_server.url) for url in requested), "a public page made a third-party request"


def test_without_javascript_a_segment_link_opens_the_recording_at_its_start(browser, live_server, project):
    interview = InterviewPageFactory(parent=project, title="Arriving in winter")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(interview.url)
    link = page.get_by_role("link", name="The first winter")
    assert link.get_attribute("href") == interview.url + "recording/#t=8"
    context.close()


def test_a_visitor_requests_access_to_an_interview_on_request(page, project):
    interview = InterviewPageFactory(
        parent=project, title="A school for our children", consent_scope=InterviewPage.Scope.ON_REQUEST
    )
    page.goto(interview.url)
    expect(page.locator("audio")).to_have_count(0)
    page.get_by_role("link", name="Request access").click()
    page.get_by_label("Your name").fill("Dr Lina Haddad")
    page.get_by_label("Your email address").fill("not an email")
    page.get_by_label("Organisation").fill("University of Leeds")
    page.get_by_label("What you intend to do with the interview").fill("A study of Saturday schools.")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()
    expect(page.get_by_label("Organisation")).to_have_value("University of Leeds")
    page.get_by_label("Your email address").fill("lina@example.org")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: your request is received")
    assert AccessRequest.objects.get().intended_use == "A study of Saturday schools."
