"""The daily round of renewals: reminders before a full membership's renewal date, lapsing once it has passed
unpaid, and, after the grace period the network sets, becoming associate. Run by the `renew_memberships` task
(`hub membership_renewals` queues it; run that daily from cron or a scheduler)."""

import datetime
import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from hub.notifications import recipient_language
from hub.onboarding import editors_group_name
from membership.joining import mail
from membership.models import Membership, MembershipSettings
from membership.models.applications import Level

logger = logging.getLogger(__name__)


def recipients(membership):
    """The organisation's editors and its contact address, each with the language to write to them in."""
    organisation = membership.organisation
    editors = get_user_model().objects.filter(groups__name=editors_group_name(organisation.title), is_active=True)
    found = {editor.email.lower(): recipient_language(editor) for editor in editors if editor.email}
    if organisation.contact_email and organisation.contact_email.lower() not in found:
        found[organisation.contact_email.lower()] = None
    return found


def remind(membership):
    from django.conf import settings

    context = {"membership": membership, "organisation": membership.organisation, "fee_band": membership.fee_band()}
    for email, language in recipients(membership).items():
        mail(
            lambda: (
                _("Time to renew your membership: %(organisation)s") % {"organisation": membership.organisation.title}
            ),
            "membership/emails/renewal_reminder.txt",
            context,
            [email],
            language or settings.LANGUAGE_CODE,
        )


def run_renewals(today=None):
    """One round; returns (reminded, lapsed, made associate). Safe to run twice a day: nothing is done twice."""
    today = today or timezone.localdate()
    config = MembershipSettings.load()
    full = Membership.objects.filter(level=Level.FULL).select_related("organisation")
    reminded = lapsed = made_associate = 0
    soon = today + datetime.timedelta(days=config.reminder_days)
    for membership in full.filter(status=Membership.Status.ACTIVE, renewal_date__gte=today, renewal_date__lte=soon):
        if membership.reminded_for != membership.renewal_date:
            remind(membership)
            membership.reminded_for = membership.renewal_date
            membership.save(update_fields=["reminded_for"])
            reminded += 1
    for membership in full.filter(status=Membership.Status.ACTIVE, renewal_date__lt=today):
        with transaction.atomic():
            membership.status, membership.lapsed_on = Membership.Status.LAPSED, membership.renewal_date
            membership.save(update_fields=["status", "lapsed_on"])
            log(membership, "membership.lapse", data={"renewal_date": str(membership.renewal_date)})
        lapsed += 1
    grace_ended = today - datetime.timedelta(days=config.grace_days)
    for membership in full.filter(status=Membership.Status.LAPSED, renewal_date__lt=grace_ended):
        with transaction.atomic():
            membership.level, membership.status = Level.ASSOCIATE, Membership.Status.ACTIVE
            membership.save(update_fields=["level", "status"])
            log(membership, "membership.associate", data={"lapsed_on": str(membership.lapsed_on)})
        made_associate += 1
    return reminded, lapsed, made_associate
