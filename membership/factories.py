"""Factories for the join page, applications to join, ballots, regional groups and project teams."""

import factory

from hub.factories import PublishedPageFactory
from membership.models import (
    Application,
    GroupCoordinator,
    GroupMeeting,
    JoinPage,
    RegionalGroupPage,
    RegionalGroupsIndexPage,
    TeamMember,
    TeamPage,
    TeamsIndexPage,
)
from membership.models.applications import IncomeBand, Level, SizeBand


class JoinPageFactory(PublishedPageFactory):
    title = "Join the network"
    slug = "join"
    introduction = "<p>Groups led by migrants and refugees join here.</p>"
    mission_statement = "<p>Migrants and refugees speak for themselves.</p>"

    class Meta:
        model = JoinPage


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A full membership application waiting for a decision."""

    language = "en"
    level = Level.FULL
    organisation_name = factory.Sequence(lambda n: f"Applicant Group {n}")
    about = "Advice and solidarity for newly arrived families."
    income_band = IncomeBand.UNDER_10K
    size_band = SizeBand.VOLUNTEERS
    contact_name = "Hana Tesfaye"
    contact_email = factory.Sequence(lambda n: f"contact{n}@applicant.example.org")
    agrees_with_mission = True

    class Meta:
        model = Application


def membership_of(organisation, **fields):
    """The organisation's membership record (made when it was onboarded), with these fields changed."""
    from membership.levels import ensure_membership

    return ensure_membership(organisation, **fields)


def ballot(
    question="Should the network back a 28-day detention limit?",
    options=("Yes", "No"),
    opens_in=-1,
    closes_in=7,
    **fields,
):
    """A ballot in the default language with its options, opening and closing this many days from now."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Locale

    from membership.models import Ballot, BallotOption

    now = timezone.now()
    made = Ballot(
        question=question,
        locale=Locale.get_default(),
        opens_at=now + datetime.timedelta(days=opens_in),
        closes_at=now + datetime.timedelta(days=closes_in),
        **fields,
    )
    made.options = [BallotOption(label=label, locale=made.locale) for label in options]
    made.save()
    return made


class TeamsIndexPageFactory(PublishedPageFactory):
    title = "Project teams"
    introduction = "<p>Where the network's project teams and steering committee work.</p>"

    class Meta:
        model = TeamsIndexPage


def team_page(index, title="Detention project team", convener=None, members=(), **fields):
    """A team published under the index as a network editor publishes it in the admin, with these people on it."""
    page = TeamPage(title=title, convener=convener, **fields)
    page.members = [TeamMember(user=user) for user in members]
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class RegionalGroupsIndexPageFactory(PublishedPageFactory):
    title = "Regional groups"

    class Meta:
        model = RegionalGroupsIndexPage


def regional_group(index, region, coordinators=(), meetings=(), **fields):
    """A region's group published under the index, coordinated by these organisations, with these past meetings
    (dicts of GroupMeeting's fields)."""
    page = RegionalGroupPage(title=fields.pop("title", f"{region.name} network group"), region=region, **fields)
    page.coordinators = [GroupCoordinator(organisation=organisation) for organisation in coordinators]
    page.meetings = [GroupMeeting(**meeting) for meeting in meetings]
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
