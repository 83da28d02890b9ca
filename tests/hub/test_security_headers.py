"""Every response carries the Content-Security-Policy and Permissions-Policy; the public one is strict and the
same for every visitor (cached pages are shared), the admin's allows only what Wagtail's editor needs."""

import pytest

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response.headers["Content-Security-Policy"]
    return dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip())


def test_public_pages_allow_only_the_hubs_own_files(client, directory):
    first = client.get("/en/members/")
    policy = directives(first)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'self'"
    # No nonce: a cached page is served to everyone with the header it was stored with.
    assert first.headers["Content-Security-Policy"] == client.get("/en/members/").headers["Content-Security-Policy"]


def test_powerful_browser_features_are_switched_off(client, directory):
    permissions = client.get("/en/members/").headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in permissions


def test_the_admin_allows_wagtails_inline_code_and_nothing_from_elsewhere(client, network_editor):
    client.force_login(network_editor)
    policy = directives(client.get("/admin/"))
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["style-src"] == "'self' 'unsafe-inline'"
    assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
    assert "http" not in " ".join(policy.values())
