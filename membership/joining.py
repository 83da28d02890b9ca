"""Applying to join: saved first, then the applicant and the network team are told (a failing mail server is
logged, never loses the application)."""

import hashlib
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from hub.absolute_urls import absolute_url
from hub.client_address import client_address
from hub.notifications import recipient_language
from hub.rate_limits import count_attempt
from hub.roles import network_editors
from membership import conf

logger = logging.getLogger(__name__)

RATE_WINDOW_SECONDS = 3600


def rate_limited(request):
    """True once this address has applied HUB_MEMBERSHIP_APPLICATIONS_PER_HOUR times in the hour; only a hash of the
    address lives in the cache, for an hour (as campaigns.pledging)."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode()).hexdigest()
    return count_attempt(f"membership:apply-rate:{digest}", RATE_WINDOW_SECONDS) > conf.applications_per_hour()


def save_application(form, language):
    application = form.save(commit=False)
    application.language = language
    application.save()
    form.save_m2m()
    log(application, "membership.application.submit", data={"organisation": application.organisation_name})
    return application


def mail(subject, template, context, recipients, language):
    """One email in the recipient's language; a failure is logged and reported as False."""
    with translation.override(language):
        try:
            send_mail(str(subject()), render_to_string(template, context), None, recipients)
        except Exception:
            logger.exception("Could not send %s", template)
            return False
    return True


def tell_applicant(application):
    return mail(
        lambda: (
            _("Your application to join the network: %(organisation)s")
            % {"organisation": application.organisation_name}
        ),
        "membership/emails/application_received.txt",
        {"application": application},
        [application.contact_email],
        application.language,
    )


def tell_network_editors(application):
    link = absolute_url(reverse("membership_application", args=[application.pk]))
    for editor in network_editors().exclude(email=""):
        mail(
            lambda: _("New application to join: %(organisation)s") % {"organisation": application.organisation_name},
            "membership/emails/application_for_editors.txt",
            {"application": application, "editor": editor, "link": link},
            [editor.email],
            recipient_language(editor),
        )
