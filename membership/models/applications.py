"""Applications to join the network, kept from the moment they are sent until a network editor decides."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """The network's two levels of membership (its founding proposal): full members pay a fee and vote."""

    FULL = "full", _("Full member")
    ASSOCIATE = "associate", _("Associate member")


class IncomeBand(models.TextChoices):
    UNDER_10K = "under-10k", _("Under £10,000 a year")
    UNDER_50K = "10k-50k", _("£10,000 to £50,000 a year")
    UNDER_250K = "50k-250k", _("£50,000 to £250,000 a year")
    OVER_250K = "over-250k", _("Over £250,000 a year")


class SizeBand(models.TextChoices):
    VOLUNTEERS = "volunteers", _("Volunteers only")
    SMALL = "1-5", _("1 to 5 paid staff")
    MEDIUM = "6-20", _("6 to 20 paid staff")
    LARGE = "over-20", _("More than 20 paid staff")


class Application(models.Model):
    """An organisation's application to join, with its contact person (personal data: membership.personal_data)."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for a decision")
        MORE_INFORMATION = "more-information", _("More information asked")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    language = models.CharField(_("language"), max_length=12, help_text=_("The applicant's language, for emails."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.WAITING)
    level = models.CharField(_("level applied for"), max_length=12, choices=Level.choices)

    organisation_name = models.CharField(_("organisation"), max_length=200)
    about = models.TextField(_("what the organisation does"), max_length=600)
    regions = models.ManyToManyField("hub.Region", verbose_name=_("regions"), blank=True, related_name="+")
    website = models.URLField(_("website"), blank=True)
    charity_number = models.CharField(_("registered charity or company number"), max_length=40, blank=True)
    year_founded = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    income_band = models.CharField(_("annual income"), max_length=12, choices=IncomeBand.choices, blank=True)
    size_band = models.CharField(_("staff and volunteers"), max_length=12, choices=SizeBand.choices, blank=True)

    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_role = models.CharField(_("role in the organisation"), max_length=100, blank=True)
    agrees_with_mission = models.BooleanField(_("agrees with the mission statement"), default=False)

    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_message = models.TextField(
        _("message to the applicant"), blank=True, help_text=_("The reason for declining, or the question asked.")
    )
    organisation = models.ForeignKey(
        "hub.MemberOrganisationPage",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("application to join")
        verbose_name_plural = _("applications to join")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.organisation_name

    @property
    def is_open(self):
        return self.status in (self.Status.WAITING, self.Status.MORE_INFORMATION)
