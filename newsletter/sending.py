"""Sending an issue for real: one delivery record per recipient, made before anything is sent, then batches of
emails through the real mail backend (HUB_EMAIL_DELIVERY_BACKEND: SMTP by default, django-anymail by settings),
each delivery marked sent as soon as the server has taken it.

A send that stops half way (a worker killed, a mail server gone) is run again the same way, and carries on
with the deliveries still waiting or failed: nobody gets the issue twice. A delivery is claimed ("being sent")
before its email leaves, so a worker killed in the instant between the server taking an email and the record
saying so leaves that one delivery claimed, and it is not sent again: at most once, never twice.
A failure is recorded on its delivery; the send stops and carries on after newsletter.conf.retry_seconds(), and
a delivery that failed newsletter.conf.max_attempts() times is given up."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
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
    return Delivery.objects.filter(
        Q(status=Delivery.Status.WAITING) | Q(status=Delivery.Status.FAILED, attempts__lt=conf.max_attempts()),
        issue=issue,
        subscription__status=Subscription.Status.CONFIRMED,
    )


def claim(delivery):
    """True if this run may send the delivery: no other run has claimed or sent it meanwhile."""
    return bool(
        Delivery.objects.filter(pk=delivery.pk, status=delivery.status)
        .exclude(status__in=[Delivery.Status.SENDING, Delivery.Status.SENT])
        .update(status=Delivery.Status.SENDING, attempts=F("attempts") + 1)
    )


def send_batch(issue, connection, page):
    """Sends up to conf.batch_size() deliveries; returns how many were sent, or None when one failed."""
    sent = 0
    items = list(issue.items.all())
    deliveries = still_to_send(issue).select_related("subscription").order_by("pk")[: conf.batch_size()]
    for delivery in deliveries:
        if not claim(delivery):
            continue
        message = newsletter_email(
            delivery.subscription, issue.subject, "issue", {"issue": issue, "items": items}, page=page
        )
        try:
            connection.send_messages([message])
        except Exception as error:
            Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.FAILED, error=repr(error)[:2000])
            logger.warning("Issue %s to subscription %s failed", issue.pk, delivery.subscription_id, exc_info=True)
            return None
        Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.SENT, sent_at=timezone.now(), error="")
        sent += 1
    return sent


@task()
def send_issue(issue_id):
    """Sends the issue's next batch, then queues itself for the next one; after a failure, again later."""
    issue = Issue.objects.filter(pk=issue_id, status__in=[Issue.Status.APPROVED, Issue.Status.SENDING]).first()
    if issue is None:
        return {"sent": 0}
    if issue.status == Issue.Status.APPROVED:
        make_deliveries(issue)
        Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENDING)
    page = page_in(issue.language)
    connection = get_connection(settings.HUB_EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        with connection:
            sent = send_batch(issue, connection, page)
    except Exception:  # the connection itself failed: nothing of this batch was sent
        logger.warning("Issue %s: the mail server failed", issue.pk, exc_info=True)
        sent = None
    backend = send_issue.get_backend()
    if sent is None:
        if backend.supports_defer:
            send_issue.using(run_after=timezone.now() + timedelta(seconds=conf.retry_seconds())).enqueue(issue.pk)
        return {"sent": 0, "failed": True}
    if still_to_send(issue).exists():
        send_issue.enqueue(issue.pk)
    else:
        Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENT, sent_at=timezone.now())
        if page is not None:
            purge_page_versions(page)  # the archive lists it now
    return {"sent": sent}


def send_due_issues():
    """Queues the send of every approved issue whose time has come, and carries on with those left sending
    (a send stopped by a crash); returns their ids."""
    due = Issue.objects.filter(
        Q(status=Issue.Status.APPROVED, scheduled_for__lte=timezone.now()) | Q(status=Issue.Status.SENDING)
    )
    ids = list(due.values_list("pk", flat=True))
    for issue_id in ids:
        send_issue.enqueue(issue_id)
    return ids


def unsubscribe_bounced(addresses):
    """Hard bounces reported back: those addresses are unsubscribed; returns how many were subscribed."""
    now = timezone.now()
    return (
        Subscription.objects.filter(email__in=addresses)
        .exclude(status=Subscription.Status.UNSUBSCRIBED)
        .update(status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=now, bounced_at=now)
    )
