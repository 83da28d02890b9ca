import pytest

from campaigns.factories import CampaignPageFactory, PolicyOpportunityIndexPageFactory


@pytest.fixture
def opportunities_index(home):
    return PolicyOpportunityIndexPageFactory(parent=home)


@pytest.fixture
def member_campaign(member_a):
    return CampaignPageFactory(
        parent=member_a.organisation, title="Safe homes for Hackney families", decision_maker="Hackney Council"
    )
