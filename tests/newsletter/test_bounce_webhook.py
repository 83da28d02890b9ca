"""A mail provider reports hard bounces to the newsletter page's webhook, protected by the network's secret:
simple JSON or django-anymail's tracking events; the addresses are unsubscribed, and nothing else is."""

import base64
import json

import pytest

from newsletter.factories import SubscriptionFactory
from newsletter.models import Subscription

pytestmark = pytest.mark.django_db

SECRET = "provider:s3cret-Webhook-9"


@pytest.fixture
def webhook(newsletter_page, settings):
    settings.HUB_NEWSLETTER_BOUNCE_WEBHOOK_SECRET = SECRET
    return newsletter_page.url + newsletter_page.reverse_subpage("bounces")


@pytest.fixture
def readers(db):
    return [SubscriptionFactory(email=f"reader{number}@example.org") for number in range(3)]


def basic(credentials):
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(credentials.encode()).decode()}


def post(client, url, body, **headers):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(url, data, content_type="application/json", **headers)


def status_of(email):
    return Subscription.objects.get(email=email).status


def test_simple_json_with_basic_auth_unsubscribes_the_bounced_addresses(client, webhook, readers):
    response = post(client, webhook, {"bounced": ["Reader0@Example.org", "stranger@example.org"]}, **basic(SECRET))
    assert response.status_code == 200 and response.json() == {"unsubscribed": 1}
    bounced = Subscription.objects.get(email="reader0@example.org")
    assert bounced.status == Subscription.Status.UNSUBSCRIBED and bounced.bounced_at
    assert status_of("reader1@example.org") == Subscription.Status.CONFIRMED


def test_anymail_tracking_events_count_hard_bounces_only(client, webhook, readers):
    events = [
        {"event_type": "bounced", "recipient": "reader0@example.org", "reject_reason": "bounced", "esp_event": {}},
        {"event_type": "rejected", "recipient": "reader1@example.org", "reject_reason": "invalid"},
        {"event_type": "deferred", "recipient": "reader2@example.org"},
        {"event_type": "delivered", "recipient": "reader2@example.org"},
    ]
    response = post(client, webhook, events, HTTP_AUTHORIZATION=f"Bearer {SECRET}")
    assert response.json() == {"unsubscribed": 2}
    assert status_of("reader2@example.org") == Subscription.Status.CONFIRMED
    one = {"event_type": "bounced", "recipient": "reader2@example.org"}
    assert post(client, webhook, one, **basic(SECRET)).json() == {"unsubscribed": 1}


@pytest.mark.parametrize(
    "headers",
    [{}, basic("provider:wrong"), {"HTTP_AUTHORIZATION": "Bearer wrong"}, {"HTTP_AUTHORIZATION": "Basic %%%"}],
)
def test_without_the_secret_nobody_is_unsubscribed(client, webhook, readers, headers):
    response = post(client, webhook, {"bounced": ["reader0@example.org"]}, **headers)
    assert response.status_code == 401 and "secret" in response.json()["error"]
    assert status_of("reader0@example.org") == Subscription.Status.CONFIRMED


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("not json", "not JSON"),
        ({"bounced": "reader0@example.org"}, "must be a list"),
        ({"bounced": ["reader0@example.org", "no address"]}, "Not an email address"),
        (["a string"], "list of events"),
    ],
)
def test_a_report_that_cannot_be_read_is_refused_with_a_reason_and_changes_nothing(
    client, webhook, readers, body, says
):
    response = post(client, webhook, body, **basic(SECRET))
    assert response.status_code == 400 and says in response.json()["error"]
    assert status_of("reader0@example.org") == Subscription.Status.CONFIRMED


def test_the_webhook_is_off_without_a_secret_and_takes_posts_only(client, webhook, readers, settings):
    assert client.get(webhook).status_code == 405
    settings.HUB_NEWSLETTER_BOUNCE_WEBHOOK_SECRET = ""
    response = post(client, webhook, {"bounced": ["reader0@example.org"]}, **basic(":"))
    assert response.status_code == 404
    assert status_of("reader0@example.org") == Subscription.Status.CONFIRMED
