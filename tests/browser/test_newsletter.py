"""A visitor subscribes from the footer of a cached page, confirms from the email, changes their choices and
unsubscribes in one click, all without an account."""

import re

import pytest
from django.core import mail
from django.db import transaction
from playwright.sync_api import expect

from hub.setup import synchronise_trees
from newsletter.demo import ensure_newsletter_page
from newsletter.models import Subscription

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


def test_a_visitor_subscribes_confirms_changes_their_choices_and_unsubscribes(page, browser, live_server, home):
    with transaction.atomic():
        ensure_newsletter_page(home)
        synchronise_trees()
    other = browser.new_context(base_url=live_server.url)
    other.new_page().goto(home.url)  # another visitor has put the page in the cache
    other.close()

    response = page.goto(home.url)
    assert response.headers["x-wagtail-cache"] == "hit"
    footer = page.locator(".newsletter-footer")
    footer.get_by_label("Your email").fill("hawa@example.org")
    footer.get_by_label("Language of the newsletter").select_option("fr")
    footer.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("status")).to_contain_text("Follow its link to confirm your subscription")
    assert Subscription.objects.get().status == Subscription.Status.PENDING

    [message] = mail.outbox
    confirm_path = re.search(r"http://testserver(/\S+/confirm/\S+/)", message.body).group(1)
    page.goto(confirm_path)
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("status")).to_contain_text("your subscription is confirmed")
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED

    page.get_by_label("Language of the newsletter").select_option("so")
    page.get_by_role("button", name="Save my choices").click()
    expect(page.get_by_role("status")).to_contain_text("Your choices are saved")
    assert Subscription.objects.get().language == "so"

    page.get_by_role("button", name="Unsubscribe from the newsletter").click()
    expect(page.get_by_role("status")).to_contain_text("We will send no more newsletters to hawa@example.org")
    assert Subscription.objects.get().status == Subscription.Status.UNSUBSCRIBED
