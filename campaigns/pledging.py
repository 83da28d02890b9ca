"""Taking a pledge: saved first, counted exactly once, confirmed by email, withdrawn by a signed link."""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from campaigns import conf
from campaigns.models import Pledge
from hub.absolute_urls import page_url
from hub.client_address import client_address
from hub.mail import queue_with_submission
from hub.rate_limits import count_attempt

WITHDRAWAL_SALT = "campaigns.pledge.withdraw"
RATE_WINDOW_SECONDS = 3600


def rate_limited(request):
    """True once this address has pledged HUB_CAMPAIGNS_PLEDGES_PER_HOUR times (campaigns.conf) in the hour. Only a hash of
    the address lives in the cache, for an hour; it is stored nowhere else. Behind a proxy the address is the
    visitor's, not the proxy's (hub.client_address); without Redis, each process counts on its own (hub.rate_limits)."""
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    attempts = count_attempt(f"campaigns:pledge-rate:{digest}", RATE_WINDOW_SECONDS)
    return attempts > conf.pledges_per_hour()


def save_pledge(request, campaign, data):
    """The pledge, saved with its confirmation email queued in the same transaction, or None when this address
    has already pledged to the campaign (in any of its languages).

    The unique constraint decides, so two submissions racing each other still make one pledge."""
    try:
        with transaction.atomic():
            pledge = Pledge.objects.create(
                campaign=campaign,
                campaign_key=campaign.translation_key,
                name=data["name"],
                email=data["email"],
                postcode=data["postcode"],
                organisation_name=data["organisation_name"],
                may_contact=data["may_contact"],
            )
            send_confirmation(request, campaign, pledge)
    except IntegrityError:
        return None
    campaign.pledges_changed()
    return pledge


def withdrawal_token(pledge):
    return signing.dumps({"pledge": pledge.pk, "email": pledge.email}, salt=WITHDRAWAL_SALT)


def pledge_from_token(token):
    """The pledge the link was made for, or None if the link was tampered with or the pledge is gone."""
    try:
        data = signing.loads(token, salt=WITHDRAWAL_SALT)
    except signing.BadSignature:
        return None
    return Pledge.objects.filter(pk=data.get("pledge"), email=data.get("email")).select_related("campaign").first()


def send_confirmation(request, campaign, pledge):
    """Tell the person their pledge counts and how to withdraw it. Called in the transaction that saves the pledge
    (hub.mail.queue_with_submission): an email that cannot be built is logged, and the pledge stays."""
    query = urlencode({"token": withdrawal_token(pledge)})
    withdraw_url = f"{page_url(campaign)}{campaign.reverse_subpage('withdraw')}?{query}"
    context = {"campaign": campaign, "pledge": pledge, "withdraw_url": withdraw_url}
    return queue_with_submission(
        lambda: send_mail(
            _("Your pledge: %(campaign)s") % {"campaign": campaign.title},
            render_to_string("campaigns/emails/pledge_confirmation.txt", context, request=request),
            None,
            [pledge.email],
        ),
        f"the confirmation of pledge {pledge.pk}",
    )
