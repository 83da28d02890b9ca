"""Event times in the reader's digits where CLDR gives the language its own (Persian ۰–۹, Central Kurdish ٠–٩):
on the page, in the confirmation email; the datetime attribute and the calendar file stay ASCII for machines."""

import re

import icalendar
import pytest
from django.core import mail
from wagtail.models import Locale

from events.factories import EventPageFactory, at
from hub.setup import synchronise_trees
from tests.support.pages import registration_data

pytestmark = pytest.mark.django_db
ASCII_DIGIT = re.compile(r"[0-9]")


@pytest.fixture
def event(events_index):
    event = EventPageFactory(
        parent=events_index, title="Question Time in Lewisham", start=at(2026, 3, 26), hours=2, capacity=10
    )
    synchronise_trees()
    return event


def in_language(event, language):
    return event.get_translation(Locale.objects.get(language_code=language))


@pytest.mark.parametrize(
    ("language", "digits"), [("fa", "۲۶.*۲۰۲۶.*۱۸:۳۰–۲۰:۳۰"), ("ckb", "٢٦.*٢٠٢٦.*٦:٣٠ د.ن–٨:٣٠ د.ن")]
)
def test_an_event_page_gives_its_time_in_the_languages_digits(client, event, language, digits):
    html = client.get(in_language(event, language).url).content.decode()
    [(attribute, shown)] = re.findall(r'<dd><time datetime="([^"]+)">([^<]+)</time>', html)
    assert attribute == "2026-03-26T18:30:00+00:00"
    assert re.search(digits, shown)
    assert not ASCII_DIGIT.search(shown)


@pytest.mark.parametrize("language", ["en", "fr", "so"])
def test_languages_written_with_latin_digits_keep_them(client, event, language):
    html = client.get(in_language(event, language).url).content.decode()
    [shown] = re.findall(r'<dd><time datetime="[^"]+">([^<]+)</time>', html)
    assert "26" in shown and "2026" in shown
    assert all(character in "0123456789" for character in shown if character.isdigit())


def test_the_confirmation_email_gives_the_time_in_persian_digits_and_the_calendar_file_stays_ascii(
    client, events_index
):
    # In the future: a past event takes no registrations.
    event = EventPageFactory(parent=events_index, title="Training", start=at(2027, 3, 25), hours=2, capacity=10)
    persian = event.copy_for_translation(Locale.objects.get(language_code="fa"), copy_parents=True)
    persian.save_revision().publish()
    response = client.post(persian.url + "register/", registration_data())
    assert response.status_code == 200
    [message] = mail.outbox
    assert "۱۸:۳۰–۲۰:۳۰" in message.body and "18:30" not in message.body
    [(_filename, content, _mimetype)] = message.attachments
    assert "DTSTART;TZID=Europe/London:20270325T183000" in str(content)
    [vevent] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert vevent.decoded("DTSTART") == event.start


def test_the_calendar_file_of_a_persian_event_keeps_machine_fields_ascii(client, event):
    content = client.get(in_language(event, "fa").url + "calendar/").content
    assert b"DTSTART;TZID=Europe/London:20260326T183000" in content
    assert not re.search("[۰-۹]", content.decode())


def test_a_persian_listing_counts_its_events_in_persian_digits(client, events_index):
    EventPageFactory(parent=events_index, title="Training", start=at(2027, 3, 25), hours=2)
    synchronise_trees()
    html = client.get(in_language(events_index, "fa").url).content.decode()
    count = re.search(r'<p class="result-count"[^>]*>(.*?)</p>', html, re.S).group(1)
    assert "۱" in count and not ASCII_DIGIT.search(count)


def test_the_month_calendar_gives_days_and_times_in_the_languages_digits(client, event):
    html = client.get(in_language(event, "ckb").url.rsplit("/", 2)[0] + "/month/", {"month": "2026-03"}).text
    assert '<time datetime="2026-03-26">٢٦</time>' in html
    assert "٦:٣٠ د.ن" in html and "18:30" not in html
