"""Capacity holds when many people register at the same moment: the event's row is locked while places are
counted. Only PostgreSQL runs the registrations truly in parallel."""

import threading

import pytest
from django.db import connection, connections

from events.factories import EventPageFactory
from events.models import Registration
from events.registration import register

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = 12
PLACES = 5


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite lets one writer in at a time, so parallel registrations cannot race there; "
    "run with DATABASE_URL=postgres://… to test the row lock.",
)
def test_parallel_registrations_never_overbook(events_index):
    event = EventPageFactory(parent=events_index, title="Annual conference", capacity=PLACES)
    start = threading.Barrier(PEOPLE)
    errors = []

    def register_one(number):
        try:
            start.wait()
            register(event, name=f"Person {number}", email=f"person{number}@example.org")
        except Exception as error:  # noqa: BLE001 -- reported below: a thread's exception would otherwise vanish
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register_one, args=(number,)) for number in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    confirmed = Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count()
    waiting = Registration.objects.filter(event=event, status=Registration.Status.WAITING).count()
    assert (confirmed, waiting) == (PLACES, PEOPLE - PLACES)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="See test_parallel_registrations_never_overbook.")
def test_the_same_person_registering_twice_at_once_gets_one_place(events_index):
    from events.registration import AlreadyRegistered

    event = EventPageFactory(parent=events_index, title="Training", capacity=PLACES)
    start = threading.Barrier(4)
    outcomes = []

    def register_again():
        try:
            start.wait()
            register(event, name="Amina", email="amina@example.org")
            outcomes.append("registered")
        except AlreadyRegistered:
            outcomes.append("duplicate")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register_again) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["duplicate", "duplicate", "duplicate", "registered"]
    assert Registration.objects.filter(event=event).count() == 1
