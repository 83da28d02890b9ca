"""A subscriber with interests gets the items on their themes or regions first: drafted with the pages' themes and
regions, ordered for each subscriber as the issue is sent (the rest in the issue's order)."""

import email
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from hub.factories import RegionFactory, ThemeFactory
from news.demo import ensure_news_index
from news.factories import NewsPageFactory
from newsletter.factories import SubscriptionFactory
from newsletter.models import Issue
from tests.support.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)


def titles_in_order(message_bytes, titles):
    message = email.message_from_bytes(message_bytes)
    text = next(part for part in message.walk() if part.get_content_type() == "text/plain")
    body = text.get_payload(decode=True).decode()
    return sorted(titles, key=body.index)


def test_each_subscriber_gets_the_items_on_their_interests_first(newsletter_page, home, settings):
    housing, detention = ThemeFactory(name="Housing"), ThemeFactory(name="Detention")
    wales = RegionFactory(name="Wales")
    index = ensure_news_index(home)
    now = timezone.now()
    for hours, title, themes, regions in [
        (1, "Detention visits", [detention], []),
        (2, "Cardiff drop-in", [], [wales]),
        (3, "Housing rights", [housing], []),
    ]:
        page = NewsPageFactory(parent=index, title=title)
        page.themes.set(themes)
        page.regions.set(regions)
        page.save()  # parental many-to-many relations are kept on save
        type(page).objects.filter(pk=page.pk).update(first_published_at=now - timedelta(hours=hours))
    call_command("newsletter_draft", stdout=StringIO())
    Issue.objects.update(status=Issue.Status.APPROVED, scheduled_for=now)
    SubscriptionFactory(email="everything@example.org")
    SubscriptionFactory(email="housing@example.org").themes.set([housing])
    in_wales = SubscriptionFactory(email="wales-housing@example.org")
    in_wales.regions.set([wales])
    in_wales.themes.set([housing])

    settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    with SMTPServer() as server:
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        call_command("newsletter_send", "--now", stdout=StringIO())
    titles = ["Detention visits", "Cardiff drop-in", "Housing rights"]
    received = {recipients[0]: titles_in_order(data, titles) for recipients, data in server.messages}
    assert received == {
        "everything@example.org": ["Detention visits", "Cardiff drop-in", "Housing rights"],
        "housing@example.org": ["Housing rights", "Detention visits", "Cardiff drop-in"],
        "wales-housing@example.org": ["Cardiff drop-in", "Housing rights", "Detention visits"],
    }
