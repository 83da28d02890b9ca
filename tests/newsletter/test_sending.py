"""Sending an issue for real, through a real SMTP server on a local port: one delivery per recipient, batches,
and a send stopped half way by the mail server carried on without sending anyone the issue twice."""

import email
import time
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from newsletter.factories import SubscriptionFactory
from newsletter.models import Delivery, Issue, IssueItem, Subscription
from tests.support.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def smtp(settings):
    def serving(accept=None, refuse=None):
        server = SMTPServer(accept, refuse=refuse)
        settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        return server

    return serving


@pytest.fixture
def issue(newsletter_page):
    issue = Issue.objects.create(
        language="en",
        subject="This week in the network",
        introduction="Hello all.",
        status=Issue.Status.APPROVED,
        scheduled_for=timezone.now() - timedelta(minutes=1),
    )
    IssueItem.objects.create(issue=issue, title="Spring assembly", url="http://testserver/en/news/assembly/")
    return issue


@pytest.fixture
def readers(db):
    readers = [SubscriptionFactory(email=f"reader{number}@example.org") for number in range(5)]
    SubscriptionFactory(email="french@example.org", language="fr")
    SubscriptionFactory(email="pending@example.org", status=Subscription.Status.PENDING)
    SubscriptionFactory(email="left@example.org", status=Subscription.Status.UNSUBSCRIBED)
    return sorted(reader.email for reader in readers)


def test_an_issue_goes_to_its_languages_confirmed_subscribers_once_each_with_one_click_unsubscribe(
    issue, readers, smtp, settings
):
    settings.HUB_NEWSLETTER_BATCH_SIZE = 2
    with smtp() as server:
        assert call_command("newsletter_send", stdout=StringIO()) is None
    assert sorted(server.recipients()) == readers
    message = email.message_from_bytes(server.messages[0][1])
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/unsubscribe/" in message["List-Unsubscribe"]
    html = next(part for part in message.walk() if part.get_content_type() == "text/html")
    body = html.get_payload(decode=True).decode()
    assert "Spring assembly" in body and "/manage/" in body and "<img" not in body
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT and issue.sent_at
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 5


def test_a_send_stopped_half_way_carries_on_and_nobody_gets_the_issue_twice(issue, readers, smtp, settings):
    settings.HUB_NEWSLETTER_BATCH_SIZE = 2
    settings.HUB_NEWSLETTER_RETRY_SECONDS = 0  # the rerun comes after the wait
    with smtp(accept=3) as failing:  # takes three emails, then goes down
        call_command("newsletter_send", stdout=StringIO())
    assert len(failing.recipients()) == 3
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENDING
    failed = Delivery.objects.get(status=Delivery.Status.FAILED)
    assert failed.attempts == 1 and "421" in failed.error

    with smtp() as working:  # run again, as the scheduler does
        call_command("newsletter_send", stdout=StringIO())
    assert sorted(failing.recipients() + working.recipients()) == readers
    assert len(working.recipients()) == 2
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT

    with smtp() as again:  # and once more: nothing is left to send
        call_command("newsletter_send", stdout=StringIO())
    assert again.recipients() == []


def test_a_delivery_claimed_when_a_worker_died_is_not_sent_again(issue, readers, smtp, settings):
    settings.HUB_NEWSLETTER_RETRY_SECONDS = 0  # the rerun comes after the wait
    with smtp(accept=0):
        call_command("newsletter_send", stdout=StringIO())
    # A worker killed between the server taking the email and the record saying so leaves it claimed.
    claimed = Delivery.objects.filter(status=Delivery.Status.FAILED).first()
    Delivery.objects.filter(pk=claimed.pk).update(status=Delivery.Status.SENDING)
    with smtp() as server:
        call_command("newsletter_send", stdout=StringIO())
    assert claimed.subscription.email not in server.recipients()
    assert len(server.recipients()) == 4


def test_drafts_and_issues_not_yet_due_are_not_sent(issue, readers, smtp):
    Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.DRAFT)
    Issue.objects.create(
        language="en", subject="Later", status=Issue.Status.APPROVED, scheduled_for=timezone.now() + timedelta(hours=1)
    )
    with smtp() as server:
        call_command("newsletter_send", stdout=StringIO())
    assert server.messages == []


def test_the_send_keeps_to_the_networks_rate(issue, readers, smtp, settings):
    settings.HUB_NEWSLETTER_BATCH_SIZE = 2
    settings.HUB_NEWSLETTER_EMAILS_PER_MINUTE = 600  # ten a second
    started = time.monotonic()
    with smtp() as server:
        call_command("newsletter_send", "--now", stdout=StringIO())
    # Five emails in batches of two: after the first two batches, the wait the rate asks (0.2 s each).
    assert time.monotonic() - started >= 0.4
    assert sorted(server.recipients()) == readers


def test_with_the_database_queue_each_batch_queues_the_next_for_when_the_rate_allows(issue, readers, smtp, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.HUB_NEWSLETTER_BATCH_SIZE = 2
    settings.HUB_NEWSLETTER_EMAILS_PER_MINUTE = 6  # one every ten seconds
    call_command("newsletter_send", stdout=StringIO())
    call_command("newsletter_send", stdout=StringIO())  # the scheduler again, before the worker: queued once
    assert DBTaskResult.objects.count() == 1
    with smtp() as server:
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert len(server.recipients()) == 2
    next_batch = DBTaskResult.objects.get(status="READY")
    assert next_batch.task_path == "newsletter.sending.send_issue"
    assert timedelta(seconds=15) < next_batch.run_after - timezone.now() <= timedelta(seconds=20)
    call_command("newsletter_send", stdout=StringIO())  # a send under way is not queued a second time
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_an_address_the_server_refuses_fails_alone_and_is_retried_on_the_next_run(issue, readers, smtp, settings):
    refused = readers[1]
    with smtp(refuse=refused) as server:
        call_command("newsletter_send", "--now", stdout=StringIO())
    assert sorted(server.recipients()) == [reader for reader in readers if reader != refused]
    failed = Delivery.objects.get(status=Delivery.Status.FAILED)
    assert failed.subscription.email == refused and "550" in failed.error
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENDING  # not tried again at once
    settings.HUB_NEWSLETTER_MAX_ATTEMPTS = 2
    settings.HUB_NEWSLETTER_RETRY_SECONDS = 0  # the next run, after the wait
    with smtp(refuse=refused) as server:  # refused again: given up after its last attempt, the issue is sent
        call_command("newsletter_send", "--now", stdout=StringIO())
    assert server.recipients() == []
    assert Delivery.objects.get(status=Delivery.Status.FAILED).attempts == 2
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENT


def test_hard_bounced_addresses_are_unsubscribed(readers):
    out = StringIO()
    call_command("newsletter_bounces", "Reader1@Example.org", "unknown@example.org", stdout=out)
    assert "Unsubscribed: 1" in out.getvalue()
    bounced = Subscription.objects.get(email="reader1@example.org")
    assert bounced.status == Subscription.Status.UNSUBSCRIBED and bounced.bounced_at
