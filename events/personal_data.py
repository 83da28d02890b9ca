"""Registrations are personal data about the public: exported and erased per address, and deleted
HUB_EVENTS_RETENTION_DAYS days (events.conf) after their event ends (`hub hub_personal_data purge`)."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import ngettext

from events import conf
from events.models import Registration
from events.registration import cancel


def export(email):
    return [
        {
            "event": registration.event.title,
            "event_start": registration.event.start.isoformat(),
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "interpretation_language": registration.interpretation_language_id or "",
            "access_needs": registration.access_needs,
            "status": registration.status,
            "registered_at": registration.created_at.isoformat(),
        }
        for registration in Registration.objects.filter(email=email).select_related("event")
    ]


def erase(email):
    """Delete the address's registrations; the places they held go to the waiting lists, as on cancelling."""
    registrations = list(Registration.objects.filter(email=email))
    for registration in registrations:
        cancel(registration)
    return len(registrations)


def purge_expired():
    cutoff = timezone.now() - timedelta(days=conf.retention_days())
    return Registration.objects.filter(event__end__lt=cutoff).delete()[0]


def retention():
    days = conf.retention_days()
    return ngettext("Until %(days)d day after the event ends.", "Until %(days)d days after the event ends.", days) % {
        "days": days
    }
