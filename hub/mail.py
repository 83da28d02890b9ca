"""Every email the hub sends leaves through a queued task, so that no request waits on a mail server.

`QueuedEmailBackend` is the EMAIL_BACKEND: it writes each message into a `deliver_email` task (the database
queue, run by `hub db_worker`) and returns at once. Wagtail's notifications, password resets and every
plugin's emails take this road without their call sites knowing. The task sends the message with the real
backend (HUB_EMAIL_DELIVERY_BACKEND: SMTP, which gives up after EMAIL_TIMEOUT); when that fails it queues
itself again, waiting twice as long each time, and after HUB_EMAIL_MAX_ATTEMPTS it fails for good, which
shows the message in the admin's list of failed background tasks (hub.task_reports).

A message travels as plain data (its text parts, attachments in base64), never pickled.

The queue is a table of the site's own database, so a form that saves a submission and confirms it by email
queues the email inside the transaction that saves the submission (`queue_with_submission`): both commit or
neither does. Committed one after the other, a database lost between the two kept a pledge whose confirmation
never went (the fault suite caught it).
"""

import base64
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


def queue_with_submission(send, description):
    """Call `send` (which builds and queues an email) inside the caller's transaction, in a savepoint: an email
    that cannot be built is logged and reported as False, and the submission still commits. When the database
    itself fails, the error goes on: the submission cannot commit either, and must not be reported as saved (an
    atomic block left with a failed savepoint and no error rolls back without a word)."""
    try:
        with transaction.atomic():
            send()
    except Exception:
        connection = transaction.get_connection()
        if connection.needs_rollback or connection.closed_in_transaction:
            raise
        logger.exception("Could not send %s", description)
        return False
    return True


def attachment_as_data(attachment):
    if isinstance(attachment, tuple):
        filename, content, mimetype = attachment
    else:  # a MIME part: what it carries, decoded
        filename, content, mimetype = (
            attachment.get_filename(),
            attachment.get_payload(decode=True),
            attachment.get_content_type(),
        )
    data = content.encode() if isinstance(content, str) else content
    return {"filename": filename, "content": base64.b64encode(data).decode(), "mimetype": mimetype}


def message_as_data(message):
    """What `deliver_email` needs to build the message again."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {name: str(value) for name, value in message.extra_headers.items()},
        "content_subtype": message.content_subtype,
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": [attachment_as_data(attachment) for attachment in message.attachments],
    }


def message_from_data(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    for attachment in data["attachments"]:
        content = base64.b64decode(attachment["content"])
        if (attachment["mimetype"] or "").startswith("text/"):
            content = content.decode()
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


def retry_delay(attempt):
    """How long to wait after the `attempt`-th failure: HUB_EMAIL_RETRY_SECONDS, doubled each time."""
    return timedelta(seconds=settings.HUB_EMAIL_RETRY_SECONDS * 2 ** (attempt - 1))


@task()
def deliver_email(message, attempt=1):
    """Send one message with the real backend; on failure, queue the next attempt, or fail for good."""
    connection = get_connection(settings.HUB_EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        connection.send_messages([message_from_data(message)])
    except Exception:
        if attempt >= settings.HUB_EMAIL_MAX_ATTEMPTS:
            logger.exception("Email %r to %s failed %s times: given up", message["subject"], message["to"], attempt)
            raise
        delay = retry_delay(attempt)
        logger.warning(
            "Email %r failed (attempt %s of %s); trying again in %s s",
            message["subject"],
            attempt,
            settings.HUB_EMAIL_MAX_ATTEMPTS,
            int(delay.total_seconds()),
            exc_info=True,
        )
        retry = deliver_email
        if deliver_email.get_backend().supports_defer:
            retry = deliver_email.using(run_after=timezone.now() + delay)
        retry.enqueue(message, attempt + 1)
        return {"sent": False, "next_attempt": attempt + 1}
    return {"sent": True, "attempt": attempt}


class QueuedEmailBackend(BaseEmailBackend):
    """Queues each message for `deliver_email`: the caller never waits on the mail server."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                deliver_email.enqueue(message_as_data(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("Could not queue the email %r", message.subject)
                continue
            queued += 1
        return queued
