"""The campaigns plugin's answer to hub.personal_data: pledges are what it holds about the public."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from campaigns.models import CampaignPage, Pledge


def export(email):
    pledges = Pledge.objects.filter(email=email).select_related("campaign").order_by("created_at")
    return [
        {
            "campaign": pledge.campaign.title,
            "name": pledge.name,
            "email": pledge.email,
            "postcode": pledge.postcode,
            "organisation": pledge.organisation_name,
            "may_contact": pledge.may_contact,
            "pledged_at": pledge.created_at,
        }
        for pledge in pledges
    ]


def erase(email):
    return Pledge.objects.filter(email=email).delete()[0]


def purge_expired():
    """Pledges to campaigns won or closed longer ago than the retention period are deleted."""
    cutoff = timezone.localdate() - timedelta(days=settings.HUB_CAMPAIGNS_PLEDGE_RETENTION_DAYS)
    ended = CampaignPage.objects.exclude(status=CampaignPage.Status.ACTIVE).filter(ended_on__lt=cutoff)
    # A campaign ended in one language is ended in all: its pledges share the translation key.
    return Pledge.objects.filter(campaign_key__in=ended.values("translation_key")).delete()[0]
