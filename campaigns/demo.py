"""The campaigns' demo content: core and member campaigns, coalitions, pledges and policy opportunities,
hung on the demo network's members, themes and regions. Idempotent."""

import datetime
from itertools import cycle

from django.utils import timezone
from django.utils.text import slugify

from campaigns.demo_data import CAMPAIGNS, LETTER, OPPORTUNITIES, PLEDGERS
from campaigns.demo_translations import TRANSLATIONS
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignSupport,
    CampaignUpdate,
    Pledge,
    PolicyOpportunityIndexPage,
    PolicyOpportunityPage,
)
from hub.demo.translate import translate
from hub.setup import synchronise_trees

TRANSLATED_LANGUAGES = ["ar", "so", "fr"]
FIRST_NAMES = ["Abdi", "Hawa", "Samir", "Leila", "Kofi", "Nadia", "Yonas", "Rania", "Piotr", "Grace", "Omar", "Sara"]


def ensure_index(home, model, title, slug, introduction):
    index = model.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=model(title=title, slug=slug, introduction=introduction, show_in_menus=True))
        index.save_revision().publish()
    return index


def terms(available, slugs):
    """The demo network's terms for these slugs; a smaller network (as in tests) lends what it has."""
    found = [available[slug] for slug in slugs if slug in available]
    return found or list(available.values())[:1]


def build_campaign(network, index, entry, members):
    title, lead, year, status, themes, regions, summary, ask, decision_maker, pledge, target, updates, _supp = entry
    parent = network.members.get(lead) if lead else index
    if parent is None:
        parent = next(members)
    slug = slugify(title)[:80]
    existing = CampaignPage.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    today = timezone.localdate()
    campaign = CampaignPage(
        title=title,
        slug=slug,
        summary=summary,
        ask=f"<p>We ask for {ask}</p>",
        decision_maker=decision_maker,
        status=status,
        is_core=year is not None,
        core_year=year,
        pledge_text=pledge,
        pledge_target=target,
        letter_recipient="your MP" if lead is None else "your councillor",
        letter_subject=title,
        letter_body=LETTER.format(recipient="[name of your MP or councillor]", ask=ask),
        body=f"<p>{summary}</p>",
    )
    campaign.updates = [
        CampaignUpdate(date=today - datetime.timedelta(days=days), title=update_title) for days, update_title in updates
    ]
    campaign = parent.add_child(instance=campaign)
    campaign.themes.set(terms(network.themes, themes))
    campaign.regions.set([network.regions[slug] for slug in regions if slug in network.regions])
    campaign.save_revision().publish()
    return campaign


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


def add_pledges(campaign, count):
    names = cycle(FIRST_NAMES)
    pledges = [
        Pledge(campaign=campaign, campaign_key=campaign.translation_key, name=name, email=email, postcode=postcode)
        for name, email, postcode in PLEDGERS
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


def build_opportunities(network, opportunities_index, campaigns):
    today = timezone.localdate()
    for title, kind, body, days, themes, regions, campaign_title, description in OPPORTUNITIES:
        slug = slugify(title)[:80]
        if PolicyOpportunityPage.objects.child_of(opportunities_index).filter(slug=slug).exists():
            continue
        opportunity = opportunities_index.add_child(
            instance=PolicyOpportunityPage(
                title=title,
                slug=slug,
                kind=kind,
                decision_body=body,
                deadline=today + datetime.timedelta(days=days),
                description=f"<p>{description}</p>",
                how_to_respond="<p>Read the questions, then answer online or by email before the deadline. "
                "Our policy team can help you write a response: ask your member organisation.</p>",
                related_campaign=campaigns.get(campaign_title),
            )
        )
        opportunity.themes.set(terms(network.themes, themes))
        opportunity.regions.set([network.regions[slug] for slug in regions if slug in network.regions])
        opportunity.save_revision().publish()


def build(network):
    index = ensure_index(
        network.home,
        CampaignIndexPage,
        "Campaigns",
        "campaigns",
        "<p>What the network and its members campaign for, and how you can join in.</p>",
    )
    opportunities_index = ensure_index(
        network.home,
        PolicyOpportunityIndexPage,
        "Policy opportunities",
        "policy-opportunities",
        "<p>Consultations, inquiries and decisions where our communities can make themselves heard.</p>",
    )
    members = cycle(list(network.members.values()) or [index])
    campaigns = {}
    for number, entry in enumerate(CAMPAIGNS):
        campaign = build_campaign(network, index, entry, members)
        campaigns[campaign.title] = campaign
        add_supporters(network, campaign, entry[-1])
        if campaign.pledge_text:
            add_pledges(campaign, 60 - number * 10)
    build_opportunities(network, opportunities_index, campaigns)
    synchronise_trees()
    # The listings are translated into two languages, leaving French for a translator to try the editor on.
    for listing in [index, opportunities_index]:
        translate(listing, ["ar", "so"], translations=TRANSLATIONS)
    for campaign in campaigns.values():
        if campaign.is_core:
            translate(campaign, TRANSLATED_LANGUAGES, translations=TRANSLATIONS)
