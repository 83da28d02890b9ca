"""Ballots in the admin: member organisations' editors vote for their organisation, everyone who runs a member
or the network sees the results once a ballot has closed. Every view checks who asks."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from hub.dashboard import member_or_network_editor, member_spaces
from membership import voting
from membership.models import Ballot, BallotOption, Vote


def members_and_network_only(request):
    if not member_or_network_editor(request.user):
        raise PermissionDenied


def source_ballots():
    return Ballot.objects.filter(locale=Locale.get_default())


def index(request):
    members_and_network_only(request)
    now = timezone.now()
    sources = list(source_ballots().order_by("-closes_at"))
    # Each in the admin's language where a translation exists, all in one query.
    translated = {
        ballot.translation_key: ballot
        for ballot in Ballot.objects.filter(
            locale__language_code=get_language(), translation_key__in=[source.translation_key for source in sources]
        )
    }
    ballots = []
    for source in sources:
        ballot = translated.get(source.translation_key, source)
        ballot.source_pk = source.pk
        ballots.append(ballot)
    return TemplateResponse(
        request,
        "membership/admin/ballots.html",
        {
            "open_ballots": [ballot for ballot in ballots if ballot.is_open(now)],
            "upcoming_ballots": [ballot for ballot in ballots if ballot.opens_at > now],
            "closed_ballots": [ballot for ballot in ballots if ballot.is_closed(now)],
        },
    )


def organisations_voting(user, ballot):
    """Each of the user's organisations with its vote on the ballot (or None) and why it may not vote (or None)."""
    organisations = list(member_spaces(user).filter(locale=Locale.get_default()).order_by("title"))
    votes = {
        vote.organisation_id: vote
        for vote in Vote.objects.filter(ballot_key=ballot.translation_key, organisation__in=organisations)
    }
    options = {option.translation_key: option for option in ballot.options.all()}
    return [
        {
            "organisation": organisation,
            "vote": votes.get(organisation.pk),
            "chosen": options.get(votes[organisation.pk].option_key) if organisation.pk in votes else None,
            "refusal": voting.refusal(ballot, organisation),
        }
        for organisation in organisations
    ]


def detail(request, pk):
    members_and_network_only(request)
    ballot = get_object_or_404(source_ballots(), pk=pk).localized
    ballot.source_pk = pk
    context = {
        "ballot": ballot,
        "options": ballot.options.all(),
        "organisations": organisations_voting(request.user, ballot),
    }
    if ballot.is_closed():
        context["results"] = voting.results(ballot)
    return TemplateResponse(request, "membership/admin/ballot.html", context)


@require_POST
def vote(request, pk):
    members_and_network_only(request)
    ballot = get_object_or_404(source_ballots(), pk=pk)
    organisation = member_spaces(request.user).filter(locale=Locale.get_default(), pk=request.POST.get("organisation"))
    organisation = organisation.first() if request.POST.get("organisation", "").isdigit() else None
    if organisation is None:
        raise PermissionDenied  # not an organisation this person edits
    option_id = request.POST.get("option", "")
    option = (
        BallotOption.objects.filter(pk=option_id, ballot__translation_key=ballot.translation_key).first()
        if option_id.isdigit()
        else None
    )
    if option is None:
        messages.error(request, _("Choose one of the options."))
        return redirect("membership_ballot", pk=pk)
    try:
        cast = voting.cast(ballot, organisation, option, request.user)
    except voting.VoteRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(
            request,
            _("The vote of %(organisation)s is recorded: “%(option)s”. Receipt %(receipt)s.")
            % {"organisation": organisation.title, "option": option.label, "receipt": cast.receipt},
        )
    return redirect("membership_ballot", pk=pk)
