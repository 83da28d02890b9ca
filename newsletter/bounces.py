"""Hard bounces reported back: the addresses whose mail cannot be delivered are unsubscribed, from the
`newsletter_bounces` command or from a mail provider's webhook (the newsletter page's `bounces/` route).

The webhook takes JSON, either simply `{"bounced": ["someone@example.org", …]}` or one event or a list of
events in django-anymail's normalised tracking shape (`{"event_type": "bounced", "recipient": …}`; a
`"rejected"` event counts when its `reject_reason` is `"bounced"` or `"invalid"`: the provider refuses an address
known to bounce). Other events (delivered, deferred, opened…) are ignored. The provider proves itself with
newsletter.conf.bounce_webhook_secret(), as HTTP Basic auth's `user:password` (how django-anymail's webhooks are
protected: the secret in the URL the provider is given) or as a Bearer token."""

import base64
import binascii
import hmac

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone

from hub.personal_data import normalise_email
from newsletter import conf
from newsletter.models import Subscription

HARD_REJECT_REASONS = {"bounced", "invalid"}


class BadReport(ValueError):
    """A report the webhook cannot read; its message says why."""


def unsubscribe_bounced(addresses):
    """Those addresses are unsubscribed; returns how many were subscribed."""
    now = timezone.now()
    return (
        Subscription.objects.filter(email__in=addresses)
        .exclude(status=Subscription.Status.UNSUBSCRIBED)
        .update(status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=now, bounced_at=now)
    )


def authorised(header):
    """True if the Authorization header carries the webhook's secret; always False while it has none."""
    secret = conf.bounce_webhook_secret()
    scheme, _space, credentials = (header or "").partition(" ")
    if not secret or not credentials:
        return False
    if scheme.lower() == "basic":
        try:
            credentials = base64.b64decode(credentials, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return False
    elif scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(credentials.encode(), secret.encode())


def is_hard_bounce(event):
    kind = event.get("event_type")
    return kind == "bounced" or (kind == "rejected" and event.get("reject_reason") in HARD_REJECT_REASONS)


def bounced_addresses(report):
    """The addresses a decoded JSON report names as bouncing for good."""
    if isinstance(report, dict) and "bounced" in report:
        found = report["bounced"]
        if not isinstance(found, list):
            raise BadReport('"bounced" must be a list of addresses.')
    else:
        events = report if isinstance(report, list) else [report]
        if not all(isinstance(event, dict) for event in events):
            raise BadReport("Expected an object or a list of events.")
        found = [event.get("recipient") for event in events if is_hard_bounce(event)]
    addresses = set()
    for address in found:
        if not isinstance(address, str):
            raise BadReport("Every address must be a string.")
        try:
            validate_email(address)
        except ValidationError:
            raise BadReport(f"Not an email address: {address[:100]!r}.") from None
        addresses.add(normalise_email(address))
    return addresses
