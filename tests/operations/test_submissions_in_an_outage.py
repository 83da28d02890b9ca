"""A submission and its confirmation email are committed together: a database lost just after the submission
was saved cannot keep a pledge or a registration whose email is never sent."""

from contextlib import contextmanager

import pytest
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.test import Client
from django_tasks_db.models import DBTaskResult

from campaigns.models import Pledge
from events.factories import EventPageFactory
from events.models import Registration
from tests.support.outage import end_this_connection
from tests.support.pages import registration_data

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL ends the connection"),
]


@contextmanager
def database_lost_once_saved(model):
    """PostgreSQL ends the connection as soon as the transaction that saved a `model` row commits."""

    def lose_it(sender, **kwargs):
        transaction.on_commit(end_this_connection)

    post_save.connect(lose_it, sender=model)
    try:
        yield
    finally:
        post_save.disconnect(lose_it, sender=model)
        connection.close()  # the connection is gone: the next query opens a new one


def queued_emails_to(address):
    return [
        result
        for result in DBTaskResult.objects.filter(task_path="hub.mail.deliver_email")
        if address in result.args_kwargs["args"][0]["to"]
    ]


def test_a_pledge_saved_as_the_database_goes_away_has_its_confirmation_queued(
    database_queue, queued_mail, network_campaign
):
    with database_lost_once_saved(Pledge):
        Client(raise_request_exception=False).post(
            network_campaign.url + "pledge/",
            {"name": "Amina", "email": "amina@example.org", "postcode": "E8 1DY", "website": ""},
        )

    assert Pledge.objects.filter(email="amina@example.org").count() == 1
    assert len(queued_emails_to("amina@example.org")) == 1


def test_a_registration_saved_as_the_database_goes_away_has_its_confirmation_queued(
    database_queue, queued_mail, events_index
):
    event = EventPageFactory(parent=events_index, title="Regional meeting", capacity=10)
    with database_lost_once_saved(Registration):
        Client(raise_request_exception=False).post(event.url + "register/", registration_data())

    assert Registration.objects.filter(email="amina@example.org").count() == 1
    assert len(queued_emails_to("amina@example.org")) == 1
