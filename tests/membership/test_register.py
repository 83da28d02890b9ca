"""The register of members for the network team: levels, fee bands, renewal, regions and contact people, filtered
and exported (CSV, XLSX) with spreadsheet formulas defused; contact people are personal data."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from hub.personal_data import erase_personal_data, export_personal_data
from hub.roles import translators_group_name
from membership.factories import ApplicationFactory, membership_of
from membership.models import Application, ContactPerson
from membership.personal_data import purge_expired
from tests.support.people import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(member_a, member_b):
    full = membership_of(member_a.organisation, level="full", renewal_date=datetime.date(2027, 3, 1))
    ContactPerson.objects.create(
        membership=full,
        name='=HYPERLINK("http://evil")',
        role="Chair",
        email="Chair@Amani.example.org",
        may_contact=True,
    )
    membership_of(member_b.organisation, level="associate")
    return full


def test_the_register_lists_and_filters_memberships(client_for, network_editor, registered, member_b):
    client = client_for(network_editor)
    html = client.get(reverse("membership_memberships:index")).content.decode()
    assert "Amani Women" in html and "Baile Refugee Forum" in html
    html = client.get(reverse("membership_memberships:index"), {"level": "associate"}).content.decode()
    assert "Baile Refugee Forum" in html and "Amani Women" not in html


def test_the_csv_export_defuses_formulas_and_lists_contacts(client_for, network_editor, registered):
    response = client_for(network_editor).get(reverse("membership_memberships:index"), {"export": "csv"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Organisation,Level,Status,Fee band,Renewal date,Regions,Contact people" in text
    assert "Full member" in text and "2027-03-01" in text and "London" in text
    assert "'=HYPERLINK" in text and "chair@amani.example.org" in text


def test_the_xlsx_export_works(client_for, network_editor, registered):
    response = client_for(network_editor).get(reverse("membership_memberships:index"), {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("who", ["anonymous", "member editor", "translator"])
def test_nobody_else_sees_or_exports_the_register(client, client_for, registered, member_a, who):
    if who == "member editor":
        client = client_for(member_a.editor)
    elif who == "translator":
        client = client_for(person("layla", translators_group_name("ar")))
    for query in ({}, {"export": "csv"}):
        response = client.get(reverse("membership_memberships:index"), query)
        assert response.status_code in (302, 403)
        assert b"amani.example.org" not in (b"" if response.streaming else response.content)


def test_contact_people_and_applications_are_exported_and_erased_by_address(registered):
    ApplicationFactory(contact_email="chair@amani.example.org", organisation_name="Old application")
    exported = export_personal_data("chair@amani.example.org")
    assert any("Old application" in str(records) for records in exported.values())
    assert any("Chair" in str(records) for records in exported.values())
    erase_personal_data("chair@amani.example.org")
    assert not ContactPerson.objects.exists() and not Application.objects.exists()


def test_contacts_of_long_ended_memberships_and_old_declined_applications_are_purged(registered, member_b):
    ended = membership_of(
        member_b.organisation, status="ended", renewal_date=timezone.localdate() - datetime.timedelta(days=800)
    )
    ContactPerson.objects.create(membership=ended, name="Former chair")
    ApplicationFactory(status=Application.Status.DECLINED, decided_at=timezone.now() - datetime.timedelta(days=400))
    ApplicationFactory(status=Application.Status.DECLINED, decided_at=timezone.now())
    assert purge_expired() == 2
    assert list(ContactPerson.objects.values_list("membership", flat=True)) == [registered.pk]
    assert Application.objects.count() == 1


def test_the_command_purges_through_every_plugin(registered, member_b):
    ended = membership_of(
        member_b.organisation, status="ended", renewal_date=timezone.localdate() - datetime.timedelta(days=800)
    )
    ContactPerson.objects.create(membership=ended, name="Former chair")
    call_command("hub_personal_data", "purge-expired", stdout=StringIO())
    assert ContactPerson.objects.count() == 1
