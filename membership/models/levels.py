"""The two levels of membership as the network defines them: full members pay a fee (by a table the network
edits), renew every year and vote; associates are free. Publishing trust is the core's, and separate."""

import datetime

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from membership.models.applications import IncomeBand, Level, SizeBand


@register_setting(icon="user")
class MembershipSettings(ClusterableModel, BaseGenericSetting):
    """What the network decides about membership: the fee table, the grace period and when reminders go out."""

    grace_days = models.PositiveSmallIntegerField(
        _("grace period (days)"),
        default=60,
        help_text=_("How long after its renewal date an unpaid full membership stays full before becoming associate."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder (days before renewal)"), default=30, help_text=_("When full members are reminded to renew.")
    )

    group_meetings_per_year = models.PositiveSmallIntegerField(
        _("regional group meetings a year"),
        default=2,
        validators=[MinValueValidator(1)],
        help_text=_("How many meetings a regional network group holds in a year; the admin flags those behind."),
    )

    panels = [
        FieldRowPanel([FieldPanel("grace_days"), FieldPanel("reminder_days")]),
        FieldPanel("group_meetings_per_year"),
        InlinePanel("fee_bands", label=_("fee bands")),
    ]

    class Meta:
        verbose_name = _("membership")

    def fee_for(self, size_band, income_band):
        band = next(
            (band for band in self.fee_bands.all() if (band.size_band, band.income_band) == (size_band, income_band)),
            None,
        )
        return band


class FeeBand(Orderable):
    """One row of the fee table: what a full member of this size and income pays a year (zero allowed)."""

    settings = ParentalKey(MembershipSettings, related_name="fee_bands", on_delete=models.CASCADE)
    name = models.CharField(_("band"), max_length=60)
    size_band = models.CharField(_("staff and volunteers"), max_length=12, choices=SizeBand.choices)
    income_band = models.CharField(_("annual income"), max_length=12, choices=IncomeBand.choices)
    annual_fee = models.DecimalField(
        _("annual fee (£)"), max_digits=8, decimal_places=2, validators=[MinValueValidator(0)]
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("size_band"), FieldPanel("income_band")]), "annual_fee"]

    class Meta(Orderable.Meta):
        verbose_name = _("fee band")
        verbose_name_plural = _("fee bands")
        constraints = [
            models.UniqueConstraint(fields=["settings", "size_band", "income_band"], name="one_fee_per_band")
        ]

    def __str__(self):
        return self.name


class Membership(ClusterableModel):
    """One member organisation's level and, for a full member, its fee band, renewal and status."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        LAPSED = "lapsed", _("Lapsed")
        ENDED = "ended", _("Ended")

    # The organisation's page in the default language; its other languages share its translation key.
    organisation = models.OneToOneField(
        "hub.MemberOrganisationPage",
        verbose_name=_("member organisation"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    level = models.CharField(_("level"), max_length=12, choices=Level.choices, default=Level.ASSOCIATE)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    size_band = models.CharField(_("staff and volunteers"), max_length=12, choices=SizeBand.choices, blank=True)
    income_band = models.CharField(_("annual income"), max_length=12, choices=IncomeBand.choices, blank=True)
    joined_on = models.DateField(_("joined"), default=timezone.localdate)
    renewal_date = models.DateField(_("renewal date"), null=True, blank=True)
    lapsed_on = models.DateField(_("lapsed on"), null=True, blank=True)
    reminded_for = models.DateField(
        _("reminded for"), null=True, blank=True, help_text=_("The renewal date the last reminder was sent for.")
    )

    panels = [
        FieldRowPanel([FieldPanel("level"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("size_band"), FieldPanel("income_band")]),
        FieldRowPanel([FieldPanel("joined_on"), FieldPanel("renewal_date"), FieldPanel("lapsed_on")]),
        InlinePanel("contacts", label=_("contact people")),
        InlinePanel("payments", label=_("payments received")),
    ]

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        indexes = [models.Index(fields=["level", "status"])]

    def __str__(self):
        return f"{self.organisation.title}: {self.get_level_display()}"

    @property
    def is_full(self):
        return self.level == Level.FULL and self.status == self.Status.ACTIVE

    def fee_band(self):
        if self.level != Level.FULL:
            return None
        return MembershipSettings.load().fee_for(self.size_band, self.income_band)

    def payment_recorded(self, paid_on):
        """The network team recorded a payment: a full, active membership for a year from the renewal date it
        pays for (from the payment, when there was none or the membership had lapsed)."""
        in_good_standing = self.level == Level.FULL and self.status == self.Status.ACTIVE and self.renewal_date
        self.renewal_date = add_year(self.renewal_date if in_good_standing else paid_on)
        self.level, self.status, self.lapsed_on = Level.FULL, self.Status.ACTIVE, None

    def regions_text(self):
        return ", ".join(region.name for region in self.organisation.regions.all())

    def contacts_text(self):
        return "; ".join(str(contact) for contact in self.contacts.all())


class ContactPerson(Orderable):
    """Someone the network team contacts at a member organisation (personal data: membership.personal_data)."""

    membership = ParentalKey(Membership, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role in the organisation"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    may_contact = models.BooleanField(
        _("agrees to be contacted"), default=False, help_text=_("Whether this person agreed to hear from the network.")
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        "may_contact",
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        details = ", ".join(part for part in (self.role, self.email, self.phone) if part)
        consent = "" if self.may_contact else " [no consent]"
        return f"{self.name} ({details}){consent}" if details else f"{self.name}{consent}"

    def save(self, *args, **kwargs):
        from hub.personal_data import normalise_email

        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)


def add_year(day):
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + datetime.timedelta(days=365)


class Payment(Orderable):
    """A membership fee the network team received and recorded; no payment service is called."""

    class Method(models.TextChoices):
        BANK_TRANSFER = "bank-transfer", _("Bank transfer")
        CHEQUE = "cheque", _("Cheque")
        CASH = "cash", _("Cash")
        OTHER = "other", _("Other")

    membership = ParentalKey(Membership, related_name="payments", on_delete=models.CASCADE)
    amount = models.DecimalField(_("amount (£)"), max_digits=8, decimal_places=2, validators=[MinValueValidator(0)])
    paid_on = models.DateField(_("paid on"), default=timezone.localdate)
    method = models.CharField(_("method"), max_length=20, choices=Method.choices)
    reference = models.CharField(_("reference"), max_length=100, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldRowPanel([FieldPanel("amount"), FieldPanel("paid_on"), FieldPanel("method")]), "reference"]

    class Meta(Orderable.Meta):
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
