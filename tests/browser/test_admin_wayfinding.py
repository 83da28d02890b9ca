"""Finding one's way in the admin, in Chromium: a member editor adds a page to their space from the
dashboard; a translator's menu holds nothing they cannot use."""

import re

import pytest
from playwright.sync_api import expect

from hub.roles import translators_group_name
from tests.support.people import make_member, person

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_member_editor_adds_an_event_from_the_dashboard(log_in, directory, london):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    editor = log_in("editor@amani.example.org")
    offer = editor.locator("#hub-member-work-heading").locator("..")
    expect(offer.get_by_role("heading", name="Add a page to your organisation's space")).to_be_visible()
    offer.get_by_role("link", name="Event", exact=True).click()
    expect(editor).to_have_url(re.compile(rf"/admin/pages/add/events/eventpage/{member.organisation.pk}/$"))
    expect(editor.locator("#id_title")).to_be_visible()


def test_a_translators_menu_offers_no_event_registrations_or_campaigns(log_in, directory, london):
    make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    person("layla", translators_group_name("ar"))
    translator = log_in("layla")
    sidebar = translator.locator("aside")
    expect(sidebar.get_by_role("link", name="Translation status")).to_be_visible()
    expect(sidebar.get_by_text("Event registrations")).to_have_count(0)
    expect(sidebar.get_by_text("Campaigns and coalitions")).to_have_count(0)

    member = log_in("editor@amani.example.org")
    expect(member.locator("aside").get_by_role("link", name="Event registrations")).to_be_visible()
