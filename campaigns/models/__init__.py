from .campaigns import CampaignIndexPage, CampaignPage, CampaignUpdate
from .coalitions import CampaignSupport
from .opportunities import PolicyOpportunityIndexPage, PolicyOpportunityPage
from .pledges import Pledge

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignSupport",
    "CampaignUpdate",
    "Pledge",
    "PolicyOpportunityIndexPage",
    "PolicyOpportunityPage",
]
