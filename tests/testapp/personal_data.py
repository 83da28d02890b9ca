from datetime import timedelta

from django.utils import timezone

from tests.testapp import conf
from tests.testapp.models import NoticeSubscription


def export(email):
    return [
        {"notice": subscription.notice.title, "email": subscription.email, "created_at": subscription.created_at}
        for subscription in NoticeSubscription.objects.filter(email=email).select_related("notice")
    ]


def erase(email):
    return NoticeSubscription.objects.filter(email=email).delete()[0]


def purge_expired():
    cutoff = timezone.now() - timedelta(days=conf.subscription_retention_days())
    return NoticeSubscription.objects.filter(created_at__lt=cutoff).delete()[0]
