"""An editor switches the admin to Somali in their account settings, in a real browser."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from tests.support.people import PASSWORD, make_member

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_chooses_somali_and_the_admin_speaks_it(page, directory, london):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor@amani.example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto("/admin/account/")
    # Wagtail's account form asks for a name, which an invitation without one leaves empty.
    page.get_by_label("First Name").fill("Amina")
    page.get_by_label("Last Name").fill("Yusuf")
    page.get_by_label("Preferred language").select_option(label="Soomaali")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "so")
    assert UserProfile.get_for_user(member.editor).preferred_language == "so"

    page.goto("/admin/")
    sidebar = page.get_by_role("complementary")
    expect(sidebar.get_by_role("link", name="Guddiga")).to_be_visible()  # Wagtail's scripts speak Somali too
    expect(sidebar.get_by_role("button", name="Fur/xir liiska dhinaca")).to_be_visible()
    page.goto(f"/admin/pages/{member.organisation.pk}/")
    expect(page.get_by_role("link", name="Ku dar bog hoose").first).to_be_visible()
