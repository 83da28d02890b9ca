"""Registering for an event and cancelling: places are counted under a row lock on the event, so concurrent
registrations never overbook it, and a cancelled place goes to the waiting list in order.

Each change queues its emails in the transaction that makes it (hub.mail.queue_with_submission): no one waits
on the mail server, and a database lost half way keeps neither the registration nor its email.
"""

from urllib.parse import urlencode

from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from events.calendars import calendar_for
from events.models import EventPage, Registration
from hub.absolute_urls import page_url
from hub.caching import purge_page_versions
from hub.mail import queue_with_submission
from hub.personal_data import normalise_email

CANCEL_SALT = "events.registration.cancel"


class AlreadyRegistered(Exception):
    """This email address already has a place (or a waiting-list place) at the event."""


class RegistrationUnavailable(Exception):
    """Registration is off or closed for this event, or the event is over."""


def locked_event(event):
    """The event's booking page, its row locked until the transaction ends: whoever holds it alone counts places.
    (SQLite ignores the lock, but it lets only one writer in at a time anyway.)"""
    return EventPage.objects.select_for_update(of=("self",)).only("pk", "capacity").get(pk=event.booking_event().pk)


def confirmed_count(event):
    return Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count()


def register(event, *, name, email, phone="", interpretation_language=None, access_needs="", language="en"):
    """Give the person a place, or a waiting-list place when the event is full; emails the confirmation after
    the registration is committed. Raises AlreadyRegistered or RegistrationUnavailable."""
    if not event.registration_is_open:
        raise RegistrationUnavailable
    email = normalise_email(email)
    try:
        with transaction.atomic():
            booking = locked_event(event)
            if Registration.objects.filter(event=booking, email=email).exists():
                raise AlreadyRegistered
            full = booking.capacity is not None and confirmed_count(booking) >= booking.capacity
            registration = Registration.objects.create(
                event=booking,
                name=name,
                email=email,
                phone=phone,
                interpretation_language=interpretation_language,
                access_needs=access_needs,
                language=language,
                status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED,
            )
            purge_page_versions(event)  # the places left, on the event page in every language
            send_confirmation(registration, event)
    except IntegrityError:
        # The unique constraint caught a duplicate the check above could not see (SQLite, or a race).
        raise AlreadyRegistered from None
    return registration


def cancel(registration):
    """Free the person's place and give it to the first on the waiting list; returns the people promoted."""
    with transaction.atomic():
        booking = EventPage.objects.select_for_update(of=("self",)).only("pk", "capacity").get(pk=registration.event_id)
        registration.delete()
        promoted = promote_waiting(booking)
        purge_page_versions(booking)
        for person in promoted:
            send_promotion(person)
    return promoted


def promote_waiting(booking):
    """Within the caller's lock on the event: move people from the waiting list, in the order they joined it,
    into the places now free."""
    if booking.capacity is None:
        free = None
    else:
        free = max(booking.capacity - confirmed_count(booking), 0)
    waiting = Registration.objects.filter(event=booking, status=Registration.Status.WAITING).order_by(
        "created_at", "pk"
    )
    promoted = list(waiting if free is None else waiting[:free])
    Registration.objects.filter(pk__in=[person.pk for person in promoted]).update(status=Registration.Status.CONFIRMED)
    for person in promoted:
        person.status = Registration.Status.CONFIRMED
    return promoted


def waiting_position(registration):
    return (
        Registration.objects.filter(
            event_id=registration.event_id, status=Registration.Status.WAITING, created_at__lte=registration.created_at
        )
        .exclude(created_at=registration.created_at, pk__gt=registration.pk)
        .count()
    )


def cancel_token(registration):
    return signing.dumps({"registration": registration.pk, "email": registration.email}, salt=CANCEL_SALT)


def registration_for_token(token):
    """The registration a cancel link was made for; None once cancelled. Raises signing.BadSignature if the
    link was altered."""
    data = signing.loads(token, salt=CANCEL_SALT)
    return Registration.objects.filter(pk=data.get("registration"), email=data.get("email")).first()


def cancel_url(registration, event):
    # In the query string: a signed value holds colons, which page paths do not allow.
    query = urlencode({"token": cancel_token(registration)})
    return f"{page_url(event)}{event.reverse_subpage('cancel')}?{query}"


def send_confirmation(registration, event):
    """The confirmation with the event as an .ics attachment and the signed link to cancel; a failure is
    logged, never raised: the registration is already safe."""
    waiting = registration.status == Registration.Status.WAITING
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": event,
            "event_url": page_url(event),
            "waiting": waiting,
            "position": waiting_position(registration) if waiting else None,
            "cancel_url": cancel_url(registration, event),
        }
        subject = (_("Waiting list: %(event)s") if waiting else _("You are registered: %(event)s")) % {
            "event": event.title
        }
        body = render_to_string("events/emails/confirmation.txt", context)
        attachment = None if waiting else calendar_for([event], name=event.title)
    return deliver(subject, body, registration, attachment)


def send_promotion(registration):
    with translation.override(registration.language):
        event = registration.event.localized
        context = {
            "registration": registration,
            "event": event,
            "event_url": page_url(event),
            "cancel_url": cancel_url(registration, event),
        }
        subject = _("A place is yours: %(event)s") % {"event": event.title}
        body = render_to_string("events/emails/promoted.txt", context)
        attachment = calendar_for([event], name=event.title)
    return deliver(subject, body, registration, attachment)


def deliver(subject, body, registration, attachment):
    """Queued in the transaction that saves the registration (hub.mail.queue_with_submission)."""
    message = EmailMessage(subject=subject, body=body, to=[registration.email])
    if attachment:
        message.attach("event.ics", attachment, "text/calendar")
    # The address is personal data: the log names the registration only.
    return queue_with_submission(message.send, f"the email to registration {registration.pk}")
