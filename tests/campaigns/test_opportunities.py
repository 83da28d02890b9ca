"""Policy opportunities: open ones by deadline, past ones archived by the calendar alone."""

from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from campaigns.models import PolicyOpportunityPage

pytestmark = pytest.mark.django_db


def add_opportunity(index, title, days, **fields):
    opportunity = index.add_child(
        instance=PolicyOpportunityPage(
            title=title,
            decision_body="Home Office",
            deadline=timezone.localdate() + timedelta(days=days),
            description="<p>What is decided.</p>",
            how_to_respond="<p>Answer online.</p>",
            **fields,
        )
    )
    opportunity.save_revision().publish()
    return opportunity


def positions(html, titles):
    return [html.index(f">{title}</a>") if f">{title}</a>" in html else None for title in titles]


def test_open_opportunities_are_listed_by_deadline_and_past_ones_archived(client, opportunities_index):
    add_opportunity(opportunities_index, "Closes in a month", 30)
    add_opportunity(opportunities_index, "Closes today", 0)
    add_opportunity(opportunities_index, "Closed yesterday", -1)
    add_opportunity(opportunities_index, "Closes next week", 7)

    listing = unescape(client.get(opportunities_index.url).content.decode())
    open_positions = positions(listing, ["Closes today", "Closes next week", "Closes in a month"])
    assert None not in open_positions and open_positions == sorted(open_positions)
    assert ">Closed yesterday</a>" not in listing

    archive = unescape(client.get(opportunities_index.url + "archive/").content.decode())
    assert ">Closed yesterday</a>" in archive
    assert ">Closes today</a>" not in archive


def test_an_opportunity_moves_to_the_archive_the_day_after_its_deadline(client, opportunities_index, settings):
    opportunity = add_opportunity(opportunities_index, "Detention inquiry", 0)
    assert ">Detention inquiry</a>" in client.get(opportunities_index.url).content.decode()
    PolicyOpportunityPage.objects.filter(pk=opportunity.pk).update(deadline=timezone.localdate() - timedelta(days=1))
    assert ">Detention inquiry</a>" not in client.get(opportunities_index.url).content.decode()
    assert ">Detention inquiry</a>" in client.get(opportunities_index.url + "archive/").content.decode()


def test_an_opportunity_page_shows_how_to_respond_and_its_campaign(client, opportunities_index, network_campaign):
    opportunity = add_opportunity(opportunities_index, "Detention inquiry", 10, related_campaign=network_campaign)
    html = unescape(client.get(opportunity.url).content.decode())
    assert "How to respond" in html and "Answer online." in html and "Home Office" in html
    assert f'href="{network_campaign.url}">End indefinite immigration detention</a>' in html


def test_the_home_page_lists_opportunities_closing_soon(client, home, opportunities_index):
    add_opportunity(opportunities_index, "Closes in ten days", 10)
    add_opportunity(opportunities_index, "Closes in three months", 90)
    add_opportunity(opportunities_index, "Already closed", -2)
    html = unescape(client.get(home.url).content.decode())
    assert "Have your say: closing soon" in html
    assert "Closes in ten days" in html
    assert "Closes in three months" not in html and "Already closed" not in html


def test_listings_make_a_bounded_number_of_queries(client, opportunities_index, housing, django_assert_max_num_queries):
    for number in range(120):
        add_opportunity(opportunities_index, f"Opportunity {number}", number - 60).themes.set([housing])
    for url in [opportunities_index.url, opportunities_index.url + "archive/?theme=housing&page=2"]:
        with django_assert_max_num_queries(30):
            response = client.get(url)
        assert response.status_code == 200


def test_bad_query_strings_never_break_the_listings(client, opportunities_index):
    for query in ["?page=x", "?page=1000", "?theme=%ff&region=zz"]:
        assert client.get(opportunities_index.url + query).status_code == 200
        assert client.get(opportunities_index.url + "archive/" + query).status_code == 200
