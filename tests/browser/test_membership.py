"""Joining, voting and teams in a real browser: an organisation applies, a network editor approves, its first editor
sets a password and sees the space; a full member votes and an associate is told why it cannot; a team page is
invisible to a non-member and to anonymous visitors, and its members work in it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from hub.models import MemberOrganisationPage
from hub.roles import NETWORK_EDITORS
from membership.factories import JoinPageFactory, TeamsIndexPageFactory, ballot, membership_of, team_page
from tests.browser.admin_steps import sign_in
from tests.support.people import person
from tests.support.search import indexed

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_organisation_applies_is_approved_and_its_editor_reaches_its_space(browser, live_server, page, home, london):
    join_page = JoinPageFactory(parent=home)
    editor = person("network")
    editor.groups.add(Group.objects.get(name=NETWORK_EDITORS))

    page.goto(join_page.url)
    form = page.locator("#apply form")
    form.get_by_label("Organisation", exact=True).fill("Sudanese Youth Forum")
    form.get_by_label("What the organisation does").fill("Homework clubs and football in Chapeltown.")
    form.get_by_label("London").check()
    form.get_by_label("Full member").check()
    form.get_by_label("£10,000 to £50,000 a year").check()
    form.get_by_label("1 to 5 paid staff").check()
    form.get_by_label("Contact person", exact=True).fill("Amal Osman")
    form.get_by_label("Contact email", exact=True).fill("amal@example.org")
    form.get_by_role("button", name="Send our application").click()
    expect(page.get_by_text("Only organisations that agree with the mission statement can join.")).to_be_visible()
    expect(page.locator("#apply form").get_by_label("Contact person", exact=True)).to_have_value("Amal Osman")
    page.locator("#apply form").get_by_label("We agree with the network's mission statement.").check()
    page.locator("#apply form").get_by_role("button", name="Send our application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for applying")

    admin = browser.new_context(base_url=live_server.url, locale="en-GB").new_page()
    sign_in(admin, "network")
    admin.goto("/admin/membership/applications/")
    admin.get_by_role("link", name="Sudanese Youth Forum").click()
    admin.get_by_role("button", name="Approve and onboard").click()
    expect(admin.get_by_text("Sudanese Youth Forum is now a member")).to_be_visible()
    admin.context.close()

    invitation = next(message for message in mail.outbox if "/admin/password_reset/confirm/" in message.body)
    link = re.search(r"https?://\S+/admin/password_reset/confirm/\S+", invitation.body).group(0)
    page.goto("/admin/" + link.split("/admin/", 1)[1])
    expect(page.get_by_role("heading", name="Set your new password")).to_be_visible()
    page.locator("#id_new_password1").fill("Chapeltown-homework-2026")
    page.locator("#id_new_password2").fill("Chapeltown-homework-2026")
    page.get_by_role("button", name="Reset password").click()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("amal@example.org")
    page.get_by_label("Password").fill("Chapeltown-homework-2026")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    space = MemberOrganisationPage.objects.get(title="Sudanese Youth Forum", locale__language_code="en")
    page.goto(f"/admin/pages/{space.pk}/")
    expect(page.get_by_role("heading", name=re.compile("Sudanese Youth Forum")).first).to_be_visible()
    page.goto(f"/admin/pages/{space.pk}/add_subpage/")
    expect(page).to_have_url(re.compile(rf"/admin/pages/(add/\S+/{space.pk}/|{space.pk}/add_subpage/)"))
    expect(page.get_by_text("Sorry, you do not have permission")).to_have_count(0)


def test_a_full_member_votes_and_an_associate_is_told_why_it_cannot(log_in, member_a, member_b):
    membership_of(member_a.organisation, level="full")
    membership_of(member_b.organisation, level="associate")
    made = ballot(question="Should the network back a 28-day detention limit?")

    full = log_in(member_a.editor.username)
    full.get_by_role("link", name="Ballots").click()
    full.get_by_role("link", name=made.question).click()
    full.get_by_label("Yes").check()
    full.get_by_role("button", name="Cast the vote").click()
    expect(full.get_by_text(re.compile(r"is recorded: “Yes”\. Receipt [0-9A-F]{12}"))).to_be_visible()
    expect(full.get_by_text(re.compile("Your organisation voted “Yes”"))).to_be_visible()

    associate = log_in(member_b.editor.username)
    associate.goto(f"/admin/membership/ballots/{made.pk}/")
    expect(associate.get_by_text("Only full members vote on policy matters")).to_be_visible()
    expect(associate.get_by_role("button", name="Cast the vote")).to_have_count(0)


def test_a_team_page_is_invisible_to_non_members_and_anonymous_visitors(page, log_in, home, member_a, member_b):
    membership_of(member_a.organisation, level="full")
    convener = person("convener", NETWORK_EDITORS)
    index = TeamsIndexPageFactory(parent=home)
    team = indexed(team_page(index, title="Steering committee", convener=convener, members=[member_a.editor]))

    for visitor in (page, log_in(member_b.editor.username)):
        response = visitor.goto(team.url)
        assert response.status == 404
        expect(visitor.get_by_text("Steering committee")).to_have_count(0)
        visitor.goto(index.url)
        expect(visitor.get_by_role("link", name="Steering committee")).to_have_count(0)
        visitor.goto("/en/search/?q=Steering")
        expect(visitor.get_by_role("link", name="Steering committee")).to_have_count(0)
    outsider = log_in(member_b.editor.username)
    outsider.goto(f"/admin/pages/{team.pk}/edit/")
    expect(outsider.get_by_role("textbox", name="Title")).to_have_count(0)

    member = log_in(member_a.editor.username)
    member.goto(index.url)
    member.get_by_role("link", name="Steering committee").click()
    expect(member.get_by_role("heading", level=1)).to_have_text("Steering committee")
    member.get_by_label("Your note").fill("The briefing goes to the minister on Friday.")
    member.get_by_role("button", name="Add the note").click()
    expect(member.get_by_text("The briefing goes to the minister on Friday.")).to_be_visible()


def test_the_regions_map_works_by_keyboard_without_script(browser, live_server, home, london):
    from membership.factories import RegionalGroupsIndexPageFactory, regional_group

    index = RegionalGroupsIndexPageFactory(parent=home)
    group = regional_group(index, london)
    context = browser.new_context(base_url=live_server.url, locale="en-GB", java_script_enabled=False)
    visitor = context.new_page()
    visitor.goto(index.url)
    region = visitor.locator(".regions-map a", has=visitor.locator("title", has_text="London"))
    region.focus()
    expect(region).to_be_focused()
    visitor.keyboard.press("Enter")
    expect(visitor).to_have_url(re.compile(re.escape(group.url) + "$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(group.title)
    context.close()
