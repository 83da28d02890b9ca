"""The campaigns plugin's demo builder: at least six campaigns, three of them the network's core campaigns with
updates, supporters and pledges, and at least eight policy opportunities (issue 7, item 8)."""

from html import unescape

import pytest
from wagtail.models import Locale

from campaigns.models import CampaignPage, CampaignSupport, Pledge, PolicyOpportunityIndexPage, PolicyOpportunityPage

pytestmark = pytest.mark.django_db


def english(model):
    return model.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)


def test_demo_campaigns_include_three_core_ones_with_updates_supporters_and_pledges(demo_output, client):
    campaigns = english(CampaignPage)
    assert campaigns.count() >= 6
    assert set(campaigns.values_list("status", flat=True)) == set(CampaignPage.Status.values)
    assert campaigns.exclude(organisation=None).exists()  # members run their own campaigns too
    core = campaigns.filter(is_core=True)
    assert core.count() == 3
    for campaign in core:
        assert campaign.updates.exists(), campaign.title
        supporters = campaign.supporters()
        assert supporters, campaign.title
        pledges = Pledge.objects.filter(campaign_key=campaign.translation_key).count()
        assert pledges > 0, campaign.title
        html = unescape(client.get(campaign.url).content.decode())
        assert f'data-pledge-count="{pledges}"' in html
        assert "Supported by" in html and supporters[0].title in html
    # One request still waits, for the admin's coalitions page to show.
    assert CampaignSupport.objects.filter(status=CampaignSupport.Status.PENDING).exists()


def test_demo_has_at_least_eight_policy_opportunities_open_and_archived(demo_output, client):
    opportunities = english(PolicyOpportunityPage)
    assert opportunities.count() >= 8
    locale = Locale.get_default()
    assert PolicyOpportunityPage.open(locale).exists() and PolicyOpportunityPage.past(locale).exists()
    index = PolicyOpportunityIndexPage.objects.get(locale=locale)
    listing = unescape(client.get(index.url).content.decode())
    soonest = PolicyOpportunityPage.open(locale).first()
    assert soonest.title in listing
    archived = PolicyOpportunityPage.past(locale).first()
    assert archived.title not in listing
    assert archived.title in unescape(client.get(index.url + "archive/").content.decode())
