"""Coalitions: member organisations supporting another's campaign, once its lead (or the network) agrees."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub.caching import purge_page_versions


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
        """Answers the request if it still waits; False, changing nothing, if it was answered already (by
        another editor, or from a page left open). The database decides, so two answers at once make one."""
        status = self.Status.ACCEPTED if accept else self.Status.DECLINED
        decided_at = timezone.now()
        answered = CampaignSupport.objects.filter(pk=self.pk, status=self.Status.PENDING).update(
            status=status, decided_by=user, decided_at=decided_at
        )
        if not answered:
            self.refresh_from_db()
            return False
        self.status, self.decided_by, self.decided_at = status, user, decided_at
        if accept:
            # The supporters listed on the campaign page and the campaigns on the supporter's profile, in every
            # language, once the transaction commits.
            purge_page_versions(self.campaign)
            purge_page_versions(self.organisation)
        return True
