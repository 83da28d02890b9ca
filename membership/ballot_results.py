"""The results of closed ballots for the public page, in the visitor's language, in a fixed number of queries; and
the daily snapshot of turnouts, after which the public page is purged from the caches."""

from collections import defaultdict

from django.utils import timezone
from wagtail.models import Locale

from hub.caching import purge_page_versions
from hub.per_request import active_locale
from membership import voting
from membership.models import Ballot, BallotResultsPage, Vote


def closed_ballot_results(limit):
    """[(ballot, results)] for the most recently closed ballots, each in the visitor's language where translated."""
    sources = list(
        Ballot.objects.filter(locale=Locale.get_default(), closes_at__lte=timezone.now()).order_by("-closes_at")[:limit]
    )
    keys = [source.translation_key for source in sources]
    translated = {
        ballot.translation_key: ballot
        for ballot in Ballot.objects.filter(locale=active_locale(), translation_key__in=keys).prefetch_related(
            "options"
        )
    }
    untranslated = [source.pk for source in sources if source.translation_key not in translated]
    with_options = Ballot.objects.filter(pk__in=untranslated).prefetch_related("options").in_bulk()
    votes = defaultdict(list)
    for vote in Vote.objects.filter(ballot_key__in=keys):
        votes[vote.ballot_key].append(vote)
    shown = []
    for source in sources:
        ballot = translated.get(source.translation_key) or with_options[source.pk]
        shown.append((ballot, voting.results(ballot, votes=votes[source.translation_key])))
    return shown


def snapshot_and_publish_turnouts():
    """Take the turnout of ballots that have closed; the public results page shows them at once."""
    taken = voting.snapshot_closed_ballots()
    if taken:
        for page in BallotResultsPage.objects.filter(locale=Locale.get_default()):
            purge_page_versions(page)
    return taken
