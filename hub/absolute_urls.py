"""Addresses that leave the site (emails, calendar files, feeds) built from one source: settings.SITE_URL.

Wagtail builds a page's full URL from its Site record, and Django builds one from the request's host; neither
need be the address people reach the hub at (a fresh Site says http://localhost/, a worker has no request,
and behind a proxy the request names the proxy's upstream). SITE_URL is that address, set by whoever runs
the hub (the quick start sets it from the address it serves on).
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path):
    """The address of a path on this site, e.g. absolute_url("/admin/") -> "https://hub.example.org/admin/"."""
    return settings.SITE_URL.rstrip("/") + "/" + path.lstrip("/")


def page_url(page):
    """A page's public address (with its language prefix), or "" for a page no address reaches."""
    parts = page.get_url_parts()
    if parts is None or parts[2] is None:
        return ""
    return absolute_url(parts[2])


def site_host_and_port():
    """The hostname and port of SITE_URL, as Wagtail's Site record wants them."""
    address = urlsplit(settings.SITE_URL)
    return address.hostname or "localhost", address.port or (443 if address.scheme == "https" else 80)
