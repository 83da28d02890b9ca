"""The campaigns plugin's answer to hub.personal_data: pledges are what it holds about the public."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import ngettext

from campaigns import conf
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


def delete_and_recount(pledges):
    """Deletes the pledges, then has each campaign they were made to count again and purge its cached pages,
    as a withdrawal does (CampaignPage.pledges_changed): the public count goes down at once."""
    campaign_ids = set(pledges.values_list("campaign_id", flat=True))
    deleted = pledges.delete()[0]
    # One per campaign whatever its languages: the count and the purge cover them all.
    campaigns = {page.translation_key: page for page in CampaignPage.objects.filter(pk__in=campaign_ids)}
    for campaign in campaigns.values():
        campaign.pledges_changed()
    return deleted


def erase(email):
    return delete_and_recount(Pledge.objects.filter(email=email))


def purge_expired():
    """Pledges to campaigns won or closed longer ago than the retention period are deleted."""
    cutoff = timezone.localdate() - timedelta(days=conf.pledge_retention_days())
    ended = CampaignPage.objects.exclude(status=CampaignPage.Status.ACTIVE).filter(ended_on__lt=cutoff)
    # A campaign ended in one language is ended in all: its pledges share the translation key.
    return delete_and_recount(Pledge.objects.filter(campaign_key__in=ended.values("translation_key")))


def retention():
    days = conf.pledge_retention_days()
    return ngettext(
        "Until %(days)d day after the campaign is won or closed.",
        "Until %(days)d days after the campaign is won or closed.",
        days,
    ) % {"days": days}
