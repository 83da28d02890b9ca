"""Sending an issue for real, through a real SMTP server on a local port: one delivery per recipient, batches,
and a send stopped half way by the mail server carried on without sending anyone the issue twice."""

import email
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsletter.factories import SubscriptionFactory
from newsletter.models import Delivery, Issue, IssueItem, Subscription
from tests.support.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def smtp(settings):
    def serving(accept=None):
        server = SMTPServer(accept)
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


def test_a_delivery_claimed_when_a_worker_died_is_not_sent_again(issue, readers, smtp):
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


def test_hard_bounced_addresses_are_unsubscribed(readers):
    out = StringIO()
    call_command("newsletter_bounces", "Reader1@Example.org", "unknown@example.org", stdout=out)
    assert "Unsubscribed: 1" in out.getvalue()
    bounced = Subscription.objects.get(email="reader1@example.org")
    assert bounced.status == Subscription.Status.UNSUBSCRIBED and bounced.bounced_at
