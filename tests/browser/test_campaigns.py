"""A visitor joins a campaign in a real browser: pledges, is told of a repeat, and takes the template letter."""

import re

import pytest
from playwright.sync_api import expect

from campaigns.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def campaign(home):
    from campaigns.models import CampaignIndexPage

    index = home.add_child(instance=CampaignIndexPage(title="Campaigns", slug="campaigns"))
    index.save_revision().publish()
    return CampaignPageFactory(
        parent=index,
        title="Lift the ban on asylum seekers working",
        is_core=True,
        core_year=2026,
        pledge_target=100,
        letter_recipient="your MP",
        letter_subject="The right to work",
        letter_body="Dear MP,\n\nPlease support the right to work for people seeking asylum.\n\nYours sincerely",
    )


def pledge(page, name, email):
    form = page.locator("#pledge form")
    form.get_by_label("Your name").fill(name)
    form.get_by_label("Your email").fill(email)
    form.get_by_label("Postcode (optional)").fill("B19 3NY")
    form.get_by_role("button", name="Pledge my support").click()


def test_a_visitor_pledges_sees_the_count_go_up_and_cannot_pledge_twice(page, campaign, live_server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(campaign.url)
    expect(page.get_by_text("0 people have pledged")).to_be_visible()

    pledge(page, "Daniel Haile", "daniel@example.org")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your pledge")
    expect(page.get_by_text("You are one of 1 person supporting this campaign.")).to_be_visible()
    page.get_by_role("link", name=re.compile("Back to")).click()
    expect(page.get_by_text("1 person has pledged")).to_be_visible()

    pledge(page, "Daniel H.", "  Daniel@Example.org ")
    expect(page.get_by_text("This email address has already pledged to this campaign.")).to_be_visible()
    expect(page.locator("#pledge form").get_by_label("Your name")).to_have_value("Daniel H.")
    expect(page.get_by_text("1 person has pledged")).to_be_visible()
    assert all(url.startswith(live_server.url) for url in requested), "a public page made a third-party request"


def test_the_template_letter_can_be_copied_or_opened_in_the_mail_program(browser, live_server, campaign):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    page.goto(campaign.url)

    page.get_by_role("button", name="Copy the letter").click()
    expect(page.get_by_text("Letter copied.")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Dear MP,\n\nPlease support the right to work")

    mail_link = page.get_by_role("link", name="Open the letter in your email program")
    href = mail_link.get_attribute("href")
    assert href.startswith("mailto:?subject=The%20right%20to%20work&body=Dear%20MP%2C%0A%0APlease%20support")
    context.close()
