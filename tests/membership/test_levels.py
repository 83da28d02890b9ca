"""The two levels as the network defines them: kept by the plugin, apart from publishing trust; shown on the
directory and profiles and filtered by; fee bands from the network's table; payments renew; the daily round
reminds, lapses and makes associate after the grace period."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from hub.factories import MemberOrganisationPageFactory
from membership.factories import membership_of
from membership.models import FeeBand, Membership, MembershipSettings
from membership.renewals import run_renewals

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 1)


@pytest.fixture
def fee_table():
    config = MembershipSettings.load()
    FeeBand.objects.create(
        settings=config, name="Volunteer groups", size_band="volunteers", income_band="under-10k", annual_fee=0
    )
    FeeBand.objects.create(
        settings=config, name="Small", size_band="1-5", income_band="10k-50k", annual_fee=Decimal("50")
    )
    return config


def test_every_onboarded_organisation_has_a_membership_associate_by_default(member_a):
    membership = Membership.objects.get(organisation=member_a.organisation)
    assert (membership.level, membership.status) == ("associate", "active")


def test_the_directory_shows_and_filters_by_level(client, directory, member_a, member_b):
    membership_of(member_a.organisation, level="full", renewal_date=TODAY)
    html = client.get(directory.url).content.decode()
    assert "Full member" in html and "Associate member" in html
    assert 'name="level"' in html

    listed = client.get(directory.url, {"level": "full"}).context["members"]
    assert [page.title for page in listed] == [member_a.organisation.title]
    listed = client.get(directory.url, {"level": "associate"}).context["members"]
    assert [page.title for page in listed] == [member_b.organisation.title]
    assert client.get(directory.url, {"level": "<script>"}).status_code == 200


def test_the_profile_shows_the_level_and_a_lapse(client, member_a):
    membership_of(member_a.organisation, level="full", status="lapsed")
    assert "Full member (lapsed)" in client.get(member_a.organisation.url).content.decode()


def test_the_directory_asks_one_query_for_the_levels_of_a_whole_page(
    client, directory, member_a, django_assert_max_num_queries
):
    client.get(directory.url)
    with django_assert_max_num_queries(30) as few:
        client.get(directory.url)
    for number in range(6):
        MemberOrganisationPageFactory(parent=directory, title=f"Group {number}")
    with django_assert_max_num_queries(len(few)):
        client.get(directory.url)


def test_switched_off_the_plugin_shows_no_level_and_no_filter(client, directory, member_a, settings):
    settings.HUB_DISABLED_PLUGINS = ["membership"]
    html = client.get(directory.url).content.decode()
    assert "Associate member" not in html and 'name="level"' not in html


def test_publishing_trust_is_independent_of_the_level(member_a):
    membership_of(member_a.organisation, level="associate")
    member_a.organisation.trusted_publisher = True
    member_a.organisation.clean()  # no rule ties trust to a level any more


def test_the_fee_band_comes_from_the_networks_table_zero_included(member_a, fee_table):
    membership = membership_of(member_a.organisation, level="full", size_band="volunteers", income_band="under-10k")
    assert membership.fee_band().annual_fee == 0
    membership = membership_of(member_a.organisation, size_band="1-5", income_band="10k-50k")
    assert membership.fee_band().name == "Small"
    assert membership_of(member_a.organisation, level="associate").fee_band() is None


def test_recording_a_payment_renews_for_a_year_and_contacts_are_kept(client_for, network_editor, member_a):
    membership = membership_of(member_a.organisation, level="full", renewal_date=datetime.date(2026, 7, 1))
    client = client_for(network_editor)
    url = reverse("membership_memberships:edit", args=[membership.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "level": "full",
            "status": "active",
            "size_band": "",
            "income_band": "",
            "joined_on": "2025-07-01",
            "renewal_date": "2026-07-01",
            "lapsed_on": "",
            "contacts-TOTAL_FORMS": "1",
            "contacts-INITIAL_FORMS": "0",
            "contacts-MIN_NUM_FORMS": "0",
            "contacts-MAX_NUM_FORMS": "1000",
            "contacts-0-name": "Hodan Ali",
            "contacts-0-role": "Treasurer",
            "contacts-0-email": "Hodan@Amani.example.org",
            "contacts-0-may_contact": "on",
            "contacts-0-ORDER": "1",
            "payments-TOTAL_FORMS": "1",
            "payments-INITIAL_FORMS": "0",
            "payments-MIN_NUM_FORMS": "0",
            "payments-MAX_NUM_FORMS": "1000",
            "payments-0-amount": "50.00",
            "payments-0-paid_on": "2026-06-20",
            "payments-0-method": "bank-transfer",
            "payments-0-reference": "SO-2026",
            "payments-0-ORDER": "1",
        },
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.renewal_date == datetime.date(2027, 7, 1)
    assert membership.payments.get().reference == "SO-2026"
    contact = membership.contacts.get()
    assert (contact.name, contact.email, contact.may_contact) == ("Hodan Ali", "hodan@amani.example.org", True)


def test_a_lapsed_membership_paid_again_is_full_for_a_year_from_the_payment(member_a):
    membership = membership_of(member_a.organisation, level="full", status="lapsed", renewal_date=TODAY)
    membership.payment_recorded(datetime.date(2026, 9, 1))
    assert (membership.status, membership.renewal_date) == ("active", datetime.date(2027, 9, 1))


@pytest.mark.parametrize("who", ["anonymous", "member editor", "translator"])
def test_only_the_network_team_sees_and_changes_memberships(client, client_for, member_a, who):
    from hub.roles import translators_group_name
    from tests.support.people import person

    membership = membership_of(member_a.organisation, level="full")
    if who == "member editor":
        client = client_for(member_a.editor)
    elif who == "translator":
        client = client_for(person("layla", translators_group_name("ar")))
    for url in [reverse("membership_memberships:index"), reverse("membership_memberships:edit", args=[membership.pk])]:
        assert client.get(url).status_code in (302, 403)
    client.post(reverse("membership_memberships:edit", args=[membership.pk]), {"level": "associate"})
    membership.refresh_from_db()
    assert membership.level == "full"


def test_the_round_reminds_once_before_renewal(member_a, fee_table):
    member_a.organisation.contact_email = "office@amani.example.org"
    member_a.organisation.save()
    membership_of(
        member_a.organisation,
        level="full",
        size_band="1-5",
        income_band="10k-50k",
        renewal_date=TODAY + datetime.timedelta(days=20),
    )
    assert run_renewals(TODAY) == (1, 0, 0)
    assert {message.to[0] for message in mail.outbox} == {"editor@amani.example.org", "office@amani.example.org"}
    assert "£50.00 a year" in mail.outbox[0].body
    assert run_renewals(TODAY) == (0, 0, 0)
    assert len(mail.outbox) == 2


def test_unpaid_past_renewal_lapses_then_becomes_associate_after_the_grace_period(member_a, fee_table):
    fee_table.grace_days = 30
    fee_table.save()
    membership = membership_of(member_a.organisation, level="full", renewal_date=TODAY - datetime.timedelta(days=1))
    assert run_renewals(TODAY) == (0, 1, 0)
    membership.refresh_from_db()
    assert (membership.level, membership.status) == ("full", "lapsed")
    assert run_renewals(TODAY + datetime.timedelta(days=29)) == (0, 0, 0)
    assert run_renewals(TODAY + datetime.timedelta(days=31)) == (0, 0, 1)
    membership.refresh_from_db()
    assert (membership.level, membership.status) == ("associate", "active")
    actions = set(ModelLogEntry.objects.for_instance(membership).values_list("action", flat=True))
    assert actions == {"membership.lapse", "membership.associate"}


@pytest.mark.django_db(transaction=True)
def test_the_daily_command_queues_the_round_as_a_task(directory):
    from tests.support.people import make_member

    organisation = make_member("Late Payers", "late@example.org").organisation
    membership_of(organisation, level="full", renewal_date=timezone.localdate() - datetime.timedelta(days=400))
    call_command("membership_renewals", stdout=StringIO())
    membership = Membership.objects.get(organisation=organisation)
    assert (membership.level, membership.status) == ("associate", "active")
