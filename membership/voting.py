"""Casting a vote and counting them. Who may vote is decided here, with the reason given to whoever may not."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from membership.models import Ballot, Membership, Vote
from membership.models.applications import Level


class VoteRefused(Exception):
    """Why this organisation cannot vote on this ballot, in words to show its editor."""


def refusal(ballot, organisation, now=None):
    """None when the organisation may vote on the ballot now, else the reason it may not."""
    if not ballot.is_open(now):
        return _("This ballot has closed.") if ballot.is_closed(now) else _("This ballot is not open yet.")
    membership = Membership.objects.filter(organisation=organisation).first()
    if membership is None or membership.level != Level.FULL:
        return _(
            "Only full members vote on policy matters: %(organisation)s is an associate member. "
            "Full membership is open to every member that pays the fee of its band."
        ) % {"organisation": organisation.title}
    if membership.status != Membership.Status.ACTIVE:
        return _("%(organisation)s's full membership has lapsed: it votes again once its membership is renewed.") % {
            "organisation": organisation.title
        }
    return None


def cast(ballot, organisation, option, user):
    """The organisation's vote, cast or changed by this editor. Two editors of one organisation voting at the same
    moment: the unique constraint lets one insert, and the other changes that vote, so it counts once."""
    reason = refusal(ballot, organisation)
    if reason:
        raise VoteRefused(reason)
    source = ballot.get_translation_or_none(Locale.get_default()) or ballot
    fields = {"option_key": option.translation_key, "cast_by": user, "cast_at": timezone.now()}
    try:
        with transaction.atomic():
            vote = Vote.objects.create(ballot_key=ballot.translation_key, organisation=organisation, **fields)
    except IntegrityError:
        with transaction.atomic():
            vote = Vote.objects.select_for_update().get(ballot_key=ballot.translation_key, organisation=organisation)
            for name, value in fields.items():
                setattr(vote, name, value)
            vote.save()
    # The audit log names the organisation; the option only when the ballot is open (not secret).
    data = {"organisation": organisation.title, "receipt": vote.receipt}
    if not ballot.secret:
        data["option"] = option.label
    log(source, "membership.vote", user=user, data=data)
    return vote


@dataclass
class Results:
    counts: list  # (option, votes)
    votes: int
    eligible: int
    quorum_needed: int
    voters: list  # organisations that voted, and what they chose unless the ballot is secret

    @property
    def turnout_percent(self):
        return round(100 * self.votes / self.eligible) if self.eligible else 0

    @property
    def quorum_reached(self):
        return self.votes >= self.quorum_needed


def full_members_in_good_standing():
    return Membership.objects.filter(level=Level.FULL, status=Membership.Status.ACTIVE).count()


def snapshot_turnout(ballot):
    """The number of full members who could vote, taken once the ballot has closed (by the daily membership task,
    or the first time its results are asked for, whichever comes first) and kept in every language."""
    if ballot.eligible_at_close is None and ballot.is_closed():
        eligible = full_members_in_good_standing()
        Ballot.objects.filter(translation_key=ballot.translation_key, eligible_at_close__isnull=True).update(
            eligible_at_close=eligible
        )
        ballot.eligible_at_close = Ballot.objects.filter(translation_key=ballot.translation_key).values_list(
            "eligible_at_close", flat=True
        )[0]
        return True
    return False


def snapshot_closed_ballots():
    """Every closed ballot's turnout snapshot (run daily); returns how many were taken."""
    closed = Ballot.objects.filter(closes_at__lte=timezone.now(), eligible_at_close__isnull=True)
    return sum(snapshot_turnout(ballot) for ballot in closed.filter(locale=Locale.get_default()))


def results(ballot, votes=None):
    """The count per option (in the ballot's language), turnout among full members and whether quorum was met.
    `votes` may come fetched for several ballots at once (membership.ballot_results)."""
    if votes is None:
        votes = list(Vote.objects.filter(ballot_key=ballot.translation_key).select_related("organisation"))
    options = list(ballot.options.all())
    tally = {option.translation_key: 0 for option in options}
    for vote in votes:
        tally[vote.option_key] = tally.get(vote.option_key, 0) + 1
    snapshot_turnout(ballot)
    eligible = ballot.eligible_at_close if ballot.eligible_at_close is not None else full_members_in_good_standing()
    eligible = max(eligible, len(votes))
    needed = -(-eligible * ballot.quorum_percent // 100)  # rounded up
    by_key = {option.translation_key: option for option in options}
    voters = sorted(
        ((vote.organisation.title, None if ballot.secret else by_key.get(vote.option_key)) for vote in votes),
        key=lambda voter: voter[0],
    )
    return Results(
        counts=[(option, tally[option.translation_key]) for option in options],
        votes=len(votes),
        eligible=eligible,
        quorum_needed=needed,
        voters=voters,
    )
