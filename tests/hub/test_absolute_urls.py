"""One source for addresses that leave the site: SITE_URL gives the Site record its address at setup, and the
quick start sets it from the address it serves on."""

import os
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Site

from hub.absolute_urls import absolute_url, page_url
from hub.management.commands.hub_start import served_address, use_served_address

pytestmark = pytest.mark.django_db


def test_setup_gives_the_default_site_the_address_of_site_url(settings):
    settings.SITE_URL = "https://hub.example.org"
    call_command("hub_setup", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    assert (site.hostname, site.port) == ("hub.example.org", 443)
    assert home.full_url == "https://hub.example.org/en/" == page_url(home)

    settings.SITE_URL = "http://127.0.0.1:8001"
    call_command("hub_setup", stdout=StringIO())
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8001)
    assert Site.objects.count() == 1


def test_a_path_and_a_page_become_addresses_on_site_url(settings, home):
    settings.SITE_URL = "https://hub.example.org/"
    assert absolute_url("/admin/") == "https://hub.example.org/admin/"
    assert page_url(home) == "https://hub.example.org" + home.url


@pytest.mark.parametrize(
    ("addrport", "address"),
    [
        ("127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("8001", "http://127.0.0.1:8001"),
        ("[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_the_quick_start_serves_on_the_address_it_links_to(addrport, address, settings, monkeypatch):
    monkeypatch.setenv("SITE_URL", "")  # unset, as for a newcomer; restored after the test
    use_served_address(addrport)
    assert served_address(addrport) == address
    assert settings.SITE_URL == settings.WAGTAILADMIN_BASE_URL == address
    assert os.environ["SITE_URL"] == address  # for the worker beside the server


def test_the_quick_start_keeps_a_site_url_it_is_given(settings, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://hub.example.org")
    settings.SITE_URL = "https://hub.example.org"
    use_served_address("127.0.0.1:8000")
    assert settings.SITE_URL == "https://hub.example.org"
