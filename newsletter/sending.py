"""Sending an issue for real: one delivery record per recipient, made before anything is sent, then batches of
emails through the real mail backend (HUB_EMAIL_DELIVERY_BACKEND: SMTP by default, django-anymail by settings),
each delivery marked sent as soon as the server has taken it.

Batches go at the rate the network sets (newsletter.conf.emails_per_minute()): with the database queue each
batch is a background task that queues the next one for when the rate allows; `hub newsletter_send --now`, and
a task backend that runs tasks at once, send batch after batch in one process, waiting between them.

A send that stops half way (a worker killed, a mail server gone) is run again the same way, and carries on
with the deliveries still waiting or failed: nobody gets the issue twice. A delivery is claimed ("being sent")
before its email leaves, so a worker killed in the instant between the server taking an email and the record
saying so leaves that one delivery claimed, and it is not sent again: at most once, never twice.
A failure is recorded on its delivery, which is tried again newsletter.conf.retry_seconds() later, until it has
failed newsletter.conf.max_attempts() times and is given up. When the server itself fails the send stops and
carries on after that wait; an address the server refuses fails alone, and the batch goes on."""

import logging
import smtplib
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from hub.caching import purge_page_versions
from newsletter import conf
from newsletter.models import Delivery, Issue, Subscription
from newsletter.subscribing import newsletter_email, page_in

logger = logging.getLogger(__name__)


def make_deliveries(issue):
    """A waiting delivery for every confirmed subscriber in the issue's language who has none yet."""
    subscribers = Subscription.objects.filter(status=Subscription.Status.CONFIRMED, language=issue.language)
    new = subscribers.exclude(deliveries__issue=issue).values_list("pk", flat=True).iterator(chunk_size=2000)
    batch = []
    for subscription_id in new:
        batch.append(Delivery(issue=issue, subscription_id=subscription_id))
        if len(batch) >= 2000:
            Delivery.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    Delivery.objects.bulk_create(batch, ignore_conflicts=True)


def still_to_send(issue):
    """Deliveries waiting, or failed with attempts left (due again or not)."""
    return Delivery.objects.filter(
        Q(status=Delivery.Status.WAITING) | Q(status=Delivery.Status.FAILED, attempts__lt=conf.max_attempts()),
        issue=issue,
        subscription__status=Subscription.Status.CONFIRMED,
    )


def retry_after():
    """A failure from before this moment is due to be tried again."""
    return timezone.now() - timedelta(seconds=conf.retry_seconds())


def due_now(issue):
    return still_to_send(issue).exclude(status=Delivery.Status.FAILED, failed_at__gt=retry_after())


def seconds_until_next_retry(issue):
    failures = still_to_send(issue).filter(status=Delivery.Status.FAILED).order_by("failed_at")
    next_failure = failures.values_list("failed_at", flat=True).first()
    return max(0.0, (next_failure - retry_after()).total_seconds()) if next_failure else 0.0


def claim(delivery):
    """True if this run may send the delivery: no other run has claimed or sent it meanwhile."""
    return bool(
        Delivery.objects.filter(pk=delivery.pk, status=delivery.status)
        .exclude(status__in=[Delivery.Status.SENDING, Delivery.Status.SENT])
        .update(status=Delivery.Status.SENDING, attempts=F("attempts") + 1)
    )


def in_order_of_interest(items, subscription):
    """The items on the subscriber's themes or regions first, each group in the issue's order."""
    interests = {str(term.translation_key) for term in [*subscription.themes.all(), *subscription.regions.all()]}
    return sorted(items, key=lambda item: not interests.intersection(item.interests))


@dataclass
class Batch:
    sent: int
    failed: bool  # the mail server failed: the send waits conf.retry_seconds()
    more: bool  # deliveries are still to be sent
    due: bool  # some of them may be sent now (the others failed too recently)
    wait: float  # seconds before the next batch: to keep to the rate, or until a failure is due again


def send_batch(issue, connection, page):
    """Sends up to conf.batch_size() deliveries; returns how many were sent, and whether the server failed."""
    sent = 0
    items = list(issue.items.all())
    deliveries = (
        due_now(issue)
        .select_related("subscription")
        .prefetch_related("subscription__themes", "subscription__regions")
        .order_by("pk")[: conf.batch_size()]
    )
    for delivery in deliveries:
        if not claim(delivery):
            continue
        context = {"issue": issue, "items": in_order_of_interest(items, delivery.subscription)}
        message = newsletter_email(delivery.subscription, issue.subject, "issue", context, page=page)
        try:
            connection.send_messages([message])
        except Exception as error:
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Delivery.Status.FAILED, failed_at=timezone.now(), error=repr(error)[:2000]
            )
            logger.warning("Issue %s to subscription %s failed", issue.pk, delivery.subscription_id, exc_info=True)
            if isinstance(error, smtplib.SMTPRecipientsRefused):
                continue  # this address, not the server
            return sent, True
        Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.SENT, sent_at=timezone.now(), error="")
        sent += 1
    return sent, False


