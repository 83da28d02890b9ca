"""A translator changes an interface string in the admin and sees it on the public site, in a real browser."""

import pytest
from playwright.sync_api import expect

from hub.roles import translators_group_name
from tests.support.people import PASSWORD, person

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_arabic_translator_edits_a_string_and_the_arabic_site_shows_it(page, directory):
    person("layla", translators_group_name("ar"))
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("layla")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("link", name="Interface translations").click()
    expect(page.get_by_role("link", name="French")).to_have_count(0)
    page.get_by_role("link", name="Arabic", exact=True).click()
    page.get_by_label("Search the English text and the translations").fill("Language")
    page.locator("#main").get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Language", exact=True).click()
    expect(page.get_by_text("English", exact=True)).to_be_visible()
    page.get_by_label("Translation").fill("لغة الموقع")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Translation saved: it shows on the site now.")).to_be_visible()

    page.goto("/ar/")
    expect(page.locator(".language-switcher summary")).to_have_text("لغة الموقع")
