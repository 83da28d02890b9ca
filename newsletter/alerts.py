"""Alerts: subscribers who ask for them are emailed as soon as a page of a type the plugin registry names for
alerts (`alert_page_types`: the campaigns plugin's policy opportunities) is published in their newsletter's
language on one of their themes or regions — batched, at most one email a day each.

`hub newsletter_alerts` runs it (from the scheduler, every hour or so): each subscriber due an alert (none sent
in the last day) gets one email listing every matching page first published since their last alert (or their
confirmation). The newsletter never imports the plugin that publishes the pages: it asks the registry."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from hub.absolute_urls import page_url
from hub.plugins import plugin_registry
from newsletter.models import Subscription
from newsletter.subscribing import newsletter_email, page_in

ALERT_INTERVAL = timedelta(days=1)
SUBSCRIBERS_PER_CHUNK = 500


def recent_pages(language, since):
    """(page, its themes' and regions' translation keys) for alert pages first published in that language since
    then, oldest first."""
    found = []
    for model in plugin_registry.alert_page_models():
        pages = (
            model.objects.live()
            .public()
            .filter(locale__language_code=language, first_published_at__gte=since)
            .prefetch_related("themes", "regions")
            .order_by("first_published_at")
        )
        for page in pages:
            terms = [*page.themes.all(), *page.regions.all()]
            found.append((page, {str(term.translation_key) for term in terms}))
    return sorted(found, key=lambda entry: entry[0].first_published_at)


def due_subscribers(now):
    return (
        Subscription.objects.filter(status=Subscription.Status.CONFIRMED, alerts=True)
        .filter(Q(last_alert_at__isnull=True) | Q(last_alert_at__lte=now - ALERT_INTERVAL))
        .filter(Q(themes__isnull=False) | Q(regions__isnull=False))
        .distinct()
        .prefetch_related("themes", "regions")
        .order_by("pk")
    )


def send_alerts(now=None):
    """Sends every due subscriber's alert, if anything new matches their interests; returns how many were sent."""
    now = now or timezone.now()
    if not plugin_registry.alert_page_models():
        return 0
    oldest = now - timedelta(days=30)  # an alert is news: nothing older than a month is worth one
    pages_by_language = {}
    sent = 0
    subscribers = due_subscribers(now)
    for subscription in subscribers.iterator(chunk_size=SUBSCRIBERS_PER_CHUNK):
        language = subscription.language
        if language not in pages_by_language:
            pages_by_language[language] = recent_pages(language, oldest)
        since = max(subscription.last_alert_at or subscription.confirmed_at or oldest, oldest)
        interests = {str(term.translation_key) for term in [*subscription.themes.all(), *subscription.regions.all()]}
        matching = [
            page
            for page, terms in pages_by_language[language]
            if page.first_published_at >= since and terms & interests
        ]
        if not matching:
            continue
        send_alert(subscription, matching)
        Subscription.objects.filter(pk=subscription.pk).update(last_alert_at=now)
        sent += 1
    return sent


def send_alert(subscription, pages):
    with translation.override(subscription.language):
        subject = _("New policy opportunities on your themes and regions")
    listed = [
        {"title": page.title, "address": page_url(page), "deadline": getattr(page, "deadline", None)} for page in pages
    ]
    context = {"subject": subject, "pages": listed}
    newsletter_email(subscription, subject, "alert", context, page=page_in(subscription.language)).send()
