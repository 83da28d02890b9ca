"""Languages in a real browser: the first visit follows Accept-Language; the switcher keeps the visitor on
the same page; an untranslated page says so; right-to-left fits a small phone."""

import re

import pytest
from playwright.sync_api import expect

from home.models import ContentPage
from hub.demo import network_data
from hub.demo.pages import paragraphs_stream
from hub.demo.translate import translate
from hub.setup import synchronise_trees
from tests.support.people import make_member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def network(directory, london):
    for number in range(6):
        make_member(f"Community group {number}", f"editor{number}@example.org", regions=["london"])


@pytest.fixture
def about_page(home):
    """The demo's about page, translated into Arabic and French by its own translations."""
    demo = network_data()
    about = demo.content["pages"][0]
    page = home.add_child(
        instance=ContentPage(
            slug=about["slug"],
            title=about["title"],
            introduction=about["introduction"],
            body=paragraphs_stream(about["paragraphs"]),
        )
    )
    page.save_revision().publish()
    synchronise_trees()
    translate(page, ["ar", "fr"], demo.translations)
    return page


def choose_language(page, code):
    """Open the language switcher and follow one of its languages, as a visitor does."""
    page.locator(".language-switcher summary").click()
    page.locator(f'.language-switcher a[hreflang="{code}"]').click()


def test_first_visit_lands_in_the_browsers_language(browser, live_server, network):
    context = browser.new_context(base_url=live_server.url, locale="ar", extra_http_headers={"Accept-Language": "ar"})
    page = context.new_page()
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/ar/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    context.close()


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_nothing_scrolls_sideways_on_a_small_phone(browser, live_server, network, language):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in [f"/{language}/", f"/{language}/members/", f"/{language}/members/community-group-0/"]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
    context.close()


def test_switching_language_stays_on_the_same_page(page, about_page):
    page.goto("/en/about/")
    choose_language(page, "fr")
    expect(page).to_have_url(re.compile(r"/fr/about/$"))
    expect(page.locator("h1")).to_have_text("À propos du réseau")
    choose_language(page, "ar")
    expect(page).to_have_url(re.compile(r"/ar/about/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("عن الشبكة")
    expect(page.locator(".notice--translation")).to_have_count(0)


def test_an_untranslated_page_says_so(page, about_page):
    page.goto("/fr/about/")
    choose_language(page, "pl")
    expect(page).to_have_url(re.compile(r"/pl/about/$"))
    expect(page.locator(".notice--translation")).to_be_visible()
    expect(page.locator("h1")).to_have_text("About the network")
    expect(page.locator("article")).to_have_attribute("lang", "en")
