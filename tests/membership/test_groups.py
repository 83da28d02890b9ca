"""Regional network groups: a page per region with its member organisations, coordinators, next meetings (from the
events plugin through the registry, and none when it is off) and past meetings with their minutes; the admin flags a
group behind on its meetings; regions cover the whole UK."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Locale

from events.factories import EventPageFactory
from events.models import EventPage
from hub.factories import RegionFactory
from hub.models import Region
from membership.factories import RegionalGroupsIndexPageFactory, membership_of, regional_group
from membership.models import GroupCoordinator, GroupMeeting, MembershipSettings, RegionalGroupPage
from tests.support.people import make_member

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def groups_index(home):
    return RegionalGroupsIndexPageFactory(parent=home)


@pytest.fixture
def minutes(db):
    document = get_document_model()(title="Minutes, London, spring")
    document.file.save("london-minutes.txt", ContentFile(b"Present: eleven member organisations."), save=False)
    document.save()
    return document


@pytest.fixture
def london_group(groups_index, london, member_a, minutes):
    membership_of(member_a.organisation, level="full")
    return regional_group(
        groups_index,
        london,
        coordinators=[member_a.organisation],
        meetings=[
            {"date": days_ago(40), "place": "Brixton", "minutes": minutes},
            {"date": days_ago(400), "place": "Online", "summary": "Our first meeting."},
        ],
    )


def test_a_group_page_shows_members_coordinators_and_past_meetings_with_minutes(client, london_group, member_b):
    html = client.get(london_group.url).content.decode()
    assert escape("Amani Women's Group") in html and "Full member" in html
    assert "Baile Refugee Forum" not in html  # in Scotland
    assert html.index("Brixton") < html.index("Our first meeting.")  # newest first
    minutes = london_group.meetings.get(place="Brixton").minutes
    assert minutes.url in html
    assert "/members/?region=london" in html


def test_next_meetings_come_from_the_events_plugin_and_go_when_it_is_off(client, london_group, events_index, settings):
    EventPageFactory(parent=events_index, title="London spring meeting", regions=[london_group.region])
    EventPageFactory(parent=events_index, title="London training", event_type=EventPage.EventType.TRAINING)
    EventPageFactory(parent=events_index, title="Glasgow meeting", regions=[RegionFactory(slug="scotland-x")])
    EventPageFactory(
        parent=events_index,
        title="Last year's meeting",
        regions=[london_group.region],
        start=timezone.now() - datetime.timedelta(days=300),
    )
    html = client.get(london_group.url).content.decode()
    assert "London spring meeting" in html
    for elsewhere_or_past in ("London training", "Glasgow meeting", "Last year&#x27;s meeting"):
        assert elsewhere_or_past not in html
    settings.HUB_DISABLED_PLUGINS = ["events"]
    html = client.get(london_group.url).content.decode()
    assert "London spring meeting" not in html and "No meeting is announced yet." in html


def test_the_index_lists_every_region_with_its_group_and_its_members_in_the_directory(client, london_group, scotland):
    html = client.get(london_group.get_parent().url).content.decode()
    assert f'href="{london_group.url}"' in html
    assert "/members/?region=london" in html and "/members/?region=scotland" in html
    assert "no group yet" in html  # Scotland


def test_one_group_per_region(groups_index, london_group):
    second = RegionalGroupPage(title="Another London group", region=london_group.region)
    with pytest.raises(ValidationError, match="This region has its network group already."):
        second.full_clean()


def test_a_meeting_is_recorded_once_held(london_group):
    meeting = london_group.meetings.first()
    meeting.date = timezone.localdate() + datetime.timedelta(days=30)
    with pytest.raises(ValidationError, match="Record meetings once held"):
        meeting.full_clean()


def test_the_admin_flags_a_group_behind_on_its_meetings(client_for, network_editor, london_group, member_a):
    client = client_for(network_editor)
    html = client.get(reverse("membership_groups")).content.decode()
    assert "1 of 2" in html and "Behind" in html
    GroupMeeting.objects.create(group=london_group, date=days_ago(200), place="Croydon")
    html = client.get(reverse("membership_groups")).content.decode()
    assert "2 of 2" in html and "On track" in html
    config = MembershipSettings.load()
    config.group_meetings_per_year = 3
    config.save()
    assert "Behind" in client.get(reverse("membership_groups")).content.decode()
    refused = client_for(member_a.editor).get(reverse("membership_groups"))
    assert refused.status_code in (302, 403) and "Croydon" not in refused.content.decode()


def test_group_pages_take_a_bounded_number_of_queries(
    client, groups_index, london_group, directory, django_assert_max_num_queries
):
    client.get(london_group.url)
    with django_assert_max_num_queries(40) as few:
        assert client.get(london_group.url).status_code == 200
    few = len(few)  # counted now: the connection's log of queries is bounded
    others = [
        make_member(f"London Group {number}", f"editor{number}@london.example.org", regions=["london"])
        for number in range(5)
    ]
    for other in others:
        GroupCoordinator.objects.create(group=london_group, organisation=other.organisation)
    for number in range(5):
        GroupMeeting.objects.create(group=london_group, date=days_ago(10 + number), place=f"Hall {number}")
    with django_assert_max_num_queries(few):
        assert client.get(london_group.url).status_code == 200
    with django_assert_max_num_queries(25) as index_queries:
        assert client.get(groups_index.url).status_code == 200
    index_queries = len(index_queries)  # counted now: the connection's log of queries is bounded
    for slug in ("wales", "north-east", "south-west"):
        RegionFactory(slug=slug, name=slug.title())
    with django_assert_max_num_queries(index_queries):
        assert client.get(groups_index.url).status_code == 200


BEFORE = [("membership", "0007_regional_groups")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_adds_the_missing_uk_regions_and_keeps_the_existing_ones():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    OldRegion = old.get_model("hub", "Region")
    locale_id = old.get_model("wagtailcore", "Locale").objects.get(language_code="en").pk
    OldRegion.objects.create(slug="london", name="Greater London", locale_id=locale_id)
    OldRegion.objects.create(slug="cornwall", name="Cornwall", locale_id=locale_id)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    regions = dict(Region.objects.filter(locale=Locale.get_default()).values_list("slug", "name"))
    assert regions["london"] == "Greater London" and regions["cornwall"] == "Cornwall"
    assert {"north-east", "east-midlands", "south-east", "south-west", "northern-ireland", "wales"} <= set(regions)
    assert len(regions) == 13
    assert len(set(Region.objects.values_list("translation_key", flat=True))) == 13


def test_the_map_links_each_region_to_its_group_or_its_members_without_script(
    client, london_group, scotland, directory
):
    for page in (london_group.get_parent(), directory):
        html = client.get(page.url).content.decode()
        svg = html[html.index("<svg") : html.index("</svg>")]
        assert "<script" not in svg
        assert 'aria-labelledby="regions-map-title regions-map-desc"' in svg
        assert '<title id="regions-map-title">Map of the UK' in svg
        assert f'<a href="{london_group.url}"' in svg  # London has its group
        assert '<a href="/en/members/?region=scotland"' in svg  # Scotland has none yet: its members
        assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing from elsewhere
        assert "/members/?region=london" in html[html.index("</svg>") :]  # the list says it too
