"""The newsletter's answer to hub.personal_data: a subscription is an address with its language and interests."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from newsletter import conf
from newsletter.models import Subscription


def export(email):
    return [
        {
            "email": subscription.email,
            "status": subscription.status,
            "language": subscription.language,
            "themes": [theme.name for theme in subscription.themes.all()],
            "regions": [region.name for region in subscription.regions.all()],
            "requested_at": subscription.requested_at,
            "confirmed_at": subscription.confirmed_at,
            "unsubscribed_at": subscription.unsubscribed_at,
        }
        for subscription in Subscription.objects.filter(email=email).prefetch_related("themes", "regions")
    ]


def erase(email):
    return Subscription.objects.filter(email=email).delete()[1].get(Subscription._meta.label, 0)


def purge_expired():
    """Requests never confirmed within the confirmation period, and addresses unsubscribed longer ago than the
    retention period, are deleted."""
    now = timezone.now()
    unconfirmed = Subscription.objects.filter(
        status=Subscription.Status.PENDING, requested_at__lt=now - timedelta(days=conf.confirmation_days())
    )
    left = Subscription.objects.filter(
        status=Subscription.Status.UNSUBSCRIBED,
        unsubscribed_at__lt=now - timedelta(days=conf.unsubscribed_retention_days()),
    )
    return unconfirmed.delete()[1].get(Subscription._meta.label, 0) + left.delete()[1].get(Subscription._meta.label, 0)


def retention():
    unconfirmed, left = conf.confirmation_days(), conf.unsubscribed_retention_days()
    return _(
        "While you are subscribed; an unconfirmed request is deleted after %(unconfirmed)d days, and your address "
        "%(left)d days after you unsubscribe."
    ) % {"unconfirmed": unconfirmed, "left": left}
