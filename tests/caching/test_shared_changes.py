"""A taxonomy term or a site setting shows on pages of every kind: changing one purges the whole page cache
and the caching proxy, once the change is committed."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from wagtail.models import Site

from campaigns.factories import CampaignPageFactory
from hub.models import SafetySettings
from hub.setup import synchronise_trees
from tests.support.pages import anonymous_get

pytestmark = pytest.mark.django_db


def cached(url):
    anonymous_get(url)
    response = anonymous_get(url)
    assert response["X-Wagtail-Cache"] == "hit", url
    return response.text


@pytest.fixture
def proxy(settings):
    """A caching proxy's stand-in on a local port: it records the PURGE requests the hub sends it."""
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(f"{self.headers['Host']}{self.path}")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    settings.SITE_URL = "http://hub.example.org"
    yield purged
    server.shutdown()
    server.server_close()


@pytest.fixture
def campaign(home, housing, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        campaign = CampaignPageFactory(parent=home, title="Homes not hostels", themes=[housing])
        synchronise_trees()
    return campaign


def test_renaming_a_theme_shows_at_once(campaign, home, housing, proxy, django_capture_on_commit_callbacks):
    assert "Housing" in cached(campaign.url)
    cached(home.url)
    proxy.clear()
    housing.name = "Housing and homelessness"
    with django_capture_on_commit_callbacks(execute=True):
        housing.save()
    assert "Housing and homelessness" in anonymous_get(campaign.url).text
    assert anonymous_get(home.url)["X-Wagtail-Cache"] == "miss"
    assert proxy == ["hub.example.org/"]


def test_nothing_is_purged_before_the_change_is_committed(campaign, housing, django_capture_on_commit_callbacks):
    cached(campaign.url)
    with django_capture_on_commit_callbacks(execute=False):
        housing.name = "Housing and homelessness"
        housing.save()
        assert anonymous_get(campaign.url)["X-Wagtail-Cache"] == "hit"


def test_a_site_setting_shows_at_once_on_every_page(campaign, home, proxy, django_capture_on_commit_callbacks):
    safety = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    with django_capture_on_commit_callbacks(execute=True):
        safety.save()
    assert "https://www.bbc.co.uk/weather" in cached(campaign.url)
    cached(home.url)
    proxy.clear()
    safety.quick_exit_url = "https://www.example.org/recipes"
    with django_capture_on_commit_callbacks(execute=True):
        safety.save()
    for url in (campaign.url, home.url):
        assert "https://www.example.org/recipes" in anonymous_get(url).text
    assert proxy == ["hub.example.org/"]
