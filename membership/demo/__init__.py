"""The membership demo (content.yaml, translations/): the join page, applications waiting for a decision, the fee
table, full members (one lapsed) with contact people and associates, an open and a closed ballot with the results
page, the UK's regions with six regional groups, their meetings and minutes, and the steering committee's private
workspace. Idempotent."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from hub.demo import data
from hub.demo.pages import add_page, child_page, ensure_index
from hub.demo.pdf import make_pdf
from hub.demo.translate import translate
from hub.onboarding import editors_group_name
from hub.roles import NETWORK_EDITORS
from membership.levels import ensure_membership
from membership.models import (
    Application,
    Ballot,
    BallotOption,
    BallotResultsPage,
    ContactPerson,
    FeeBand,
    GroupCoordinator,
    GroupMeeting,
    JoinPage,
    MembershipSettings,
    Payment,
    RegionalGroupPage,
    RegionalGroupsIndexPage,
    TeamMember,
    TeamNote,
    TeamPage,
    TeamsIndexPage,
    Vote,
)
from membership.models.applications import Level
from membership.models.levels import Membership
from membership.regions import ensure_uk_regions
from membership.teams import ensure_workspace


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


def add_contacts(network):
    for name, people in demo_data().content["contacts"].items():
        organisation = network.members.get(name)
        if organisation is None or organisation.membership.contacts.exists():
            continue
        for person, role, email, may_contact in people:
            ContactPerson.objects.create(
                membership=organisation.membership, name=person, role=role, email=email, may_contact=may_contact
            )


def ensure_results_page(home):
    entry = demo_data().content["ballot_results_page"]
    return child_page(home, BallotResultsPage) or add_page(
        home, BallotResultsPage(title=entry["title"], slug=entry["slug"], introduction=entry["introduction"])
    )


def make_document(title, paragraphs, collection=None):
    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{slugify(title)[:60]}.pdf", ContentFile(make_pdf(title, paragraphs)), save=False)
    document.save()
    return document


def ensure_regional_groups(network):
    content = demo_data().content
    entry = content["regional_groups_index"]
    index = ensure_index(network.home, RegionalGroupsIndexPage, entry["title"], entry["slug"], entry["introduction"])
    today = timezone.localdate()
    for group in content["regional_groups"]:
        region = network.regions[group["region"]]
        if RegionalGroupPage.objects.filter(region=region).exists():
            continue
        page = RegionalGroupPage(
            title=f"{region.name} network group", region=region, introduction=group["introduction"]
        )
        page.coordinators = [
            GroupCoordinator(organisation=network.members[name], name=person, role=role)
            for name, person, role in group["coordinators"]
            if name in network.members
        ]
        meetings = []
        for meeting in group["meetings"]:
            held = today - datetime.timedelta(days=meeting["days"])
            title = f"Minutes: {page.title}, {held:%d %B %Y}"
            minutes = make_document(title, [f"Held in {meeting['place']}.", meeting["summary"]])
            meetings.append(
                GroupMeeting(date=held, place=meeting["place"], summary=meeting["summary"], minutes=minutes)
            )
        page.meetings = meetings
        add_page(index, page)
    return index


def editors_of(organisation):
    return get_user_model().objects.filter(groups__name=editors_group_name(organisation.title))


def ensure_teams(network):
    content = demo_data().content
    entry = content["teams_index"]
    index = child_page(network.home, TeamsIndexPage) or add_page(
        network.home, TeamsIndexPage(title=entry["title"], slug=entry["slug"], introduction=entry["introduction"])
    )
    convener = get_user_model().objects.filter(groups__name=NETWORK_EDITORS).order_by("pk").first()
    for team in content["teams"]:
        if TeamPage.objects.filter(locale=Locale.get_default(), title=team["title"]).exists():
            continue
        page = TeamPage(title=team["title"], kind=team["kind"], purpose=team["purpose"], convener=convener)
        page.members = [
            TeamMember(user=editor)
            for name in team["members"]
            if name in network.members
            for editor in editors_of(network.members[name])
        ]
        page = add_page(index, page)
        ensure_workspace(page)
        page.refresh_from_db()
        for text in team["notes"]:
            TeamNote.objects.create(team_key=page.translation_key, author=convener, text=text)
        for title in team["documents"]:
            make_document(title, [team["purpose"].removeprefix("<p>").removesuffix("</p>")], page.collection)
    return index


def build(network):
    page = ensure_join_page(network.home)
    translate(page, ["ar", "fr", "so"], demo_data().translations)
    network.regions.update(ensure_uk_regions())
    add_applications(network)
    ensure_fee_table()
    set_levels(network)
    add_contacts(network)
    ensure_ballots(network)
    ensure_results_page(network.home)
    ensure_regional_groups(network)
    ensure_teams(network)
