"""A translator finds what waits for them in the translation status dashboard, in a real browser."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from home.factories import ContentPageFactory
from hub.roles import translators_group_name
from hub.setup import synchronise_trees
from tests.support.people import PASSWORD, make_member

pytestmark = pytest.mark.django_db(transaction=True)


def test_translator_starts_a_missing_translation_from_the_dashboard(page, directory, live_server):
    member = make_member("Amani Women's Group", "editor@amani.example.org")
    ContentPageFactory(
        parent=member.organisation,
        title="Saturday drop-in",
        body=[("paragraph", "<p>Saturday drop-in: bring your letters.</p>")],
    )
    synchronise_trees()
    translator = get_user_model().objects.create_user("layla", "layla@example.org", PASSWORD)
    translator.groups.add(Group.objects.get(name=translators_group_name("ar")))

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("layla")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Translation status").click()

    table = page.get_by_role("table")
    expect(table.get_by_role("columnheader")).to_have_text(["Page", "Arabic"])
    page.screenshot(path="/tmp/status-dashboard.png", full_page=True)
    table.get_by_role("link", name="Saturday drop-in, Arabic: Missing").click()
    expect(page).to_have_url(re.compile(r"/admin/localize/submit/page/\d+/\?select_locale=ar$"))
    expect(page.get_by_role("checkbox", name="Arabic")).to_be_checked()
