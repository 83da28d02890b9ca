"""Policy opportunities: open ones by deadline, past ones archived by the calendar alone."""

from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from campaigns.factories import PolicyOpportunityPageFactory
from campaigns.models import PolicyOpportunityPage
from hub.bulk_indexing import indexes_built_after

pytestmark = pytest.mark.django_db


def positions(html, titles):
    return [html.index(f">{title}</a>") if f">{title}</a>" in html else None for title in titles]


def test_open_opportunities_are_listed_by_deadline_and_past_ones_archived(client, opportunities_index):
    PolicyOpportunityPageFactory(parent=opportunities_index, title="Closes in a month", days=30)
    PolicyOpportunityPageFactory(parent=opportunities_index, title="Closes today", days=0)
    PolicyOpportunityPageFactory(parent=opportunities_index, title="Closed yesterday", days=-1)
    PolicyOpportunityPageFactory(parent=opportunities_index, title="Closes next week", days=7)

    listing = unescape(client.get(opportunities_index.url).content.decode())
    open_positions = positions(listing, ["Closes today", "Closes next week", "Closes in a month"])
    assert None not in open_positions and open_positions == sorted(open_positions)
    assert ">Closed yesterday</a>" not in listing

    archive = unescape(client.get(opportunities_index.url + "archive/").content.decode())
    assert ">Closed yesterday</a>" in archive
    assert ">Closes today</a>" not in archive


def test_an_opportunity_moves_to_the_archive_the_day_after_its_deadline(client, opportunities_index, settings):
    opportunity = PolicyOpportunityPageFactory(parent=opportunities_index, title="Detention inquiry", days=0)
    assert ">Detention inquiry</a>" in client.get(opportunities_index.url).content.decode()
    PolicyOpportunityPage.objects.filter(pk=opportunity.pk).update(deadline=timezone.localdate() - timedelta(days=1))
    assert ">Detention inquiry</a>" not in client.get(opportunities_index.url).content.decode()
    assert ">Detention inquiry</a>" in client.get(opportunities_index.url + "archive/").content.decode()


def test_an_opportunity_page_shows_how_to_respond_and_its_campaign(client, opportunities_index, network_campaign):
    opportunity = PolicyOpportunityPageFactory(
        parent=opportunities_index, title="Detention inquiry", days=10, related_campaign=network_campaign
    )
    html = unescape(client.get(opportunity.url).content.decode())
    assert "How to respond" in html and "Answer online." in html and "Home Office" in html
    assert f'href="{network_campaign.url}">End indefinite immigration detention</a>' in html


def test_the_home_page_lists_opportunities_closing_soon(client, home, opportunities_index):
    PolicyOpportunityPageFactory(parent=opportunities_index, title="Closes in ten days", days=10)
    PolicyOpportunityPageFactory(parent=opportunities_index, title="Closes in three months", days=90)
    PolicyOpportunityPageFactory(parent=opportunities_index, title="Already closed", days=-2)
    html = unescape(client.get(home.url).content.decode())
    assert "Have your say: closing soon" in html
    assert "Closes in ten days" in html
    assert "Closes in three months" not in html and "Already closed" not in html


def test_listings_make_a_bounded_number_of_queries(client, opportunities_index, housing, django_assert_max_num_queries):
    with indexes_built_after():
        for number in range(120):
            PolicyOpportunityPageFactory(
                parent=opportunities_index, title=f"Opportunity {number}", days=number - 60
            ).themes.set([housing])
    for url in [opportunities_index.url, opportunities_index.url + "archive/?theme=housing&page=2"]:
        with django_assert_max_num_queries(30):
            response = client.get(url)
        assert response.status_code == 200


def test_bad_query_strings_never_break_the_listings(client, opportunities_index):
    for query in ["?page=x", "?page=1000", "?theme=%ff&region=zz"]:
        assert client.get(opportunities_index.url + query).status_code == 200
        assert client.get(opportunities_index.url + "archive/" + query).status_code == 200
