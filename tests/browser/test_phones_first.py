"""Phones first, measured in Chromium at 360 px on the demo network in Somali (the longest labels) and Arabic:
results before the folded filters, nothing scrolling sideways, event cards keeping their layout, tap targets of
at least 24 px, and the quick exit inside a landmark."""

import pytest

from campaigns.models import CampaignPage
from tests.support.client_in_browser import open_page, visit

pytestmark = pytest.mark.django_db

PHONE = {"width": 360, "height": 740}
LISTINGS = ["events/", "events/month/", "resources/", "news/", "members/", "campaigns/", "search/?q=asylum"]

MEASURE = """() => {
    const visible = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && !element.closest(".honeypot, .visually-hidden")
            && getComputedStyle(element).visibility !== "hidden";
    };
    const top = (selector) => {
        const element = document.querySelector(selector);
        return element ? element.getBoundingClientRect().top + window.scrollY : null;
    };
    const controls = [...document.querySelectorAll("input:not([type=hidden]), select, button, summary, .quick-exit")];
    return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        results: top(".card-list, .search-result-list, .month-grid"),
        filters: top(".filters-panel, .search-facets-panel"),
        filtersOpen: !!document.querySelector(".filters-panel[open], .search-facets-panel[open]"),
        small: controls.filter(visible).map((element) => {
            const box = element.getBoundingClientRect();
            return {what: element.outerHTML.slice(0, 80), width: box.width, height: box.height};
        }).filter((box) => box.width < 24 || box.height < 24),
        squeezed: [...document.querySelectorAll(".card__facts dd")].filter(visible)
            .map((dd) => ({text: dd.textContent.trim().slice(0, 40), width: dd.getBoundingClientRect().width}))
            .filter((dd) => dd.width < 80),
        quickExitLandmark: !!document.querySelector(".quick-exit")?.closest("aside, header, nav, main, footer"),
    };
}"""


@pytest.fixture(autouse=True)
def media_of_the_demo(settings, demo_media):
    settings.MEDIA_ROOT = demo_media


@pytest.mark.parametrize("language", ["so", "ar"])
def test_listings_put_results_first_and_fit_a_phone(browser, demo_output, client, language):
    page = open_page(browser, viewport=PHONE, has_touch=True, is_mobile=True)
    for listing in LISTINGS:
        path = f"/{language}/{listing}"
        assert visit(page, client, path).status_code == 200, path
        measured = page.evaluate(MEASURE)
        assert measured["overflow"] <= 0, f"{path} scrolls sideways by {measured['overflow']}px"
        assert measured["results"] is not None, f"{path} shows no results"
        assert measured["filters"] is not None and measured["results"] < measured["filters"], path
        assert not measured["filtersOpen"], f"{path}: the filters are not folded away"
        assert measured["small"] == [], f"{path}: tap targets under 24px"
        assert measured["squeezed"] == [], f"{path}: card facts squeezed"
        assert measured["quickExitLandmark"], f"{path}: the quick exit is outside every landmark"
    page.context.close()
    # Two cards a row, where Somali's "Waxaa soo qabanqaabiyey" once squeezed the organisers' names.
    page = open_page(browser, viewport={"width": 720, "height": 900})
    visit(page, client, f"/{language}/events/")
    assert page.evaluate(MEASURE)["squeezed"] == []
    page.context.close()


def test_the_pledge_form_fits_a_phone(browser, demo_output, client):
    campaign = next(
        campaign
        for campaign in CampaignPage.objects.live().filter(locale__language_code="so").exclude(pledge_text="")
        if campaign.takes_pledges
    )
    page = open_page(browser, viewport=PHONE, has_touch=True, is_mobile=True)
    visit(page, client, campaign.get_url())
    measured = page.evaluate(MEASURE)
    assert page.locator(".campaign-pledge input[type=checkbox]").count() >= 1
    assert measured["overflow"] <= 0
    assert measured["small"] == []
    page.context.close()
