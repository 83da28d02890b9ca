"""Requests to hear an interview hold the requester's name, email and purpose: exportable, erasable, and
kept for AccessRequest.RETENTION only."""

from django.utils import timezone
from django.utils.translation import ngettext

from oral_histories.models import AccessRequest


def export(email):
    return [
        {
            "interview": item.interview.title,
            "name": item.name,
            "email": item.email,
            "organisation": item.organisation,
            "intended_use": item.intended_use,
            "requested_on": item.created_at,
            "status": item.status,
            "decided_on": item.decided_at,
        }
        for item in AccessRequest.objects.filter(email=email).select_related("interview")
    ]


def erase(email):
    return AccessRequest.objects.filter(email=email).delete()[0]


def purge_expired():
    return AccessRequest.objects.filter(created_at__lt=timezone.now() - AccessRequest.RETENTION).delete()[0]


def retention():
    days = AccessRequest.RETENTION.days
    return ngettext("%(days)d day after your request.", "%(days)d days after your request.", days) % {"days": days}
