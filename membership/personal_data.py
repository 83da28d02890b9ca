"""The membership plugin's answer to hub.personal_data: applications hold their contact person's details."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from membership import conf
from membership.models import Application, ContactPerson, Membership


def export(email):
    return export_applications(email) + [
        {
            "organisation": contact.membership.organisation.title,
            "contact_name": contact.name,
            "contact_email": contact.email,
            "contact_phone": contact.phone,
            "contact_role": contact.role,
            "may_contact": contact.may_contact,
        }
        for contact in ContactPerson.objects.filter(email=email).select_related("membership__organisation")
    ]


def export_applications(email):
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
    deleted = Application.objects.filter(contact_email=email).delete()[0]
    return deleted + ContactPerson.objects.filter(email=email).delete()[0]


def purge_expired():
    """Declined applications, and the contact people of ended memberships, once their retention period has passed."""
    cutoff = timezone.now() - timedelta(days=conf.application_retention_days())
    deleted = Application.objects.filter(status=Application.Status.DECLINED, decided_at__lt=cutoff).delete()[0]
    ended_before = timezone.localdate() - timedelta(days=conf.contact_retention_days())
    ended = Membership.objects.filter(status=Membership.Status.ENDED, renewal_date__lt=ended_before)
    return deleted + ContactPerson.objects.filter(membership__in=ended).delete()[0]


def retention():
    declined, ended = conf.application_retention_days(), conf.contact_retention_days()
    return _(
        "While the organisation is a member; a declined application is deleted after %(declined)d days, and "
        "contact people %(ended)d days after a membership ends."
    ) % {"declined": declined, "ended": ended}
