import pytest

from campaigns.models import CampaignIndexPage, CampaignPage, PolicyOpportunityIndexPage


@pytest.fixture
def campaign_index(home):
    index = home.add_child(instance=CampaignIndexPage(title="Campaigns", slug="campaigns"))
    index.save_revision().publish()
    return index


@pytest.fixture
def opportunities_index(home):
    index = home.add_child(
        instance=PolicyOpportunityIndexPage(title="Policy opportunities", slug="policy-opportunities")
    )
    index.save_revision().publish()
    return index


def add_campaign(parent, title, *, status="active", is_core=False, core_year=None, themes=(), regions=(), **fields):
    defaults = {
        "summary": f"Why {title} matters.",
        "ask": "<p>Change the rules.</p>",
        "decision_maker": "The Home Secretary",
        "pledge_text": f"I support {title}.",
    }
    campaign = parent.add_child(
        instance=CampaignPage(
            title=title, status=status, is_core=is_core, core_year=core_year, **{**defaults, **fields}
        )
    )
    campaign.themes.set(themes)
    campaign.regions.set(regions)
    campaign.save_revision().publish()
    return campaign


@pytest.fixture
def network_campaign(campaign_index):
    return add_campaign(
        campaign_index,
        "End indefinite immigration detention",
        is_core=True,
        core_year=2026,
        pledge_target=200,
        letter_recipient="your MP",
        letter_subject="A time limit on detention",
        letter_body="Dear MP,\n\nPlease support a 28-day time limit & an end to indefinite detention.\n\nYours",
    )


@pytest.fixture
def member_campaign(member_a):
    return add_campaign(member_a.organisation, "Safe homes for Hackney families", decision_maker="Hackney Council")


def refused(response):
    """Forbidden, sent to log in (Wagtail's answer to someone without admin access) or back to the admin's
    home page (its answer to a permission refused inside the admin): never the data, never the action."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and ("/login/" in response["Location"] or response["Location"] == "/admin/")
