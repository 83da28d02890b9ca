"""The demo network: realistic, idempotent, and able to start over."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from hub.models import MemberOrganisationPage, Region

pytestmark = pytest.mark.django_db


def counts():
    return (
        MemberOrganisationPage.objects.count(),
        MemberOrganisationPage.objects.filter(live=True).count(),
        Region.objects.count(),
        get_user_model().objects.count(),
    )


def test_demo_builds_a_realistic_network(client, capsys):
    call_command("hub_demo", password="demo-password-123")
    output = capsys.readouterr().out
    assert "admin / demo-password-123" in output

    members = MemberOrganisationPage.objects.live()
    assert members.count() >= 12
    assert Region.objects.filter(memberorganisationpage__in=members).distinct().count() >= 4
    for organisation in members:
        assert organisation.mission and organisation.about and organisation.logo_id
        assert "lorem" not in (organisation.mission + organisation.about).lower()
        assert organisation.themes.exists() and organisation.languages.exists()
    assert client.login(username="admin", password="demo-password-123")
    assert client.get("/en/members/").status_code == 200


def test_demo_is_idempotent_and_reset_starts_over():
    call_command("hub_demo", password="demo-password-123")
    first = counts()
    call_command("hub_demo", password="demo-password-123")
    assert counts() == first
    organisation = MemberOrganisationPage.objects.first()
    organisation.mission = "Changed by a curious visitor to the demo"
    organisation.save_revision().publish()
    call_command("hub_demo", "--reset", password="demo-password-123")
    assert counts() == first
    assert not MemberOrganisationPage.objects.filter(mission__startswith="Changed by").exists()
