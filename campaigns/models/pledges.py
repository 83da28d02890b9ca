"""Pledges: members of the public signing a campaign's pledge. Personal data, kept minimal and not for long."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Pledge(models.Model):
    """One person's pledge to one campaign, whichever language they signed it in.

    `campaign_key` is the campaign's translation key: the French and Arabic pages of a campaign share its
    pledges, and the database refuses a second pledge from the same (normalised) address."""

    campaign = models.ForeignKey(
        "campaigns.CampaignPage", verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="pledges"
    )
    campaign_key = models.UUIDField(editable=False, db_index=True)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    may_contact = models.BooleanField(_("may be contacted again"), default=False)
    created_at = models.DateTimeField(_("pledged at"), auto_now_add=True)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        constraints = [models.UniqueConstraint(fields=["campaign_key", "email"], name="campaigns_one_pledge_per_email")]

    def __str__(self):
        return f"{self.name} ({self.campaign_id})"
