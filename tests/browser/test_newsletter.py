"""A visitor subscribes from the footer of a cached page, confirms from the email, changes their choices and
unsubscribes in one click, all without an account."""

import re

import pytest
from django.core import mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from hub.setup import synchronise_trees
from newsletter.demo import ensure_newsletter_page
from newsletter.models import Subscription

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


def french(text):
    with translation.override("fr"):
        return gettext(text)


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
    # The links lead to the newsletter page of the language chosen: the rest is in French.
    page.goto(confirm_path)
    page.get_by_role("button", name=french("Confirm my subscription")).click()
    expect(page.get_by_role("status")).to_contain_text(french("Thank you: your subscription is confirmed."))
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED

    page.get_by_label(french("Language of the newsletter")).select_option("so")
    page.get_by_role("button", name=french("Save my choices")).click()
    expect(page.get_by_role("status")).to_contain_text(french("Your choices are saved."))
    assert Subscription.objects.get().language == "so"

    page.get_by_role("button", name=french("Unsubscribe from the newsletter")).click()
    expect(page.get_by_role("status")).to_contain_text("hawa@example.org")
    assert Subscription.objects.get().status == Subscription.Status.UNSUBSCRIBED
