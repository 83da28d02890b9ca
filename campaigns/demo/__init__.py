"""The campaigns' demo (content.yaml, translations/): core and member campaigns, coalitions, pledges and policy
opportunities, hung on the demo network's members, themes and regions. Idempotent."""

import datetime
from itertools import cycle

from django.utils import timezone

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignSupport,
    CampaignUpdate,
    Pledge,
    PolicyOpportunityIndexPage,
    PolicyOpportunityPage,
)
from hub.demo import data
from hub.demo.pages import add_page, child_page, ensure_index, page_slug, terms
from hub.demo.translate import translate
from hub.setup import synchronise_trees


def demo_data():
    return data.load(__file__)


def themes_or_first(available, slugs):
    return terms(available, slugs) or list(available.values())[:1]


def build_campaign(network, index, entry, members, letter):
    parent = network.members.get(entry["lead"]) if entry["lead"] else index
    if parent is None:
        parent = next(members)
    existing = child_page(parent, CampaignPage, page_slug(entry["title"]))
    if existing:
        return existing
    today = timezone.localdate()
    campaign = CampaignPage(
        title=entry["title"],
        slug=page_slug(entry["title"]),
        summary=entry["summary"],
        ask=f"<p>We ask for {entry['ask']}</p>",
        decision_maker=entry["decision_maker"],
        status=entry["status"],
        is_core=entry["core_year"] is not None,
        core_year=entry["core_year"],
        pledge_text=entry["pledge"],
        pledge_target=entry["pledge_target"],
        letter_recipient="your MP" if entry["lead"] is None else "your councillor",
        letter_subject=entry["title"],
        letter_body=letter.format(recipient="[name of your MP or councillor]", ask=entry["ask"]),
        body=f"<p>{entry['summary']}</p>",
    )
    campaign.updates = [
        CampaignUpdate(date=today - datetime.timedelta(days=update["days_ago"]), title=update["title"])
        for update in entry["updates"]
    ]
    return add_page(
        parent,
        campaign,
        themes=themes_or_first(network.themes, entry["themes"]),
        regions=terms(network.regions, entry["regions"]),
    )


def add_supporters(network, campaign, names):
    for name in names:
        organisation = network.members.get(name)
        if organisation is not None and organisation.pk != campaign.organisation_id:
            CampaignSupport.objects.get_or_create(
                campaign=campaign, organisation=organisation, defaults={"status": CampaignSupport.Status.ACCEPTED}
            )
    first = next(iter(network.members.values()), None)
    if first is not None and campaign.is_core and first.pk != campaign.organisation_id:
        # One request still waits, so the admin page has something to answer.
        CampaignSupport.objects.get_or_create(campaign=campaign, organisation=first)


def add_pledges(campaign, count, content):
    names = cycle(content["pledger_first_names"])
    pledges = [
        Pledge(campaign=campaign, campaign_key=campaign.translation_key, **pledger) for pledger in content["pledgers"]
    ] + [
        Pledge(
            campaign=campaign,
            campaign_key=campaign.translation_key,
            name=f"{next(names)} {number}",
            email=f"supporter{number}@example.org",
            may_contact=number % 3 == 0,
        )
        for number in range(count)
    ]
    Pledge.objects.bulk_create(pledges, ignore_conflicts=True)


def build_opportunities(network, opportunities_index, campaigns, content):
    today = timezone.localdate()
    for entry in content["opportunities"]:
        slug = page_slug(entry["title"])
        if child_page(opportunities_index, PolicyOpportunityPage, slug):
            continue
        add_page(
            opportunities_index,
            PolicyOpportunityPage(
                title=entry["title"],
                slug=slug,
                kind=entry["kind"],
                decision_body=entry["decision_body"],
                deadline=today + datetime.timedelta(days=entry["deadline_days"]),
                description=f"<p>{entry['description']}</p>",
                how_to_respond=content["how_to_respond"],
                related_campaign=campaigns.get(entry["campaign"]),
            ),
            themes=themes_or_first(network.themes, entry["themes"]),
            regions=terms(network.regions, entry["regions"]),
        )


def build(network):
    demo = demo_data()
    content = demo.content
    index = ensure_index(network.home, CampaignIndexPage, **content["campaigns_index"])
    opportunities_index = ensure_index(network.home, PolicyOpportunityIndexPage, **content["opportunities_index"])
    members = cycle(list(network.members.values()) or [index])
    campaigns = {}
    for number, entry in enumerate(content["campaigns"]):
        campaign = build_campaign(network, index, entry, members, content["letter"])
        campaigns[campaign.title] = campaign
        add_supporters(network, campaign, entry["supporters"])
        if campaign.pledge_text:
            add_pledges(campaign, 60 - number * 10, content)
    build_opportunities(network, opportunities_index, campaigns, content)
    synchronise_trees()
    # The listings are translated into fewer languages, leaving French for a translator to try the editor on.
    for listing in [index, opportunities_index]:
        translate(listing, content["listing_languages"], demo.translations)
    for campaign in campaigns.values():
        if campaign.is_core:
            translate(campaign, content["translated_languages"], demo.translations)
