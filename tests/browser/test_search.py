"""Search in a real browser: a visitor uses the suggestions, searches, narrows by two facets, widens to every
language and opens a result."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from hub.factories import ThemeFactory
from resources.factories import ResourcePageFactory
from tests.support.search import indexed

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shelf(home, housing, london, scotland):
    from resources.demo import ensure_library

    library = ensure_library(home)
    health = ThemeFactory(name="Health", slug="health")
    indexed(
        ResourcePageFactory(
            parent=library,
            title="Rent arrears guide",
            themes=[housing],
            regions=[london],
            body=[("paragraph", "<p>Talk to your landlord.</p>")],
        )
    )
    indexed(
        ResourcePageFactory(
            parent=library, title="Rent and health report", themes=[housing, health], regions=[scotland]
        )
    )
    indexed(ResourcePageFactory(parent=library, title="Clinic rent support", themes=[health], regions=[london]))
    french = Locale.objects.get(language_code="fr")
    french_library = library.copy_for_translation(french, copy_parents=True)
    french_library.save_revision().publish()
    french_guide = library.get_children().get(title="Rent arrears guide").specific.copy_for_translation(french)
    french_guide.title = "Guide des impayés de rent"
    french_guide.save_revision().publish()
    return library


def result_titles(page):
    return page.locator(".search-result-list .search-result h3 a")


def test_a_visitor_searches_narrows_widens_and_opens_a_result(page, shelf):
    page.goto("/en/search/")
    box = page.get_by_role("combobox", name="Search for")
    box.press_sequentially("arrea", delay=50)
    suggestion = page.get_by_role("option", name=re.compile("Rent arrears guide"))
    expect(suggestion).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    box.press("ArrowDown")
    expect(suggestion).to_have_attribute("aria-selected", "true")
    box.press("Escape")
    expect(suggestion).to_be_hidden()

    box.fill("rent")
    box.press("Enter")
    expect(page.get_by_role("heading", name="3 results for “rent”")).to_be_visible()
    expect(page.locator(".search-result mark").first).to_have_text(re.compile("rent", re.IGNORECASE))

    page.locator("summary", has_text="Narrow the results").click()  # folded away below the results
    page.get_by_role("group", name="Theme").get_by_label(re.compile("^Housing")).check()
    page.get_by_role("button", name="Apply").click()
    expect(result_titles(page)).to_have_count(2)
    page.get_by_role("group", name="Region").get_by_label(re.compile("^London")).check()
    page.get_by_role("button", name="Apply").click()
    expect(result_titles(page)).to_have_text(["Rent arrears guide"])

    page.get_by_role("link", name="Show all languages").click()
    # The French translation carries the same themes and regions, and is the same page: one result, in the
    # visitor's language, linking to the French.
    expect(result_titles(page)).to_have_text(["Rent arrears guide"])
    languages = page.locator(".search-result__languages")
    expect(languages.get_by_role("link", name=re.compile("French|Français"))).to_have_attribute("hreflang", "fr")
    page.get_by_role("link", name="Clear filters").click()
    expect(result_titles(page)).to_have_count(3)

    page.get_by_role("link", name="Rent arrears guide").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rent arrears guide")
