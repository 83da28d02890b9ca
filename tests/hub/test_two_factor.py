"""Two-factor authentication with the requirement ON (the test settings switch HUB_REQUIRE_2FA off for other
areas' tests): administrators and network editors cannot reach the admin without it, anyone may opt in."""

import time
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def two_factor_required(settings):
    settings.HUB_REQUIRE_2FA = True


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def authenticator(user):
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)


@pytest.mark.parametrize("who", ["network_editor", "superuser"])
def test_a_required_role_without_a_device_is_sent_to_set_one_up(request, who):
    client = signed_in(request.getfixturevalue(who))
    for path in ["/admin/", "/admin/pages/", "/admin/users/", "/admin/login-lockouts/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/two-factor/setup/?next=")
    assert client.get("/admin/two-factor/setup/").status_code == 200


def test_setting_up_shows_a_local_qr_code_then_recovery_codes_once(network_editor):
    client = signed_in(network_editor)
    page = client.get("/admin/two-factor/setup/?next=/admin/pages/").content.decode()
    assert "<svg" in page and "http" not in page.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org", ""
    )
    device = TOTPDevice.objects.get(user=network_editor, confirmed=False)
    wrong = client.post("/admin/two-factor/setup/", {"code": "000000" if code_for(device) != "000000" else "111111"})
    assert "That code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    # django-otp slows down guessing: after one wrong code, the next is refused for a second.
    assert (
        "Too many wrong codes" in client.post("/admin/two-factor/setup/", {"code": code_for(device)}).content.decode()
    )
    time.sleep(1.1)

    response = client.post("/admin/two-factor/setup/?next=/admin/pages/", {"code": code_for(device)})
    codes = list(StaticToken.objects.filter(device__user=network_editor).values_list("token", flat=True))
    assert len(codes) == 10
    assert all(code in response.content.decode() for code in codes)
    assert 'href="/admin/pages/"' in response.content.decode()
    assert client.get("/admin/").status_code == 200


def test_with_a_verified_device_the_network_editor_gets_in(network_editor):
    device = authenticator(network_editor)
    client = signed_in(network_editor)
    response = client.get("/admin/pages/")
    assert response["Location"] == "/admin/two-factor/verify/?next=%2Fadmin%2Fpages%2F"
    response = client.post(response["Location"], {"code": "12345"})
    assert "That code is not right" in response.content.decode()
    response = client.post("/admin/two-factor/verify/", {"code": code_for(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_recovery_code_works_once(network_editor):
    authenticator(network_editor)
    recovery = StaticDevice.objects.create(user=network_editor, name="Recovery codes")
    recovery.token_set.create(token="abcd2345")
    recovery.token_set.create(token="efgh6723")

    first = signed_in(network_editor)
    response = first.post("/admin/two-factor/verify/", {"code": "ABCD 2345"}, follow=True)
    assert response.status_code == 200 and response.request["PATH_INFO"] == "/admin/"
    assert "1 left" in response.content.decode()

    second = signed_in(network_editor)
    response = second.post("/admin/two-factor/verify/", {"code": "abcd2345"})
    assert "That code is not right" in response.content.decode()
    assert second.get("/admin/").status_code == 302


def test_the_next_address_never_leaves_the_site(network_editor):
    device = authenticator(network_editor)
    client = signed_in(network_editor)
    response = client.post("/admin/two-factor/verify/", {"code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_a_member_editor_works_without_it_and_may_opt_in(member_a):
    editor = member_a.editor
    client = signed_in(editor)
    assert client.get("/admin/").status_code == 200
    assert "Set up two-factor authentication" in client.get("/admin/two-factor/").content.decode()

    client.get("/admin/two-factor/setup/")
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    client.post("/admin/two-factor/setup/", {"code": code_for(device)})
    assert client.get("/admin/").status_code == 200

    # From now on, their sign-ins ask for the code too.
    later = signed_in(editor)
    assert later.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")

    # And they may turn it off again, which a network editor may not.
    client.post("/admin/two-factor/", {"action": "turn-off"})
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert signed_in(editor).get("/admin/").status_code == 200


def test_a_network_editor_cannot_turn_it_off(network_editor):
    device = authenticator(network_editor)
    client = signed_in(network_editor)
    client.post("/admin/two-factor/verify/", {"code": code_for(device)})
    page = client.get("/admin/two-factor/").content.decode()
    assert "cannot be turned off" in page and 'value="turn-off"' not in page
    client.post("/admin/two-factor/", {"action": "turn-off"})
    assert TOTPDevice.objects.filter(user=network_editor, confirmed=True).exists()


def test_new_recovery_codes_replace_the_old_ones(network_editor):
    device = authenticator(network_editor)
    old = StaticDevice.objects.create(user=network_editor, name="Recovery codes")
    old.token_set.create(token="oldcode22")
    client = signed_in(network_editor)
    client.post("/admin/two-factor/verify/", {"code": code_for(device)})
    response = client.post("/admin/two-factor/", {"action": "recovery-codes"})
    codes = StaticToken.objects.filter(device__user=network_editor).values_list("token", flat=True)
    assert len(codes) == 10 and "oldcode22" not in codes
    assert all(code in response.content.decode() for code in codes)


def test_with_the_requirement_off_a_network_editor_needs_no_device(settings, network_editor):
    settings.HUB_REQUIRE_2FA = False
    assert signed_in(network_editor).get("/admin/").status_code == 200


def test_someone_who_lost_phone_and_codes_gets_a_one_time_code_from_the_command_line(network_editor):
    authenticator(network_editor)
    printed = StringIO()
    call_command("addstatictoken", "network", stdout=printed)
    client = signed_in(network_editor)
    response = client.post("/admin/two-factor/verify/", {"code": printed.getvalue().strip()})
    assert response["Location"] == "/admin/"
