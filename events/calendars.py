"""Events as iCalendar (RFC 5545), with the maintained `icalendar` library: times carry their zone
(TZID=Europe/London with its VTIMEZONE), so calendars get GMT and BST right; all-day events are dates."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from hub.absolute_urls import page_url

PRODUCT_ID = "-//The hub//Events//EN"


def event_component(event, stamp):
    component = Event()
    # The same event in every language is one event to a calendar.
    component.add("uid", f"{event.translation_key}@{settings.WAGTAIL_SITE_NAME.replace(' ', '-').lower()}")
    component.add("dtstamp", stamp)
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    if event.all_day:
        component.add("dtstart", start.date())
        component.add("dtend", end.date() + datetime.timedelta(days=1))  # DTEND of a date is exclusive
    else:
        component.add("dtstart", start)
        component.add("dtend", end)
    component.add("summary", event.title)
    component.add("description", event.summary)
    location = ", ".join(part for part in [event.venue_name, " ".join(event.address.split()), event.postcode] if part)
    if location or event.online_link:
        component.add("location", location or event.online_link)
    component.add("url", page_url(event))
    component.add("categories", [event.get_event_type_display()])
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def calendar_for(events, *, name):
    """The calendar file (bytes) for these events."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", strip_tags(str(name)))
    stamp = timezone.now().astimezone(datetime.UTC)
    for event in events:
        calendar.add_component(event_component(event, stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical()
