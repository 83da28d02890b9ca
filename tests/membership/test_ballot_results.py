"""The public results of closed ballots (counts, turnout, quorum), never who chose what; the turnout is the one at
closing, whatever memberships do afterwards."""

import re

import pytest
from django.utils.html import escape
from wagtail.models import Locale

from hub.factories import PublishedPageFactory
from membership import voting
from membership.ballot_results import snapshot_and_publish_turnouts
from membership.factories import ballot, membership_of
from membership.models import Ballot, BallotResultsPage, Vote

pytestmark = pytest.mark.django_db


class BallotResultsPageFactory(PublishedPageFactory):
    title = "Decisions of the network"

    class Meta:
        model = BallotResultsPage


@pytest.fixture
def closed_ballot(member_a, member_b):
    membership_of(member_a.organisation, level="full")
    membership_of(member_b.organisation, level="full")
    made = ballot(
        question="Should the network adopt its new mission statement?", opens_in=-10, closes_in=-1, secret=False
    )
    Vote.objects.create(
        ballot_key=made.translation_key,
        organisation=member_a.organisation,
        option_key=made.options.first().translation_key,
    )
    return made


def test_the_public_sees_counts_turnout_and_quorum_but_not_who_voted(client, home, closed_ballot, member_a):
    ballot(question="Still open?", opens_in=-1, closes_in=5)
    page = BallotResultsPageFactory(parent=home)
    html = client.get(page.url).content.decode()
    assert "Should the network adopt its new mission statement?" in html and "Still open?" not in html
    assert "Turnout: 1 of 2 full members (50%)." in html
    assert "Quorum reached: the result stands." in html
    assert escape(member_a.organisation.title) not in html


def test_a_persian_reader_reads_the_counts_in_persian_digits(client, home, closed_ballot):
    page = BallotResultsPageFactory(parent=home)
    persian = page.copy_for_translation(Locale.objects.get(language_code="fa"), copy_parents=True)
    persian.save_revision().publish()
    html = client.get(persian.url).content.decode()
    assert "<td>۱</td>" in html and "<td>۰</td>" in html
    turnout = re.search(r"<p>([^<]*۵۰[^<]*)</p>", html).group(1)
    assert "۱" in turnout and "۲" in turnout and not re.search("[0-9]", turnout)


def test_turnout_is_taken_at_closing_and_kept(closed_ballot, member_b):
    assert snapshot_and_publish_turnouts() == 1
    assert Ballot.objects.get(pk=closed_ballot.pk).eligible_at_close == 2
    membership_of(member_b.organisation, level="associate")
    assert voting.results(Ballot.objects.get(pk=closed_ballot.pk)).eligible == 2
    assert snapshot_and_publish_turnouts() == 0


def test_an_open_ballot_has_no_snapshot_yet(member_a):
    made = ballot()
    assert snapshot_and_publish_turnouts() == 0
    voting.results(made)
    assert Ballot.objects.get(pk=made.pk).eligible_at_close is None


def test_the_results_page_takes_a_bounded_number_of_queries(
    client_for, network_editor, home, closed_ballot, django_assert_max_num_queries
):
    client = client_for(network_editor)  # served fresh, never from the page cache
    page = BallotResultsPageFactory(parent=home)
    client.get(page.url)
    with django_assert_max_num_queries(30) as few:
        assert client.get(page.url).status_code == 200
    few = len(few)  # counted now: the connection's log of queries is bounded
    for number in range(6):
        ballot(question=f"Question {number}?", opens_in=-10, closes_in=-2)
    client.get(page.url)  # their turnouts are taken the first time
    with django_assert_max_num_queries(few):
        assert client.get(page.url).status_code == 200
