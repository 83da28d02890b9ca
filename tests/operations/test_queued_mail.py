"""Every email is queued and sent by the worker, retried with a growing wait, and shown when it fails for good."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

# The worker checks its connection as in production, closing one held in a transaction: no test transaction.
pytestmark = pytest.mark.django_db(transaction=True)

UNREACHABLE = "tests.hub.failing_mail.UnreachableServerBackend"


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def queued():
    """The task waiting in the queue, due or not."""
    return DBTaskResult.objects.get(status="READY")


def make_due(result):
    """The wait before a retry has passed."""
    DBTaskResult.objects.filter(pk=result.pk).update(run_after=timezone.now() - timedelta(seconds=1))


def test_a_message_is_queued_and_sent_by_the_worker_as_it_was_written(database_queue, queued_mail):
    message = EmailMultiAlternatives(
        "Your place", "See you there.", "hub@example.org", ["amina@example.org"], reply_to=["team@example.org"]
    )
    message.attach_alternative("<p>See you there.</p>", "text/html")
    message.attach("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.attach("ticket.pdf", b"%PDF-1.4 \xff\x00", "application/pdf")
    message.send()

    assert mail.outbox == []
    assert DBTaskResult.objects.ready().count() == 1
    run_worker()

    [sent] = mail.outbox
    assert (sent.subject, sent.body, sent.from_email, sent.to, sent.reply_to) == (
        "Your place",
        "See you there.",
        "hub@example.org",
        ["amina@example.org"],
        ["team@example.org"],
    )
    assert sent.alternatives == [("<p>See you there.</p>", "text/html")]
    assert sent.attachments == [
        ("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"),
        ("ticket.pdf", b"%PDF-1.4 \xff\x00", "application/pdf"),
    ]


def test_a_failing_mail_server_gets_retries_with_a_growing_wait_then_the_mail_goes(
    database_queue, queued_mail, settings
):
    settings.HUB_EMAIL_DELIVERY_BACKEND = UNREACHABLE
    settings.HUB_EMAIL_RETRY_SECONDS = 60
    assert send_mail("Your pledge", "Thank you.", None, ["amina@example.org"]) == 1

    run_worker()
    first_retry = queued()
    assert first_retry.args_kwargs["args"][1] == 2
    assert timedelta(seconds=50) < first_retry.run_after - timezone.now() <= timedelta(seconds=60)
    make_due(first_retry)
    run_worker()
    second_retry = queued()
    assert timedelta(seconds=110) < second_retry.run_after - timezone.now() <= timedelta(seconds=120)
    assert mail.outbox == []

    settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    make_due(second_retry)
    run_worker()
    assert [message.subject for message in mail.outbox] == ["Your pledge"]
    assert not DBTaskResult.objects.failed().exists()


def test_mail_given_up_after_its_attempts_shows_to_administrators_only(
    database_queue, queued_mail, settings, client, administrator, network_editor
):
    settings.HUB_EMAIL_DELIVERY_BACKEND = UNREACHABLE
    settings.HUB_EMAIL_MAX_ATTEMPTS = 2
    send_mail("Your access", "The link.", None, ["kofi@example.org"])
    run_worker()
    make_due(queued())
    run_worker()

    assert not DBTaskResult.objects.filter(status="READY").exists()
    failed = DBTaskResult.objects.failed().get()
    assert failed.exception_class_path == "smtplib.SMTPConnectError"

    client.force_login(administrator)
    page = client.get("/admin/reports/failed-tasks/").content.decode()
    assert "deliver_email" in page
    assert "kofi@example.org" in page
    assert "SMTPConnectError" in page

    client.force_login(network_editor)
    response = client.get("/admin/reports/failed-tasks/")
    assert response.status_code in (302, 403)
    assert "kofi@example.org" not in response.content.decode()
