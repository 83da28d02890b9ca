"""Alerts: a subscriber who asked is emailed the policy opportunities published on their themes or regions, in
one email for all of them, at most once a day; the campaigns plugin's pages are found through the registry."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from campaigns.factories import PolicyOpportunityIndexPageFactory, PolicyOpportunityPageFactory
from hub.factories import RegionFactory, ThemeFactory
from newsletter.factories import SubscriptionFactory
from newsletter.models import Subscription
from newsletter.subscribing import link

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(db):
    return {
        "detention": ThemeFactory(name="Detention"),
        "housing": ThemeFactory(name="Housing"),
        "wales": RegionFactory(name="Wales"),
    }


@pytest.fixture
def publish(home, terms):
    index = PolicyOpportunityIndexPageFactory(parent=home)

    def publishing(title, *names):
        page = PolicyOpportunityPageFactory(parent=index, title=title, days=20)
        page.themes.set([terms[name] for name in names if name != "wales"])
        page.regions.set([terms[name] for name in names if name == "wales"])
        page.save()  # parental many-to-many relations are kept on save
        return page

    return publishing


@pytest.fixture
def subscribers(terms):
    confirmed = timezone.now() - timedelta(days=3)
    detention = SubscriptionFactory(email="detention@example.org", alerts=True, confirmed_at=confirmed)
    detention.themes.set([terms["detention"]])
    wales = SubscriptionFactory(email="wales@example.org", alerts=True, confirmed_at=confirmed)
    wales.regions.set([terms["wales"]])
    no_alerts = SubscriptionFactory(email="digest-only@example.org", confirmed_at=confirmed)
    no_alerts.themes.set([terms["detention"]])
    SubscriptionFactory(email="no-interests@example.org", alerts=True, confirmed_at=confirmed)


def alerts():
    out = StringIO()
    call_command("newsletter_alerts", stdout=out)
    return out.getvalue()


def test_one_email_lists_every_new_opportunity_on_the_subscribers_interests(publish, subscribers, newsletter_page):
    publish("Detention centre inquiry", "detention")
    publish("Immigration bail consultation", "detention", "wales")
    publish("Social housing allocations", "housing")
    assert "Alerts sent: 2" in alerts()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["detention@example.org", "wales@example.org"]
    detention = by_address["detention@example.org"]
    assert "Detention centre inquiry" in detention.body and "Immigration bail consultation" in detention.body
    assert "Social housing" not in detention.body and "Deadline" in detention.body
    assert "/policy-opportunities/" in detention.body and "/unsubscribe/" in detention.extra_headers["List-Unsubscribe"]
    wales = by_address["wales@example.org"].body
    assert "Immigration bail consultation" in wales and "Detention centre inquiry" not in wales


def test_at_most_one_alert_a_day_and_then_only_what_is_new(publish, subscribers, newsletter_page):
    first = publish("Detention centre inquiry", "detention")
    alerts()
    mail.outbox.clear()
    publish("Detention rules review", "detention")
    assert "Alerts sent: 0" in alerts()  # the same day: it waits
    # A day on: the first alert went yesterday, after the first opportunity was published.
    a_day_ago = timezone.now() - timedelta(days=1, minutes=1)
    Subscription.objects.update(last_alert_at=a_day_ago)
    type(first).objects.filter(pk=first.pk).update(first_published_at=a_day_ago - timedelta(hours=1))
    assert "Alerts sent: 1" in alerts()
    (message,) = mail.outbox
    assert "Detention rules review" in message.body and "Detention centre inquiry" not in message.body


def test_nothing_without_the_plugin_that_publishes_opportunities(publish, subscribers, newsletter_page, settings):
    publish("Detention centre inquiry", "detention")
    settings.HUB_DISABLED_PLUGINS = ["campaigns"]
    assert "Alerts sent: 0" in alerts()
    assert mail.outbox == []


def test_a_subscriber_turns_alerts_on_and_off_from_the_signed_manage_link(newsletter_page, terms):
    subscription = SubscriptionFactory()
    url = link(newsletter_page, "manage", subscription).removeprefix("http://testserver")
    client = Client(enforce_csrf_checks=True)
    assert "when a policy opportunity on my themes or regions is published" in client.get(url).text
    token = client.cookies["csrftoken"].value
    data = {"language": "en", "themes": [terms["detention"].pk], "alerts": "on", "csrfmiddlewaretoken": token}
    assert client.post(url, data).status_code == 200
    subscription.refresh_from_db()
    assert subscription.alerts
    client.post(url, {"language": "en", "csrfmiddlewaretoken": token})
    subscription.refresh_from_db()
    assert not subscription.alerts
