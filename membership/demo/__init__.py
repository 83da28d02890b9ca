"""The membership demo (content.yaml, translations/): the join page, applications waiting for a decision, the fee
table, full members (one lapsed) and associates, and an open and a closed ballot. Idempotent."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from hub.demo import data
from hub.demo.pages import add_page, child_page
from hub.demo.translate import translate
from membership.levels import ensure_membership
from membership.models import Application, Ballot, BallotOption, FeeBand, JoinPage, MembershipSettings, Payment, Vote
from membership.models.applications import Level
from membership.models.levels import Membership


def demo_data():
    return data.load(__file__)


def ensure_join_page(home):
    entry = demo_data().content["join_page"]
    page = child_page(home, JoinPage)
    if page is None:
        page = add_page(
            home,
            JoinPage(
                title=entry["title"],
                slug=entry["slug"],
                introduction=entry["introduction"],
                levels=entry["levels"],
                mission_statement=entry["mission_statement"],
                show_in_menus=True,
            ),
        )
    return page


def add_applications(network):
    for entry in demo_data().content["applications"]:
        if Application.objects.filter(organisation_name=entry["organisation"]).exists():
            continue
        name, email, role = entry["contact"]
        application = Application.objects.create(
            language="en",
            level=entry["level"],
            organisation_name=entry["organisation"],
            about=entry["about"],
            income_band=entry.get("income_band", ""),
            size_band=entry.get("size_band", ""),
            contact_name=name,
            contact_email=email,
            contact_role=role,
            agrees_with_mission=True,
            status=entry.get("status", Application.Status.WAITING),
            decision_message=entry.get("question", ""),
        )
        application.regions.set([network.regions[slug] for slug in entry["regions"] if slug in network.regions])


def ensure_fee_table():
    config = MembershipSettings.load()
    for entry in demo_data().content["fee_bands"]:
        FeeBand.objects.update_or_create(
            settings=config,
            size_band=entry["size_band"],
            income_band=entry["income_band"],
            defaults={"name": entry["name"], "annual_fee": Decimal(entry["annual_fee"])},
        )


def set_levels(network):
    """The demo's full members, with fee bands and a payment each (one has lapsed); every other member is associate."""
    today = timezone.localdate()
    for entry in demo_data().content["full_members"]:
        organisation = network.members.get(entry["name"])
        if organisation is None:
            continue
        renewal = today + datetime.timedelta(days=entry["renewal_days"])
        lapsed = entry.get("lapsed", False)
        membership = ensure_membership(
            organisation,
            level=Level.FULL,
            status=Membership.Status.LAPSED if lapsed else Membership.Status.ACTIVE,
            size_band=entry["size_band"],
            income_band=entry["income_band"],
            renewal_date=renewal,
            lapsed_on=renewal if lapsed else None,
        )
        if "paid" in entry and not membership.payments.exists():
            Payment.objects.create(
                membership=membership,
                amount=Decimal(entry["paid"]),
                paid_on=renewal - datetime.timedelta(days=365),
                method=Payment.Method.BANK_TRANSFER,
                reference=f"DEMO-{organisation.slug[:20].upper()}",
            )


def ensure_ballots(network):
    now = timezone.now()
    locale = Locale.get_default()
    for entry in demo_data().content["ballots"]:
        ballot = Ballot.objects.filter(locale=locale, question=entry["question"]).first()
        if ballot is None:
            ballot = Ballot(
                locale=locale,
                question=entry["question"],
                explanation=entry["explanation"],
                opens_at=now + datetime.timedelta(days=entry["opens_days"]),
                closes_at=now + datetime.timedelta(days=entry["closes_days"]),
                secret=entry["secret"],
                quorum_percent=entry["quorum_percent"],
            )
            ballot.options = [BallotOption(label=label, locale=locale) for label in entry["options"]]
            ballot.save()
        options = list(ballot.options.all())
        for name, choice in entry["votes"].items():
            organisation = network.members.get(name)
            if organisation is not None:
                Vote.objects.get_or_create(
                    ballot_key=ballot.translation_key,
                    organisation=organisation,
                    defaults={"option_key": options[choice].translation_key, "cast_at": ballot.opens_at},
                )


def build(network):
    page = ensure_join_page(network.home)
    translate(page, ["ar", "fr", "so"], demo_data().translations)
    add_applications(network)
    ensure_fee_table()
    set_levels(network)
    ensure_ballots(network)
