"""The events plugin's demo builder: at least 20 events over the demo's regions and members, past and to come."""

import pytest
from django.utils import timezone
from wagtail.models import Locale

from events.demo import demo_data
from events.models import EventIndexPage, EventPage, Registration

pytestmark = pytest.mark.django_db
ANNUAL_CONFERENCE = next(event["title"] for event in demo_data().content["events"] if event["type"] == "conference")


def english_events():
    return EventPage.objects.live().filter(locale=Locale.get_default(), alias_of__isnull=True)


def test_demo_events_spread_over_time_regions_and_organisers(demo_output):
    events = english_events()
    now = timezone.now()
    assert events.count() >= 20
    assert events.filter(end__lt=now).count() >= 3
    assert events.filter(start__gt=now).count() >= 3
    assert events.values("regions").exclude(regions=None).distinct().count() >= 4
    assert events.exclude(organisation=None).values("organisation").distinct().count() >= 5
    assert events.filter(organisation=None).exists()  # the network's own events
    assert events.filter(event_type=EventPage.EventType.QUESTION_TIME).count() >= 1
    conference = events.get(title=ANNUAL_CONFERENCE)
    assert conference.event_type == EventPage.EventType.CONFERENCE and conference.organisation is None


def test_demo_events_have_registrations_and_a_waiting_list(demo_output):
    registrations = Registration.objects.filter(event__in=english_events())
    assert registrations.values("event").distinct().count() >= 2
    assert registrations.filter(event__title=ANNUAL_CONFERENCE, status=Registration.Status.CONFIRMED).exists()
    assert registrations.filter(status=Registration.Status.WAITING).exists()


def test_a_visitor_finds_the_demo_events_upcoming_and_past(demo_output, client):
    listing = EventIndexPage.objects.get(locale=Locale.get_default())
    upcoming = client.get(listing.url, {"event_type": "conference"})
    past = client.get(listing.url, {"when": "past"})
    assert upcoming.status_code == past.status_code == 200
    assert ANNUAL_CONFERENCE in [event.title for event in upcoming.context["events"]]
    assert past.context["events"] and all(event.is_past for event in past.context["events"])
    question_time = english_events().filter(event_type=EventPage.EventType.QUESTION_TIME).first()
    assert "Question Time meeting" in client.get(question_time.url).content.decode()
