"""The membership plugin's answer to hub.personal_data: applications hold their contact person's details."""

from datetime import timedelta

from django.utils import timezone

from membership import conf
from membership.models import Application


def export(email):
    return [
        {
            "organisation": application.organisation_name,
            "contact_name": application.contact_name,
            "contact_email": application.contact_email,
            "contact_phone": application.contact_phone,
            "contact_role": application.contact_role,
            "status": application.status,
            "sent_at": application.created_at,
        }
        for application in Application.objects.filter(contact_email=email).order_by("created_at")
    ]


def erase(email):
    # The decision stays in the audit log, which names the organisation, never its contact person.
    return Application.objects.filter(contact_email=email).delete()[0]


def purge_expired():
    """Declined applications are deleted once the retention period after the decision has passed."""
    cutoff = timezone.now() - timedelta(days=conf.application_retention_days())
    return Application.objects.filter(status=Application.Status.DECLINED, decided_at__lt=cutoff).delete()[0]
