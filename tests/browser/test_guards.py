"""What the hub's guards look like to the people who meet them, in Chromium: an administrator clears the page
cache by confirming it, and an editor uploading a far too large image is told why it was refused."""

import re

import pytest
from django.core.cache import caches
from playwright.sync_api import expect

from hub.roles import ADMINISTRATORS
from tests.browser.admin_steps import sign_in
from tests.hub import sample_files
from tests.support.people import make_member, person

pytestmark = pytest.mark.django_db(transaction=True)


def test_administrator_clears_the_page_cache_after_confirming(page, directory, settings):
    settings.WAGTAIL_CACHE = True
    pages = caches[settings.WAGTAIL_CACHE_BACKEND]
    pages.set("cached-page", "a response")
    person("admin-role", ADMINISTRATORS)
    sign_in(page, "admin-role")

    page.goto("/admin/cache/")
    page.get_by_role("link", name="Clear cache").click()
    expect(page.get_by_role("heading", name="Clear the page cache")).to_be_visible()
    assert pages.get("cached-page") == "a response"  # following the link alone clears nothing

    page.get_by_role("button", name="Clear the page cache").click()
    expect(page).to_have_url(re.compile(r"/admin/cache/$"))
    assert pages.get("cached-page") is None


def test_an_image_over_the_pixel_limit_is_refused_with_a_message(page, directory, london, tmp_path):
    make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    poster = tmp_path / "poster.png"
    poster.write_bytes(sample_files.png_claiming(30000, 30000))
    sign_in(page, "editor@amani.example.org")

    page.goto("/admin/images/add/")
    page.get_by_label("Title").fill("Poster")
    page.locator("#id_file").set_input_files(str(poster))
    page.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("This image is too large: 40 megapixels at most.")).to_be_visible()
