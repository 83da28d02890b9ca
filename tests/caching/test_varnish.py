"""The README's proxy setup, for real: Varnish with docs/varnish.vcl in front of the hub keeps anonymous pages,
lets editors through, and drops a page the moment the hub purges it."""

import http.client
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.db import transaction

from home.models import ContentPage
from hub.setup import synchronise_trees

pytestmark = pytest.mark.django_db(transaction=True)

VCL = Path(__file__).resolve().parents[2] / "docs" / "varnish.vcl"
HOST = "localhost"  # the site's host (SITE_URL): what visitors send and what the hub's purges name


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def varnish(live_server, settings, tmp_path):
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not os.path.exists(varnishd):
        if os.environ.get("HUB_REQUIRE_VARNISH"):
            pytest.fail("Varnish is required here but varnishd is not installed.")
        pytest.skip("The proxy test needs Varnish (apt-get install varnish).")
    backend_port = live_server.url.rsplit(":", 1)[1]
    config = tmp_path / "varnish.vcl"
    config.write_text(VCL.read_text().replace('.port = "8000"', f'.port = "{backend_port}"'))
    port = free_port()
    process = subprocess.Popen(
        [varnishd, "-F", "-j", "none", "-f", str(config), "-a", f"127.0.0.1:{port}", "-n", str(tmp_path / "varnish")]
        + ["-s", "malloc,32m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    settings.WAGTAIL_CACHE = True
    settings.SITE_URL = f"http://{HOST}"
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{port}",
        }
    }
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("varnishd did not start with docs/varnish.vcl")
            time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(timeout=30)


def through(port, path, cookie=None):
    """(status, headers, body) of a GET through Varnish, as a visitor of the site's host."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": HOST, **({"Cookie": cookie} if cookie else {})}
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    result = response.status, dict(response.getheaders()), response.read().decode()
    connection.close()
    return result


def from_varnish(headers):
    # Varnish names two transactions in X-Varnish when it answers from its cache, one when it asked the hub.
    return len(headers["X-Varnish"].split()) == 2


@pytest.fixture
def page(home):
    with transaction.atomic():
        page = home.add_child(instance=ContentPage(title="Drop-in hours"))
        page.save_revision().publish()
        synchronise_trees()
    return page


def test_anonymous_pages_come_from_varnish(varnish, page):
    status, headers, body = through(varnish, page.url)
    assert status == 200 and "Drop-in hours" in body and not from_varnish(headers)
    status, headers, body = through(varnish, page.url)
    assert status == 200 and "Drop-in hours" in body and from_varnish(headers)
    # A cookie of no consequence (another site's, the language choice) does not split the cache.
    _status, headers, _body = through(varnish, page.url, cookie="django_language=ar; _ga=1")
    assert from_varnish(headers)


def test_publishing_a_change_shows_through_varnish_at_once(varnish, page):
    through(varnish, page.url)
    assert from_varnish(through(varnish, page.url)[1])
    page.title = "Drop-in hours from January"
    with transaction.atomic():
        page.save_revision().publish()
    _status, _headers, body = through(varnish, page.url)
    assert "Drop-in hours from January" in body


def test_unpublishing_takes_the_page_out_of_varnish(varnish, page):
    through(varnish, page.url)
    with transaction.atomic():
        page.unpublish()
    assert through(varnish, page.url)[0] == 404


def test_editors_and_csrf_forms_get_the_hub_itself(varnish, page):
    through(varnish, page.url)
    for cookie in ("sessionid=abc", "csrftoken=abc"):
        _status, headers, _body = through(varnish, page.url, cookie=cookie)
        assert not from_varnish(headers)
    assert from_varnish(through(varnish, page.url)[1])
