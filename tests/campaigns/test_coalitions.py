"""Coalitions: a member asks to support another's campaign; its lead or the network answers."""

from html import unescape

import pytest
from django.urls import reverse

from campaigns.models import CampaignSupport
from hub.roles import translators_group_name
from tests.support.pages import refused_or_sent_to_log_in
from tests.support.people import person

pytestmark = pytest.mark.django_db


def ask(client, organisation, campaign):
    return client.post(reverse("campaigns_admin"), {"organisation": organisation.pk, "campaign": campaign.pk})


def decide(client, support, decision):
    return client.post(reverse("campaigns_decide_support", args=[support.pk]), {"decision": decision})


def test_a_member_asks_the_lead_accepts_and_both_pages_show_the_coalition(
    client_for, client, member_a, member_b, member_campaign
):
    requester = client_for(member_b.editor)
    form = requester.get(reverse("campaigns_admin")).content.decode()
    assert "Support another campaign" in form and "Safe homes for Hackney families" in form

    response = ask(requester, member_b.organisation, member_campaign)
    assert response.status_code == 302
    support = CampaignSupport.objects.get()
    assert (support.status, support.requested_by) == ("pending", member_b.editor)
    assert "Baile Refugee Forum" not in client.get(member_campaign.url).content.decode()

    lead = client_for(member_a.editor)
    assert "Requests to join your campaigns" in lead.get(reverse("campaigns_admin")).content.decode()
    assert decide(lead, support, "accept").status_code == 302
    support.refresh_from_db()
    assert (support.status, support.decided_by) == ("accepted", member_a.editor)
    lead.logout()

    assert "Baile Refugee Forum" in client.get(member_campaign.url).content.decode()
    profile = unescape(client.get(member_b.organisation.url).content.decode())
    assert "Campaigns we support" in profile
    assert "Safe homes for Hackney families" in profile


def test_a_network_editor_answers_for_the_networks_campaigns(client_for, member_b, network_editor, network_campaign):
    ask(client_for(member_b.editor), member_b.organisation, network_campaign)
    support = CampaignSupport.objects.get()
    assert decide(client_for(network_editor), support, "decline").status_code == 302
    support.refresh_from_db()
    assert support.status == "declined"


def test_nobody_else_may_answer(client_for, client, member_a, member_b, member_campaign, directory):
    from tests.support.people import make_member

    third = make_member("Clyde Eritrean Community", "editor@clyde.example.org")
    ask(client_for(member_b.editor), member_b.organisation, member_campaign)
    support = CampaignSupport.objects.get()
    translator = person("layla", translators_group_name("ar"))
    for user in [member_b.editor, third.editor, translator]:
        assert refused_or_sent_to_log_in(decide(client_for(user), support, "accept"))
        client.logout()
    anonymous = decide(client, support, "accept")
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    support.refresh_from_db()
    assert support.status == "pending"


def test_an_editor_cannot_ask_in_another_members_name_nor_for_their_own_campaign(
    client_for, member_a, member_b, member_campaign, network_campaign
):
    editor = client_for(member_b.editor)
    response = ask(editor, member_a.organisation, network_campaign)
    assert response.status_code == 200
    assert "Select a valid choice" in unescape(response.content.decode())
    editor.logout()
    own = ask(client_for(member_a.editor), member_a.organisation, member_campaign)
    assert "Your organisation leads this campaign already." in own.content.decode()
    assert not CampaignSupport.objects.exists()


def test_asking_twice_makes_one_request(client_for, member_b, member_campaign):
    editor = client_for(member_b.editor)
    ask(editor, member_b.organisation, member_campaign)
    ask(editor, member_b.organisation, member_campaign)
    assert CampaignSupport.objects.count() == 1


def test_a_request_already_answered_cannot_be_answered_again(
    client_for, member_a, member_b, network_editor, member_campaign
):
    """Two editors of the lead, or one page left open: the first answer stands and the second is told so."""
    ask(client_for(member_b.editor), member_b.organisation, member_campaign)
    support = CampaignSupport.objects.get()
    assert decide(client_for(member_a.editor), support, "accept").status_code == 302

    network = client_for(network_editor)
    response = decide(network, support, "decline")
    assert response.status_code == 302
    page = unescape(network.get(response["Location"]).content.decode())
    assert "The request of Baile Refugee Forum has already been answered: Accepted." in page
    support.refresh_from_db()
    assert (support.status, support.decided_by) == ("accepted", member_a.editor)