def pause_for_rate(sent, seconds_taken):
    """How long to wait after a batch of `sent` emails that took `seconds_taken`, to keep to the rate."""
    rate = conf.emails_per_minute()
    return max(0.0, sent * 60 / rate - seconds_taken) if rate else 0.0


def send_next_batch(issue_id):
    """Starts the issue's send if it is approved (its deliveries made), sends its next batch and finishes it
    when nobody is left; returns the Batch, or None when the issue is not being sent."""
    issue = Issue.objects.filter(pk=issue_id, status__in=[Issue.Status.APPROVED, Issue.Status.SENDING]).first()
    if issue is None:
        return None
    if issue.status == Issue.Status.APPROVED:
        make_deliveries(issue)
        Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENDING)
    page = page_in(issue.language)
    started = time.monotonic()
    connection = get_connection(settings.HUB_EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        with connection:
            sent, failed = send_batch(issue, connection, page)
    except Exception:  # the connection itself failed: nothing of this batch was sent
        logger.warning("Issue %s: the mail server failed", issue.pk, exc_info=True)
        sent, failed = 0, True
    more = still_to_send(issue).exists()
    if not more:
        Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENT, sent_at=timezone.now())
        if page is not None:
            purge_page_versions(page)  # the archive lists it now
    due = more and due_now(issue).exists()
    if failed:
        wait = conf.retry_seconds()
    elif more and not due:
        wait = seconds_until_next_retry(issue)
    else:
        wait = pause_for_rate(sent, time.monotonic() - started)
    return Batch(sent=sent, failed=failed, more=more, due=due, wait=wait)


def send_until_done(issue_id):
    """Sends the issue batch after batch in this process, at the rate; stops at the mail server's first failure,
    or when only failures not yet due again are left: the next run carries on from there."""
    sent = 0
    while (batch := send_next_batch(issue_id)) is not None:
        sent += batch.sent
        if batch.failed or not batch.due:
            return {"sent": sent, "failed": batch.failed}
        time.sleep(batch.wait)
    return {"sent": sent, "failed": False}


@task()
def send_issue(issue_id):
    """Sends the issue's next batch, then queues itself for when the rate allows the next one (after a failure,
    conf.retry_seconds() later)."""
    if not send_issue.get_backend().supports_defer:
        # A backend that runs tasks at once has no queue to come back through later.
        return send_until_done(issue_id)
    batch = send_next_batch(issue_id)
    if batch is None:
        return {"sent": 0, "failed": False}
    if batch.more:
        send_issue.using(run_after=timezone.now() + timedelta(seconds=batch.wait)).enqueue(issue_id)
    return {"sent": batch.sent, "failed": batch.failed}


def due_issues():
    """Approved issues whose time has come, and those left sending (a send stopped by a crash): what
    `newsletter_send --now` sends."""
    due = Issue.objects.filter(
        Q(status=Issue.Status.APPROVED, scheduled_for__lte=timezone.now()) | Q(status=Issue.Status.SENDING)
    )
    return list(due.values_list("pk", flat=True))


def send_due_issues():
    """Queues the send of each approved issue whose time has come, once (two schedulers at once start it once):
    its batches then queue one another, and the worker runs again a batch whose worker died (hub.worker). With a
    backend that runs tasks at once, nothing holds a send for later: the sends under way are queued again here.
    Returns the ids of the issues queued."""
    keeps_tasks = send_issue.get_backend().supports_defer
    queued = []
    for issue in Issue.objects.filter(status=Issue.Status.APPROVED, scheduled_for__lte=timezone.now()):
        make_deliveries(issue)
        with transaction.atomic():
            if not Issue.objects.filter(pk=issue.pk, status=Issue.Status.APPROVED).update(status=Issue.Status.SENDING):
                continue
            if keeps_tasks:
                send_issue.enqueue(issue.pk)  # in the same transaction: started and queued, or neither
        queued.append(issue.pk)
    if not keeps_tasks:
        queued = list(Issue.objects.filter(status=Issue.Status.SENDING).values_list("pk", flat=True))
        for issue_id in queued:
            send_issue.enqueue(issue_id)
    return queued
