"""Subscribing by double opt-in from any page's footer or the newsletter page (cached, so without a CSRF token),
confirming, managing and leaving by the emails' signed links without an account, and forgetting subscriptions
as personal data."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from hub.models import Region, Theme
from hub.personal_data import erase_personal_data, export_personal_data, purge_expired_personal_data
from newsletter import subscribing
from newsletter.factories import SubscriptionFactory
from newsletter.models import Subscription
from tests.support.pages import anonymous_get, served_from_cache

pytestmark = pytest.mark.django_db

OWN_SITE = "http://testserver"


def browser_post(url, data=None, **headers):
    """A post as a browser makes it from a cached page: CSRF checks enforced, no cookie, its own Origin."""
    return Client(enforce_csrf_checks=True).post(url, data or {}, HTTP_ORIGIN=OWN_SITE, **headers)


def subscribe_url(page):
    return page.url + "subscribe/"


def request_data(**extra):
    return {"email": " Amina@Example.org ", "language": "ar", "website": "", **extra}


def links_in(message):
    return dict(re.findall(r"^(.+): (http://testserver/\S+)$", message.body, re.M))


@pytest.fixture
def housing_theme(db):
    return Theme.objects.create(name="Housing", slug="housing-test")


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


def test_every_page_has_the_form_in_its_footer_even_from_the_page_cache(newsletter_page, home):
    text = served_from_cache(home.url)
    footer = text[text.index('<footer class="site-footer">') :]
    assert f'action="{subscribe_url(newsletter_page)}"' in footer
    assert 'name="email"' in footer and 'name="language"' in footer


def test_the_footer_follows_the_newsletter_page_as_it_is_unpublished_and_published_again(
    newsletter_page, home, settings
):
    settings.WAGTAIL_CACHE = False  # the footer's own memory of where its form posts is what is tested here
    assert "newsletter-footer" in anonymous_get(home.url).text
    newsletter_page.unpublish()
    assert "newsletter-footer" not in anonymous_get(home.url).text
    newsletter_page.save_revision().publish()
    assert "newsletter-footer" in anonymous_get(home.url).text


def test_no_footer_form_while_the_plugin_is_switched_off(newsletter_page, home, settings):
    settings.HUB_DISABLED_PLUGINS = ["newsletter"]
    assert "newsletter-footer" not in anonymous_get(home.url).text


def test_a_visitor_subscribes_and_nothing_but_the_confirmation_is_sent(newsletter_page, housing_theme):
    response = browser_post(subscribe_url(newsletter_page), request_data(themes=[housing_theme.pk]))
    assert response.status_code == 302 and response["Location"].endswith("/sent/")
    subscription = Subscription.objects.get()
    assert subscription.email == "amina@example.org"
    assert subscription.status == Subscription.Status.PENDING
    assert list(subscription.themes.all()) == [housing_theme]
    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(r"<http://testserver/\S+/unsubscribe/\S+/>", message.extra_headers["List-Unsubscribe"])
    html = message.alternatives[0][0]
    assert 'dir="rtl"' in html and 'lang="ar"' in html  # in the language asked for
    assert "/manage/" in html and "/unsubscribe/" in html and "/confirm/" in html
    assert "<img" not in html and "https://" not in html  # no pixel, nothing from elsewhere


def test_a_post_from_another_site_is_refused(newsletter_page):
    response = Client(enforce_csrf_checks=True).post(
        subscribe_url(newsletter_page), request_data(), HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert not Subscription.objects.exists() and not mail.outbox


def test_the_honeypot_and_bad_input_keep_what_was_typed(newsletter_page):
    response = browser_post(subscribe_url(newsletter_page), request_data(website="spam"))
    assert response.status_code == 400 and "leave the last field empty" in response.text
    response = browser_post(subscribe_url(newsletter_page), request_data(email="not-an-address"))
    assert response.status_code == 400
    assert 'value="not-an-address"' in response.text and "valid email" in response.text
    assert not Subscription.objects.exists() and not mail.outbox


def test_too_many_requests_from_one_connection_are_refused(newsletter_page, settings):
    settings.HUB_NEWSLETTER_SUBSCRIPTIONS_PER_HOUR = 2
    for number in range(2):
        assert (
            browser_post(subscribe_url(newsletter_page), request_data(email=f"a{number}@example.org")).status_code
            == 302
        )
    response = browser_post(subscribe_url(newsletter_page), request_data(email="late@example.org"))
    assert response.status_code == 429 and 'value="late@example.org"' in response.text
    assert Subscription.objects.count() == 2


def test_the_emailed_link_confirms_with_a_button_and_leads_to_the_preferences(newsletter_page):
    browser_post(subscribe_url(newsletter_page), request_data())
    confirm_link = re.search(r"http://testserver(\S+/confirm/\S+/)", mail.outbox[0].body).group(1)
    client = Client(enforce_csrf_checks=True)
    page = client.get(confirm_link)
    assert page.status_code == 200, page.text[-3000:]
    assert Subscription.objects.get().status == Subscription.Status.PENDING  # a mail scanner's GET confirms nothing
    token = client.cookies["csrftoken"].value
    response = client.post(confirm_link, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302 and "/manage/" in response["Location"]
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED
    assert "your subscription is confirmed" in client.get(response["Location"]).text


def test_links_cannot_be_forged_nor_used_for_another_action_nor_after_they_expire(newsletter_page, settings):
    subscription = SubscriptionFactory(status=Subscription.Status.PENDING)
    confirm = subscribing.make_token(subscription, "confirm")
    base = newsletter_page.url
    assert anonymous_get(f"{base}manage/{confirm}/").status_code == 404
    assert anonymous_get(f"{base}confirm/{confirm[:-2]}xx/").status_code == 404
    assert browser_post(f"{base}unsubscribe/{confirm}/").status_code == 404
    settings.HUB_NEWSLETTER_CONFIRMATION_DAYS = -1
    response = anonymous_get(f"{base}confirm/{confirm}/")
    assert response.status_code == 404 and "a confirmation link works for a week" in response.text


def test_a_subscriber_changes_language_and_interests_without_logging_in(newsletter_page, housing_theme):
    region = Region.objects.create(name="Wales", slug="wales-test")
    subscription = SubscriptionFactory(language="en")
    url = subscribing.link(newsletter_page, "manage", subscription).removeprefix(OWN_SITE)
    client = Client(enforce_csrf_checks=True)
    assert subscription.email in client.get(url).text
    response = client.post(
        url,
        {
            "language": "so",
            "themes": [housing_theme.pk],
            "regions": [region.pk],
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
        },
    )
    assert response.status_code == 200 and "Your choices are saved" in response.text
    subscription.refresh_from_db()
    assert subscription.language == "so"
    assert list(subscription.themes.all()) == [housing_theme] and list(subscription.regions.all()) == [region]


def test_one_click_unsubscribe_as_a_mail_program_posts_it(newsletter_page):
    subscription = SubscriptionFactory()
    url = subscribing.link(newsletter_page, "unsubscribe", subscription).removeprefix(OWN_SITE)
    assert anonymous_get(url).status_code == 200  # a GET asks first
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED
    # RFC 8058: no Origin, no cookie, no token, the one-click body.
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200 and subscription.email in response.text
    assert Subscription.objects.get().status == Subscription.Status.UNSUBSCRIBED


def test_a_confirmed_address_asked_for_again_keeps_its_choices_and_is_told(newsletter_page):
    SubscriptionFactory(email="amina@example.org", language="fr")
    assert browser_post(subscribe_url(newsletter_page), request_data(language="ar")).status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.language == "fr" and subscription.status == Subscription.Status.CONFIRMED
    [message] = mail.outbox
    assert "/manage/" in message.body and "/confirm/" not in message.body


def test_an_address_that_left_subscribes_again_by_confirming_again(newsletter_page):
    SubscriptionFactory(email="amina@example.org", status=Subscription.Status.UNSUBSCRIBED)
    browser_post(subscribe_url(newsletter_page), request_data())
    assert Subscription.objects.get().status == Subscription.Status.PENDING
    assert "/confirm/" in mail.outbox[0].body


def test_the_pages_query_the_database_a_bounded_number_of_times(
    newsletter_page, home, django_assert_max_num_queries, settings
):
    settings.WAGTAIL_CACHE = False
    subscription = SubscriptionFactory()
    with django_assert_max_num_queries(22):
        assert anonymous_get(newsletter_page.url).status_code == 200
    with django_assert_max_num_queries(26):
        assert anonymous_get(subscribing.link(newsletter_page, "manage", subscription)).status_code == 200
    with django_assert_max_num_queries(22):
        assert anonymous_get(subscribing.link(newsletter_page, "confirm", subscription)).status_code == 200


def test_subscriptions_are_personal_data(housing_theme):
    subscription = SubscriptionFactory(email="amina@example.org")
    subscription.themes.set([housing_theme])
    SubscriptionFactory(email="other@example.org")
    [exported] = export_personal_data("amina@example.org")["newsletter_subscriptions"]
    assert exported["themes"] == ["Housing"] and exported["status"] == "confirmed"
    erase_personal_data("amina@example.org")
    assert list(Subscription.objects.values_list("email", flat=True)) == ["other@example.org"]


def test_unconfirmed_and_long_unsubscribed_addresses_are_purged(settings):
    settings.HUB_NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS = 30
    now = timezone.now()
    SubscriptionFactory(email="old-pending@example.org", status="pending", requested_at=now - timedelta(days=8))
    SubscriptionFactory(email="new-pending@example.org", status="pending", requested_at=now - timedelta(days=6))
    SubscriptionFactory(
        email="left-long-ago@example.org", status="unsubscribed", unsubscribed_at=now - timedelta(days=31)
    )
    SubscriptionFactory(
        email="left-lately@example.org", status="unsubscribed", unsubscribed_at=now - timedelta(days=29)
    )
    SubscriptionFactory(email="reader@example.org", requested_at=now - timedelta(days=400))
    purge_expired_personal_data()
    assert set(Subscription.objects.values_list("email", flat=True)) == {
        "new-pending@example.org",
        "left-lately@example.org",
        "reader@example.org",
    }
