"""Pledges are personal data: exported only to those running the campaign, erased on request, purged in time."""

import csv
import io
import json
from datetime import timedelta

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from campaigns.models import CampaignSupport, Pledge
from events.demo import ensure_index
from events.factories import EventPageFactory
from events.models import Registration
from events.registration import register
from hub.roles import translators_group_name
from tests.support.pages import refused_or_sent_to_log_in
from tests.support.people import make_member, person
from tests.testapp.models import NoticePage, NoticeSubscription

pytestmark = pytest.mark.django_db


def pledge(campaign, email, name="Amina Yusuf", **fields):
    return Pledge.objects.create(
        campaign=campaign, campaign_key=campaign.translation_key, name=name, email=email, **fields
    )


def pledges_url(campaign):
    return reverse("campaigns_pledges", args=[campaign.pk])


def export_url(campaign, spreadsheet="csv"):
    return f"{pledges_url(campaign)}?export={spreadsheet}"


def test_the_lead_organisations_editor_downloads_the_pledges_as_csv(client_for, member_a, member_campaign):
    pledge(member_campaign, "amina@example.org", postcode="E8 1DY", may_contact=True)
    pledge(member_campaign, "bot@example.org", name='=HYPERLINK("http://evil")')
    client = client_for(member_a.editor)

    response = client.get(export_url(member_campaign))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
    assert rows[0][:5] == ["Name", "Email", "Postcode", "Organisation", "May be contacted again"]
    assert rows[1][:5] == ["Amina Yusuf", "amina@example.org", "E8 1DY", "", "yes"]
    assert rows[2][0].startswith("'=")  # a spreadsheet will not run it as a formula

    workbook = client.get(export_url(member_campaign, "xlsx"))
    assert workbook.status_code == 200 and "no-store" in workbook["Cache-Control"]
    sheet = [list(row) for row in openpyxl.load_workbook(io.BytesIO(workbook.getvalue())).active.rows]
    assert [cell.value for cell in sheet[0]] == rows[0]
    assert [cell.value for cell in sheet[1][:5]] == ["Amina Yusuf", "amina@example.org", "E8 1DY", None, "yes"]
    assert sheet[2][0].value == '=HYPERLINK("http://evil")' and sheet[2][0].data_type == "s"  # text, not a formula

    listing = client.get(pledges_url(member_campaign), {"may_contact": "true"}).content.decode()
    assert "amina@example.org" in listing and "bot@example.org" not in listing
    assert client.get(pledges_url(member_campaign), {"may_contact": "banana"}).status_code == 200


def test_a_network_editor_downloads_any_campaigns_pledges(
    client_for, network_editor, member_campaign, network_campaign
):
    client = client_for(network_editor)
    assert client.get(export_url(member_campaign)).status_code == 200
    assert client.get(export_url(network_campaign)).status_code == 200


def test_everyone_else_is_refused_the_export(client_for, client, member_a, member_b, member_campaign, network_campaign):
    pledge(member_campaign, "amina@example.org")
    supporter = make_member("Clyde Eritrean Community", "editor@clyde.example.org")
    CampaignSupport.objects.create(campaign=member_campaign, organisation=supporter.organisation, status="accepted")
    translator = person("layla", translators_group_name("ar"))

    for user in [member_b.editor, supporter.editor, translator]:
        for url in (pledges_url(member_campaign), export_url(member_campaign), export_url(member_campaign, "xlsx")):
            assert refused_or_sent_to_log_in(client_for(user).get(url)), url
        client.logout()
    # A member's editor cannot export the network's own campaign either.
    assert refused_or_sent_to_log_in(client_for(member_a.editor).get(export_url(network_campaign)))
    client.logout()
    anonymous = client.get(export_url(member_campaign))
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert "amina@example.org" not in anonymous.content.decode()


def test_the_admin_page_lists_only_the_campaigns_the_editor_runs(client_for, member_a, member_b, member_campaign):
    assert export_url(member_campaign) in client_for(member_a.editor).get(reverse("campaigns_admin")).content.decode()
    assert pledges_url(member_campaign) not in (
        client_for(member_b.editor).get(reverse("campaigns_admin")).content.decode()
    )


def test_one_command_exports_and_erases_an_address_across_every_plugin(
    capsys, home, member_a, network_campaign, member_campaign
):
    pledge(network_campaign, "amina@example.org")
    pledge(member_campaign, "amina@example.org")
    pledge(member_campaign, "someone@example.org")
    notice = member_a.organisation.add_child(instance=NoticePage(title="Office closed Friday"))
    NoticeSubscription.objects.create(notice=notice, email="amina@example.org")
    meeting = EventPageFactory(parent=ensure_index(home), title="Question Time with Birmingham councillors")
    register(meeting, name="Amina Yusuf", email="amina@example.org")
    register(meeting, name="Someone Else", email="someone@example.org")

    call_command("hub_personal_data", "export", " Amina@Example.org")
    exported = json.loads(capsys.readouterr().out)
    assert sorted(record["campaign"] for record in exported["campaign_pledges"]) == [
        "End indefinite immigration detention",
        "Safe homes for Hackney families",
    ]
    assert len(exported["notice_subscriptions"]) == 1
    assert [record["event"] for record in exported["event_registrations"]] == [meeting.title]

    call_command("hub_personal_data", "erase", "AMINA@example.org")
    assert list(Pledge.objects.values_list("email", flat=True)) == ["someone@example.org"]
    assert not NoticeSubscription.objects.exists()
    assert list(Registration.objects.values_list("email", flat=True)) == ["someone@example.org"]


def test_pledges_of_campaigns_ended_longer_ago_than_the_retention_period_are_purged(
    settings, network_campaign, member_campaign
):
    settings.HUB_CAMPAIGNS_PLEDGE_RETENTION_DAYS = 180
    pledge(network_campaign, "kept@example.org")
    pledge(member_campaign, "purged@example.org")
    member_campaign.status = "closed"
    member_campaign.save_revision().publish()
    member_campaign.refresh_from_db()
    assert member_campaign.ended_on == timezone.localdate()

    call_command("hub_personal_data", "purge-expired")
    assert Pledge.objects.count() == 2  # closed today: still within the period

    type(member_campaign).objects.filter(pk=member_campaign.pk).update(
        ended_on=timezone.localdate() - timedelta(days=181)
    )
    call_command("hub_personal_data", "purge-expired")
    assert list(Pledge.objects.values_list("email", flat=True)) == ["kept@example.org"]


def test_reopening_a_campaign_restarts_nothing_to_purge(network_campaign):
    network_campaign.status = "won"
    network_campaign.save_revision().publish()
    network_campaign.refresh_from_db()
    assert network_campaign.ended_on is not None
    network_campaign.status = "active"
    network_campaign.save_revision().publish()
    network_campaign.refresh_from_db()
    assert network_campaign.ended_on is None
