"""Votes on policy matters: a ballot the network opens, one vote per full member organisation (cast by one of its
editors, changeable until closing), results after closing. Ballots and their options are translatable snippets;
votes point at their source by translation key, so one vote counts whatever language it was cast in."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin


class Ballot(TranslatableMixin, ClusterableModel):
    """A question put to the full members, open between two times."""

    question = models.CharField(_("question"), max_length=300)
    explanation = models.TextField(_("explanation"), blank=True)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    quorum_percent = models.PositiveSmallIntegerField(
        _("quorum (percentage of full members)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("The share of full member organisations that must vote for the result to stand."),
    )
    secret = models.BooleanField(
        _("secret ballot"), default=True, help_text=_("Results show counts only, never which organisation chose what.")
    )
    # How many full members could vote when the ballot closed (membership.voting.snapshot_turnout): turnout stays
    # what it was, whatever memberships do afterwards.
    eligible_at_close = models.PositiveIntegerField(_("full members at closing"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("question"),
        FieldPanel("explanation"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldRowPanel([FieldPanel("quorum_percent"), FieldPanel("secret")]),
        InlinePanel("options", label=_("options"), min_num=2),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")

    def __str__(self):
        return self.question

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A ballot closes after it opens.")})

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now=None):
        return (now or timezone.now()) >= self.closes_at


class BallotOption(TranslatableMixin, Orderable):
    ballot = ParentalKey(Ballot, related_name="options", on_delete=models.CASCADE)
    label = models.CharField(_("option"), max_length=200)

    panels = [FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.label


def new_receipt():
    return secrets.token_hex(6).upper()


class Vote(models.Model):
    """One member organisation's vote on one ballot. The unique constraint is what makes two editors of one
    organisation voting at the same moment count once."""

    ballot_key = models.UUIDField(_("ballot"), db_index=True)
    option_key = models.UUIDField(_("option"))
    organisation = models.ForeignKey(
        "hub.MemberOrganisationPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("organisation")
    )
    cast_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("cast by")
    )
    cast_at = models.DateTimeField(_("cast"), default=timezone.now)
    receipt = models.CharField(_("receipt"), max_length=12, default=new_receipt)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["ballot_key", "organisation"], name="one_vote_per_organisation_per_ballot")
        ]
