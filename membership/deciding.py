"""A network editor's decisions on an application: approve (onboarding the organisation as `hub_add_member` does),
decline with a reason, or ask for more information. Each is emailed to the applicant and kept in the audit log."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from hub.onboarding import OnboardingError, onboard_member, send_invitation
from membership.joining import mail
from membership.levels import ensure_membership
from membership.models import Application, Membership
from membership.models.applications import Level
from membership.models.levels import add_year


class DecisionError(Exception):
    """Why the decision could not be made; nothing was changed."""


def region_slugs(application):
    """The application's regions by their slug in the default language, which is what onboarding looks up."""
    default = Locale.get_default()
    slugs = []
    for region in application.regions.all():
        translation = region.get_translation_or_none(default) if region.locale_id != default.pk else region
        slugs.append((translation or region).slug)
    return slugs


def decided(application, status, user, message=""):
    application.status = status
    application.decided_by = user
    application.decided_at = timezone.now()
    application.decision_message = message


def approve(application, user):
    """Onboard the organisation with the core's own onboarding (profile, space, collection, editors' group,
    invitation to the contact person), then record the decision. Raises DecisionError, changing nothing."""
    if not application.is_open:
        raise DecisionError(_("This application has already been decided."))
    try:
        with transaction.atomic():
            onboarded = onboard_member(
                name=application.organisation_name,
                editor_email=application.contact_email,
                editor_name=application.contact_name,
                regions=region_slugs(application),
                invite=False,
                mission=application.about[:600],
                website=application.website,
                contact_email=application.contact_email,
                year_founded=application.year_founded,
            )
            if not onboarded.created:
                raise OnboardingError(
                    _("“%(name)s” is already a member organisation.") % {"name": application.organisation_name}
                )
            application.organisation = onboarded.organisation
            decided(application, Application.Status.APPROVED, user)
            application.save()
            joined(application, onboarded.organisation)
            log(
                application,
                "membership.application.approve",
                user=user,
                data={"organisation": application.organisation_name, "level": application.level},
            )
    except OnboardingError as error:
        raise DecisionError(str(error)) from None
    if onboarded.editor_created:
        onboarded.invitation_sent = send_invitation(onboarded)
    mail(
        lambda: _("Welcome to the network: %(organisation)s") % {"organisation": application.organisation_name},
        "membership/emails/application_approved.txt",
        {"application": application, "invited": onboarded.invitation_sent},
        [application.contact_email],
        application.language,
    )
    return onboarded


def joined(application, organisation):
    """What the plugin records about a new member beyond the core's onboarding: its level and, for a full member,
    what sets its fee band, renewable a year from now."""
    full = application.level == Level.FULL
    ensure_membership(
        organisation,
        level=application.level,
        status=Membership.Status.ACTIVE,
        size_band=application.size_band if full else "",
        income_band=application.income_band if full else "",
        renewal_date=add_year(timezone.localdate()) if full else None,
    )


def decline(application, user, reason):
    if not application.is_open:
        raise DecisionError(_("This application has already been decided."))
    decided(application, Application.Status.DECLINED, user, reason)
    application.save()
    log(application, "membership.application.decline", user=user, data={"reason": reason})
    mail(
        lambda: (
            _("Your application to join the network: %(organisation)s")
            % {"organisation": application.organisation_name}
        ),
        "membership/emails/application_declined.txt",
        {"application": application},
        [application.contact_email],
        application.language,
    )


def ask_for_information(application, user, question):
    if not application.is_open:
        raise DecisionError(_("This application has already been decided."))
    application.status = Application.Status.MORE_INFORMATION
    application.decision_message = question
    application.save()
    log(application, "membership.application.ask", user=user, data={"question": question})
    mail(
        lambda: (
            _("A question about your application: %(organisation)s") % {"organisation": application.organisation_name}
        ),
        "membership/emails/application_question.txt",
        {"application": application},
        [application.contact_email],
        application.language,
    )
