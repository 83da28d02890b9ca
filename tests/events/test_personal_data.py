"""Registrations are personal data: exported and erased per address through the hub's one command, and deleted
HUB_EVENTS_RETENTION_DAYS after their event."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from events.factories import EventPageFactory, in_days
from events.models import Registration

pytestmark = pytest.mark.django_db


def registration(event, email, status="confirmed"):
    return Registration.objects.create(event=event, name="Amina", email=email, language="en", status=status)


def test_export_and_erase_one_address_across_all_events(events_index):
    first = EventPageFactory(parent=events_index, title="Training", capacity=1)
    second = EventPageFactory(parent=events_index, title="Conference", start=in_days(30))
    registration(first, "amina@example.org")
    waiting = registration(first, "yonas@example.org", status="waiting")
    registration(second, "amina@example.org")

    output = StringIO()
    call_command("hub_personal_data", "export", " Amina@Example.org", stdout=output)
    exported = json.loads(output.getvalue())["event_registrations"]
    assert sorted(record["event"] for record in exported) == ["Conference", "Training"]

    call_command("hub_personal_data", "erase", "AMINA@example.org", stdout=StringIO())
    assert list(Registration.objects.values_list("email", flat=True)) == ["yonas@example.org"]
    waiting.refresh_from_db()
    assert waiting.status == "confirmed", "the erased place went to the waiting list"


def test_registrations_are_deleted_after_the_retention_period(events_index, settings):
    settings.HUB_EVENTS_RETENTION_DAYS = 30
    long_ago = EventPageFactory(parent=events_index, title="Long ago", start=in_days(-31))
    recent = EventPageFactory(parent=events_index, title="Recent", start=in_days(-29))
    coming = EventPageFactory(parent=events_index, title="Coming", start=in_days(3))
    for event in (long_ago, recent, coming):
        registration(event, "amina@example.org")
    output = StringIO()
    call_command("hub_personal_data", "purge-expired", stdout=output)
    assert '"event_registrations": 1' in output.getvalue()
    assert sorted(Registration.objects.values_list("event__title", flat=True)) == ["Coming", "Recent"]


def test_the_retention_period_is_read_from_the_environment(events_index, monkeypatch):
    monkeypatch.setenv("HUB_EVENTS_RETENTION_DAYS", "90")
    two_months_ago = EventPageFactory(parent=events_index, title="Two months ago", start=in_days(-60))
    four_months_ago = EventPageFactory(parent=events_index, title="Four months ago", start=in_days(-120))
    for event in (two_months_ago, four_months_ago):
        registration(event, "amina@example.org")
    call_command("hub_personal_data", "purge-expired", stdout=StringIO())
    assert list(Registration.objects.values_list("event__title", flat=True)) == ["Two months ago"]
