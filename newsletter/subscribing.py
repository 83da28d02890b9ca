"""Subscribing by double opt-in: the signed links a subscriber's emails carry, the confirmation email, and the
headers (RFC 8058) that let a mail program unsubscribe in one click.

A link names the subscription and what it does, signed with the site's secret (django.core.signing): nobody
can make one for another address, and none needs a login. A confirmation link expires with
newsletter.conf.confirmation_days(); manage and unsubscribe links work as long as the subscription exists."""

import base64
import hashlib

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from hub.absolute_urls import absolute_url
from hub.client_address import client_address
from hub.rate_limits import count_attempt
from newsletter import conf
from newsletter.models import NewsletterPage, Subscription

SALT = "newsletter.link"
RATE_WINDOW_SECONDS = 3600


def make_token(subscription, action):
    """The signed token, in the letters, digits, `-` and `_` that Wagtail's page addresses allow."""
    signed = signing.dumps({"s": subscription.pk, "a": action}, salt=SALT)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def subscription_for(token, action):
    """The subscription a signed link names for this action, or None for a link forged, expired or unknown."""
    max_age = conf.confirmation_days() * 86400 if action == "confirm" else None
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        data = signing.loads(signed, salt=SALT, max_age=max_age)
    except (ValueError, signing.BadSignature):  # binascii.Error and UnicodeDecodeError are ValueErrors
        return None
    if not isinstance(data, dict) or data.get("a") != action:
        return None
    return Subscription.objects.filter(pk=data.get("s")).first()


def page_in(language):
    """The live newsletter page in that language, else the first one there is."""
    pages = NewsletterPage.objects.live().public().select_related("locale")
    return pages.filter(locale__language_code=language).first() or pages.order_by("pk").first()


def link(page, action, subscription):
    return absolute_url(page.url + page.reverse_subpage(action, args=[make_token(subscription, action)]))


def links(subscription, page=None):
    page = page or page_in(subscription.language)
    return {action: link(page, action, subscription) for action in ("confirm", "manage", "unsubscribe")}


def newsletter_email(subscription, subject, template, context, page=None):
    """An email to a subscriber, in their newsletter's language, with the visible links to manage and leave and
    the List-Unsubscribe headers a mail program offers as a button."""
    urls = links(subscription, page)
    with translation.override(subscription.language):
        context = {"subscription": subscription, "links": urls, "language": subscription.language, **context}
        context["bidi"] = translation.get_language_bidi()
        message = EmailMultiAlternatives(
            subject=str(subject),
            body=render_to_string(f"newsletter/email/{template}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscription.email],
            headers={
                "List-Unsubscribe": f"<{urls['unsubscribe']}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(render_to_string(f"newsletter/email/{template}.html", context), "text/html")
    return message


def request_subscription(data):
    """A visitor asks to subscribe: a new or lapsed address waits for confirmation with what was asked; an
    address already confirmed keeps its preferences (whoever typed it may not be its holder) and is sent its
    link to manage them. Either way one email goes to the address, and the visitor is told the same."""
    subscription = Subscription.objects.filter(email=data["email"]).first()
    if subscription is not None and subscription.status == Subscription.Status.CONFIRMED:
        with translation.override(subscription.language):
            subject = _("You are already subscribed to the newsletter")
        newsletter_email(subscription, subject, "already_subscribed", {}).send()
        return subscription
    if subscription is None:
        subscription = Subscription(email=data["email"])
    subscription.language = data["language"]
    subscription.alerts = data["alerts"]
    subscription.status = Subscription.Status.PENDING
    subscription.requested_at = timezone.now()
    subscription.unsubscribed_at = None
    subscription.save()
    subscription.themes.set(data["themes"])
    subscription.regions.set(data["regions"])
    with translation.override(subscription.language):
        subject = _("Please confirm your subscription to the newsletter")
    newsletter_email(subscription, subject, "confirm", {}).send()
    return subscription


def confirm(subscription):
    if subscription.status != Subscription.Status.CONFIRMED:
        subscription.status = Subscription.Status.CONFIRMED
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])


def unsubscribe(subscription):
    if subscription.status != Subscription.Status.UNSUBSCRIBED:
        subscription.status = Subscription.Status.UNSUBSCRIBED
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["status", "unsubscribed_at"])


def rate_limited(request):
    """True once this address has asked for conf.subscriptions_per_hour() subscriptions in the hour; only a hash
    of the address is kept, in the cache, for an hour (as campaigns' pledges)."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode()).hexdigest()
    return count_attempt(f"newsletter:subscribe-rate:{digest}", RATE_WINDOW_SECONDS) > conf.subscriptions_per_hour()
