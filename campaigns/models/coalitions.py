"""Coalitions: member organisations supporting another's campaign, once its lead (or the network) agrees."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CampaignSupport(models.Model):
    """A member organisation's request to support a campaign, and the lead's answer.

    Both pages are the default language's versions: a coalition is one fact whatever language it is read in."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    campaign = models.ForeignKey(
        "campaigns.CampaignPage", verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="supports"
    )
    organisation = models.ForeignKey(
        "hub.MemberOrganisationPage",
        verbose_name=_("supporting organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("campaign supporter")
        verbose_name_plural = _("campaign supporters")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "organisation"], name="campaigns_one_support_per_member")
        ]

    def decide(self, user, accept):
        self.status = self.Status.ACCEPTED if accept else self.Status.DECLINED
        self.decided_by = user
        self.decided_at = timezone.now()
        self.save(update_fields=["status", "decided_by", "decided_at"])
