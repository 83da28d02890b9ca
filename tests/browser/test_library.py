"""A visitor finds a toolkit in the library, reads it chapter by chapter and downloads its PDF, in Chromium."""

import re

import pytest
from playwright.sync_api import expect

from hub.factories import ThemeFactory
from resources.demo import ensure_library
from resources.factories import ResourcePageFactory, ToolkitPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def library(home, housing):
    library = ensure_library(home)
    health = ThemeFactory(name="Health", slug="health")
    ResourcePageFactory(parent=library, title="Renting guide", kind="guide", themes=[housing])
    campaign = ToolkitPageFactory(
        parent=library,
        title="Running a campaign",
        chapters=["Know your aims", "Find your allies", "Speak to the press", "Keep going"],
    )
    campaign.themes.set([housing])
    campaign.save_revision().publish()
    clinics = ToolkitPageFactory(
        parent=library, title="Registering with a GP", chapters=["Find a surgery", "Fill in the form"]
    )
    clinics.themes.set([health])
    clinics.save_revision().publish()
    return library


def test_visitor_filters_the_library_walks_a_toolkit_and_downloads_its_pdf(page, library, live_server, tmp_path):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/en/resources/")
    expect(page.get_by_role("article")).to_have_count(3)
    page.get_by_text("Filter resources").click()  # the filters are folded away below the results
    page.get_by_label("Kind").select_option(label="Toolkit")
    page.get_by_label("Theme").select_option(label="Housing")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"kind=toolkit.*theme=housing|theme=housing.*kind=toolkit"))
    expect(page.get_by_role("article")).to_have_count(1)

    page.get_by_role("link", name="Running a campaign").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Running a campaign")
    contents = page.get_by_role("navigation", name="Contents")
    expect(contents.get_by_role("link")).to_have_text(
        ["Know your aims", "Find your allies", "Speak to the press", "Keep going"]
    )
    contents.get_by_role("link", name="Know your aims").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Know your aims")
    chapters = page.get_by_role("navigation", name="Chapters")
    chapters.get_by_role("link", name=re.compile("Next chapter")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Find your allies")
    page.get_by_role("navigation", name="Chapters").get_by_role("link", name=re.compile("Next chapter")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Speak to the press")
    page.get_by_role("navigation", name="Chapters").get_by_role("link", name=re.compile("Previous chapter")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Find your allies")

    page.get_by_role("link", name="Running a campaign").first.click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    download = download_info.value
    assert download.suggested_filename == "running-a-campaign-en.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")
    assert all(url.startswith(live_server.url) for url in requested), "a public page made a third-party request"
