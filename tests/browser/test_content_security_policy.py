"""The Content-Security-Policy holds on the key public pages and in the admin, in Chromium: a page fails the
test if the browser reports any violation (a script, style or request the policy blocked)."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from campaigns.factories import CampaignPageFactory
from events.demo import ensure_index
from events.factories import EventPageFactory
from oral_histories.factories import InterviewPageFactory, OralHistoryProjectPageFactory
from resources.demo import ensure_library
from resources.factories import ResourcePageFactory, ToolkitPageFactory
from tests.support.people import PASSWORD, make_member
from tests.support.translations import translate

pytestmark = pytest.mark.django_db(transaction=True)

# Added to every page and frame before its own scripts run: reports each violation the browser sees.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.hubCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} `
        + `at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def site(home, directory, london, housing):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    library = ensure_library(home)
    resource = ResourcePageFactory(parent=library, title="Renting guide", kind="guide", themes=[housing])
    toolkit = ToolkitPageFactory(
        parent=library,
        title="Running a campaign",
        chapters=["Know your aims", "Find your allies", "Speak to the press", "Keep going"],
    )
    events = ensure_index(home)
    event = EventPageFactory(parent=events, title="Annual conference", event_type="conference", capacity=100)
    from campaigns.models import CampaignIndexPage

    campaigns = home.add_child(instance=CampaignIndexPage(title="Campaigns", slug="campaigns"))
    campaigns.save_revision().publish()
    campaign = CampaignPageFactory(parent=campaigns, title="Lift the ban on asylum seekers working", pledge_target=100)
    project = OralHistoryProjectPageFactory(parent=member.organisation, slug="arrivals")
    interview = InterviewPageFactory(parent=project, title="Arriving in winter")
    return {
        "home": home,
        "directory": directory,
        "member": member.organisation,
        "library": library,
        "resource": resource,
        "toolkit": toolkit,
        "events": events,
        "event": event,
        "campaign": campaign,
        "project": project,
        "interview": interview,
    }


@pytest.fixture
def watched(browser, live_server):
    """A browser tab that records every CSP violation, from the page's own listener and from the console."""
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    violations = []
    context.expose_function("hubCspViolation", lambda text: violations.append(text))
    context.add_init_script(REPORT_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    yield page, violations
    context.close()


def visit(page, violations, path):
    response = page.goto(path)
    assert response.ok, f"{path} answered {response.status}"
    page.wait_for_load_state("networkidle")
    assert not violations, f"{path}: {violations}"
    return response


def test_public_pages_keep_the_strict_policy_without_violations(watched, site):
    page, violations = watched
    for name, wagtail_page in site.items():
        response = visit(page, violations, wagtail_page.get_url())
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy and re.search(r"script-src 'self'(;|$)", policy), name
        assert "unsafe-inline" not in policy and "nonce-" not in policy, name
        assert "camera=()" in response.headers["permissions-policy"]

    # The interview's player, playing a segment.
    visit(page, violations, site["interview"].get_url())
    page.get_by_role("link", name="The first winter").click()
    page.wait_for_function("document.querySelector('audio').currentTime >= 8", timeout=10000)
    assert not violations, violations

    # The campaign's pledge form, sent.
    visit(page, violations, site["campaign"].get_url())
    form = page.locator("#pledge form")
    form.get_by_label("Your name").fill("Ana")
    form.get_by_label("Your email").fill("ana@example.org")
    form.get_by_role("button", name="Pledge my support").click()
    page.wait_for_load_state("networkidle")
    assert not violations, violations

    # Search with results, and the autocomplete's suggestions as one types.
    visit(page, violations, "/en/search/?q=renting")
    expect(page.get_by_role("heading", name="1 result for “renting”")).to_be_visible()
    box = page.get_by_role("combobox", name="Search for")
    box.fill("")
    box.press_sequentially("Rentin", delay=50)
    expect(page.get_by_role("option", name=re.compile("Renting guide"))).to_be_visible()
    assert not violations, violations


def test_the_admin_works_under_its_policy(watched, site):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    french = translate(site["resource"], "fr", admin, {"Renting guide": "Guide de la location"})
    page, violations = watched
    visit(page, violations, "/admin/login/")
    page.get_by_label("Username").fill("root")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.wait_for_load_state("networkidle")
    assert not violations, violations

    response = visit(page, violations, f"/admin/pages/{site['member'].pk}/edit/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "http" not in policy
    page.get_by_role("button", name="Choose an image").first.click()
    expect(page.get_by_role("dialog")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert not violations, violations

    visit(page, violations, f"/admin/pages/{site['resource'].pk}/edit/")
    # wagtail-localize's translation editor, a React application.
    visit(page, violations, f"/admin/pages/{french.pk}/edit/")
    expect(page.get_by_text("Guide de la location").first).to_be_visible()
    assert not violations, violations
    visit(page, violations, f"/admin/pages/{site['library'].pk}/")
    visit(page, violations, "/admin/images/")
    visit(page, violations, "/admin/two-factor/setup/")
