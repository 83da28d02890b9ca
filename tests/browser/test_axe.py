"""axe-core, the accessibility engine (bundled with axe-playwright-python, so nothing is fetched), finds no serious
or critical failure of WCAG 2.2 A and AA on the public site's key pages, on a 360 px phone, in English and Arabic."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    PolicyOpportunityIndexPageFactory,
    PolicyOpportunityPageFactory,
)
from events.factories import EventPageFactory
from home.factories import ContentPageFactory, PrivacyNoticePageFactory
from hub.setup import synchronise_trees
from membership.factories import JoinPageFactory, RegionalGroupsIndexPageFactory, regional_group
from news.factories import NewsIndexPageFactory, NewsPageFactory
from resources.factories import ResourcePageFactory, ToolkitPageFactory
from tests.support.people import make_member

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def site(home, directory, events_index, library, london, housing):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"]).organisation
    event = EventPageFactory(parent=events_index, title="Question Time in Lewisham")
    resource = ResourcePageFactory(parent=library, title="Housing rights for new refugees")
    toolkit = ToolkitPageFactory(parent=library, chapters=["Know your aims"])
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), title="A new advice drop-in")
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home), title="Safe homes for families")
    join = JoinPageFactory(parent=home)
    opportunities = PolicyOpportunityIndexPageFactory(parent=home)
    opportunity = PolicyOpportunityPageFactory(parent=opportunities, title="Asylum accommodation standards")
    groups = RegionalGroupsIndexPageFactory(parent=home)  # with the map of the regions
    group = regional_group(groups, london, coordinators=[member])
    privacy = PrivacyNoticePageFactory(parent=home, slug="privacy")
    about = ContentPageFactory(parent=home, title="About the network", slug="about")
    synchronise_trees()
    pages = [home, directory, member, events_index, event, library, resource, toolkit, news, campaign, join]
    paths = [page.url for page in pages] + [privacy.url, about.url, opportunities.url, opportunity.url]
    paths += [groups.url, group.url]
    paths += [events_index.url + "month/", toolkit.url + "print/", "/en/search/?q=housing", "/en/search/"]
    return paths


def violations(page, path):
    """The serious and critical failures on the page as it is (`path` names it in the report)."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    return [
        (path, violation["id"], [node["target"] for node in violation["nodes"]][:3])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_key_pages_have_no_serious_accessibility_failure_on_a_phone(browser, live_server, site, language):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15000)
    paths = [path.replace("/en/", f"/{language}/", 1) for path in site]
    found = []
    for path in paths:
        page.goto(path)
        found += violations(page, path)
    # Forms with errors: the pledge and the application to join sent empty (past the browser's own checks).
    for path in paths[9:11]:
        page.goto(path)
        form = page.locator("main form[method=post]").first
        form.evaluate("form => { form.noValidate = true; }")
        form.locator("[type=submit]").last.click()
        page.wait_for_load_state()
        found += violations(page, path + " (errors)")
    context.close()
    assert len(paths) >= 20
    assert found == []
