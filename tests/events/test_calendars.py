"""Calendars: an event's .ics and the listing's feed, valid iCalendar that keeps the right UK time on both
sides of the clock change, parsed with the `icalendar` library."""

import datetime

import icalendar
import pytest

from events.factories import LONDON, EventPageFactory, at

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return calendar


def test_an_events_calendar_file_keeps_its_time_across_the_clock_change(client, events_index):
    # The clocks go forward at 01:00 GMT on 29 March 2026 and back at 01:00 GMT on 25 October 2026.
    spring = EventPageFactory(parent=events_index, title="After the clocks go forward", start=at(2026, 3, 29, 18, 30))
    autumn = EventPageFactory(parent=events_index, title="After the clocks go back", start=at(2026, 10, 25, 18, 30))
    eve = EventPageFactory(parent=events_index, title="Before the clocks go back", start=at(2026, 10, 24, 18, 30))
    expected = {spring: 17, autumn: 18, eve: 17}  # 18:30 in London, in UTC
    for event, utc_hour in expected.items():
        calendar = parse(client.get(event.url + "calendar/"))
        [vevent] = calendar.walk("VEVENT")
        start = vevent.decoded("DTSTART")
        assert start.astimezone(UTC).hour == utc_hour and start.astimezone(UTC).minute == 30
        assert vevent["DTSTART"].params["TZID"] == "Europe/London"
        assert vevent.decoded("DTEND") - start == datetime.timedelta(hours=2)
        assert vevent["UID"] and vevent["DTSTAMP"] and vevent["SUMMARY"] == event.title
        [zone] = calendar.walk("VTIMEZONE")
        assert zone["TZID"] == "Europe/London"
        assert zone.to_tz().utcoffset(datetime.datetime(2026, 7, 1)) == datetime.timedelta(hours=1)
    assert spring.time_range.endswith("BST") and autumn.time_range.endswith("GMT") and eve.time_range.endswith("BST")


def test_an_all_day_event_is_a_date(client, events_index):
    event = EventPageFactory(parent=events_index, title="Vigil", start=at(2026, 6, 13, 9), hours=8, all_day=True)
    [vevent] = parse(client.get(event.url + "calendar/")).walk("VEVENT")
    assert vevent.decoded("DTSTART") == datetime.date(2026, 6, 13)
    assert vevent.decoded("DTEND") == datetime.date(2026, 6, 14)  # exclusive, per RFC 5545


def test_the_listing_feed_honours_the_filters(client, events_index, london):
    from events.factories import in_days

    EventPageFactory(
        parent=events_index, title="London training", event_type="training", start=in_days(5), regions=[london]
    )
    EventPageFactory(parent=events_index, title="Conference", event_type="conference", start=in_days(50))
    EventPageFactory(parent=events_index, title="Past training", event_type="training", start=in_days(-5))
    summaries = lambda query: sorted(  # noqa: E731
        str(vevent["SUMMARY"]) for vevent in parse(client.get(events_index.url + "calendar/", query)).walk("VEVENT")
    )
    assert summaries({}) == ["Conference", "London training"]
    assert summaries({"event_type": "training"}) == ["London training"]
    assert summaries({"region": "london"}) == ["London training"]
    assert summaries({"when": "past"}) == ["Past training"]
    listing = client.get(events_index.url, {"event_type": "training"}).content.decode()
    assert "calendar/?event_type=training" in listing


def test_the_same_event_in_two_languages_is_one_event_to_a_calendar(client, events_index):
    from wagtail.models import Locale

    event = EventPageFactory(parent=events_index, title="Conference", start=at(2030, 5, 1, 9))
    french = event.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.save_revision().publish()
    uids = {str(parse(client.get(page.url + "calendar/")).walk("VEVENT")[0]["UID"]) for page in (event, french)}
    assert len(uids) == 1
    assert LONDON  # the zone the site's times are in


def test_an_events_address_in_its_calendar_file_is_on_the_sites_own_address(client, events_index, settings):
    settings.SITE_URL = "https://hub.example.org"
    event = EventPageFactory(parent=events_index, title="Regional meeting")
    [vevent] = parse(client.get(event.url + "calendar/")).walk("VEVENT")
    assert str(vevent["URL"]) == "https://hub.example.org" + event.url
