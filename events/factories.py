"""Factories for events, and the UK times they start at."""

import datetime
from zoneinfo import ZoneInfo

import factory

from events.models import EventPage
from hub.factories import PublishedPageFactory

LONDON = ZoneInfo("Europe/London")


def at(year, month, day, hour=18, minute=30):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


def in_days(days, hour=18):
    start = datetime.datetime.now(LONDON).replace(hour=hour, minute=0, second=0, microsecond=0)
    return start + datetime.timedelta(days=days)


class EventPageFactory(PublishedPageFactory):
    """A regional meeting in ten days' time, `hours` long, open for registration."""

    title = factory.Sequence(lambda n: f"Event {n}")
    event_type = EventPage.EventType.REGIONAL_MEETING
    summary = factory.LazyAttribute(lambda event: f"About {event.title}.")
    start = factory.LazyFunction(lambda: in_days(10))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=event.hours))
    registration = EventPage.RegistrationMode.OPEN

    class Meta:
        model = EventPage

    class Params:
        hours = 2
