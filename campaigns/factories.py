"""Factories for campaigns and policy opportunities, and their index pages."""

import datetime

import factory
from django.utils import timezone

from campaigns.models import CampaignIndexPage, CampaignPage, PolicyOpportunityIndexPage, PolicyOpportunityPage
from hub.factories import PublishedPageFactory


class CampaignIndexPageFactory(PublishedPageFactory):
    title = "Campaigns"
    slug = "campaigns"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(PublishedPageFactory):
    """An active campaign with its ask, decision maker and pledge."""

    title = factory.Sequence(lambda n: f"Campaign {n}")
    status = CampaignPage.Status.ACTIVE
    summary = factory.LazyAttribute(lambda campaign: f"Why {campaign.title} matters.")
    ask = "<p>Change the rules.</p>"
    decision_maker = "The Home Secretary"
    pledge_text = factory.LazyAttribute(lambda campaign: f"I support {campaign.title}.")

    class Meta:
        model = CampaignPage


class PolicyOpportunityIndexPageFactory(PublishedPageFactory):
    title = "Policy opportunities"
    slug = "policy-opportunities"

    class Meta:
        model = PolicyOpportunityIndexPage


class PolicyOpportunityPageFactory(PublishedPageFactory):
    """A Home Office consultation closing in `days` days (negative: closed)."""

    title = factory.Sequence(lambda n: f"Policy opportunity {n}")
    decision_body = "Home Office"
    deadline = factory.LazyAttribute(
        lambda opportunity: timezone.localdate() + datetime.timedelta(days=opportunity.days)
    )
    description = "<p>What is decided.</p>"
    how_to_respond = "<p>Answer online.</p>"

    class Meta:
        model = PolicyOpportunityPage

    class Params:
        days = 30
