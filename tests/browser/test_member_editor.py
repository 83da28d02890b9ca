"""A member editor's first task in a real browser: log in and save a draft in their own space."""

import re

import pytest
from playwright.sync_api import expect

from home.models import ContentPage
from tests.support.people import PASSWORD, make_member

pytestmark = pytest.mark.django_db(transaction=True)


def test_member_editor_saves_a_draft_in_own_space(page, directory, london, live_server):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor@amani.example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{member.organisation.pk}/add_subpage/")
    page.get_by_role("link", name="Content page", exact=True).click()
    page.locator("#id_title").click()
    page.keyboard.type("Saturday drop-in")
    page.keyboard.press("Tab")
    expect(page.locator("#id_slug")).to_have_value("saturday-drop-in")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Page 'Saturday drop-in' created.")).to_be_visible()

    draft = ContentPage.objects.get(title="Saturday drop-in", alias_of__isnull=True)
    assert draft.get_parent().pk == member.organisation.pk
    assert not draft.live
    # A draft stays in its own language's tree: translators see it once it is published.
    assert not ContentPage.objects.filter(alias_of=draft).exists()
    assert all(url.startswith(live_server.url) for url in requested), "the admin made a third-party request"
