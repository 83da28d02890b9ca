"""Campaigns' sections on other pages: the home page's two and the member profile's."""

from datetime import timedelta

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from campaigns.models import CampaignPage, CampaignSupport, PolicyOpportunityPage
from hub.per_request import active_locale

CLOSING_SOON_DAYS = 30


def core_campaigns(request, limit):
    """The network's core campaigns that are running, newest year first, in the visitor's language."""
    active = CampaignPage.for_listing(active_locale()).filter(is_core=True, status=CampaignPage.Status.ACTIVE)
    return active.order_by(F("core_year").desc(nulls_last=True), "-first_published_at")[:limit]


def opportunities_closing_soon(request, limit):
    """Open opportunities whose deadline falls within the next month, soonest first."""
    soon = timezone.localdate() + timedelta(days=CLOSING_SOON_DAYS)
    return PolicyOpportunityPage.open(active_locale()).filter(deadline__lte=soon)[:limit]


def campaigns_supported_by(request, organisation, limit):
    """Campaigns the organisation has joined (their lead accepted), in the language of the profile shown."""
    # The organisation's versions first, by their own index: joined in, they made the planner scan every page.
    versions = list(Page.objects.filter(translation_key=organisation.translation_key).values_list("pk", flat=True))
    keys = CampaignSupport.objects.filter(organisation__in=versions, status=CampaignSupport.Status.ACCEPTED).values(
        "campaign__translation_key"
    )
    return list(CampaignPage.for_listing(organisation.locale).filter(translation_key__in=keys)[:limit])
