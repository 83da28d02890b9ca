"""Too many wrong passwords lock out the account and, separately, the address they came from, read behind the
hub's trusted proxies; a network editor lifts a lockout early."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def sign_in(username, password, forwarded_for=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    return Client().post(LOGIN, {"username": username, "password": password}, **headers)


@pytest.fixture
def ana(db):
    return get_user_model().objects.create_user("ana", "ana@example.org", PASSWORD)


def test_an_account_is_locked_after_too_many_wrong_passwords(settings, ana):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in("ana", "wrong").status_code == 200
    response = sign_in("ana", "wrong")
    assert response.status_code == 429
    assert "Too many failed attempts to sign in" in response.content.decode()
    assert "30 minutes" in response.content.decode()
    # Even the right password waits now.
    assert sign_in("ana", PASSWORD).status_code == 429


def test_an_address_is_locked_whatever_accounts_it_tries(settings, ana):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(f"guess{attempt}", "wrong")
    assert sign_in("ana", PASSWORD).status_code == 429


def test_behind_a_proxy_each_visitor_counts_for_their_own_address(settings, ana):
    settings.HUB_TRUSTED_PROXY_COUNT = 1
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # The attacker's own X-Forwarded-For entries change nothing: the proxy's entry comes last.
        sign_in(f"guess{attempt}", "wrong", forwarded_for=f"10.9.9.{attempt}, 203.0.113.7")
    assert sign_in("ana", PASSWORD, forwarded_for="203.0.113.7").status_code == 429
    assert sign_in("ana", PASSWORD, forwarded_for="198.51.100.2").status_code == 302


def test_a_network_editor_unlocks_an_account(settings, client, ana, network_editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in("ana", "wrong", forwarded_for="203.0.113.7")
    client.force_login(network_editor)
    page = client.get("/admin/login-lockouts/").content.decode()
    assert "ana" in page and "Unlock ana" in page

    assert client.get("/admin/login-lockouts/unlock/?username=ana").status_code == 405
    response = client.post("/admin/login-lockouts/unlock/", {"username": "ana"}, follow=True)
    assert "“ana” can sign in again." in response.content.decode()
    assert "No account is locked." in response.content.decode()
    assert sign_in("ana", PASSWORD).status_code == 302


def test_a_network_editor_unlocks_an_address(settings, client, ana, network_editor):
    settings.HUB_TRUSTED_PROXY_COUNT = 1
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(f"guess{attempt}", "wrong", forwarded_for="203.0.113.7")
    client.force_login(network_editor)
    assert "203.0.113.7" in client.get("/admin/login-lockouts/").content.decode()
    client.post("/admin/login-lockouts/unlock/", {"ip_address": "203.0.113.7"})
    assert sign_in("ana", PASSWORD, forwarded_for="203.0.113.7").status_code == 302


def test_only_those_allowed_see_or_lift_lockouts(settings, client, ana, member_a):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in("ana", "wrong")
    client.force_login(member_a.editor)
    # Wagtail answers a refusal in the admin by sending back to the dashboard, with a message.
    assert client.get("/admin/login-lockouts/")["Location"] == "/admin/"
    assert client.post("/admin/login-lockouts/unlock/", {"username": "ana"})["Location"] == "/admin/"
    assert "Sign-in lockouts" not in client.get("/admin/").content.decode()
    assert sign_in("ana", PASSWORD).status_code == 429


def test_the_login_form_of_private_pages_counts_too(settings, ana):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        Client().post("/en/_util/login/", {"username": "ana", "password": "wrong"})
    response = sign_in("ana", PASSWORD)
    assert response.status_code == 429
