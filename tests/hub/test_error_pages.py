"""The hub's own error pages: in the visitor's language, with the quick exit, and the 500 page without a database."""

import re

import pytest
from django.test import Client, override_settings
from wagtail.models import Site

from hub.error_pages import DEFAULT_QUICK_EXIT_URL
from hub.models import SafetySettings

QUICK_EXIT = 'class="quick-exit" href="{}" rel="noreferrer" data-quick-exit'


def assert_no_inline_script_or_style(html):
    """A strict Content-Security-Policy allows neither."""
    assert all("src=" in tag for tag in re.findall(r"<script\b[^>]*>", html))
    assert not re.search(r"<[^>]*\sstyle=", html) and "<style" not in html


@pytest.fixture
def neutral_site(home):
    safety = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    safety.quick_exit_url = "https://weather.example.org/"
    safety.save()
    return safety.quick_exit_url


@pytest.mark.parametrize(
    ("language", "direction", "heading"),
    [("en", "ltr", "Page not found"), ("ar", "rtl", "الصفحة غير موجودة")],
)
def test_missing_page_shows_our_404_in_the_address_language(client, neutral_site, language, direction, heading):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert QUICK_EXIT.format(neutral_site) in html
    assert 'class="language-switcher"' in html
    assert 'href="/language/fr/?next=/fr/no-such-page/"' in html
    assert "language-switcher__untranslated" not in html  # no page here to lack a translation
    assert f'<form method="get" action="/{language}/search/" role="search"' in html
    assert 'name="q"' in html
    assert_no_inline_script_or_style(html)


def test_debug_404_for_a_missing_page_is_ours_not_djangos(client, home):
    with override_settings(DEBUG=True):
        response = client.get("/ar/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "الصفحة غير موجودة" in html
    assert "URLconf" not in html
    assert QUICK_EXIT.format(DEFAULT_QUICK_EXIT_URL) in html


# No `db` fixture: pytest-django refuses every database access, as a database that is down would.
@pytest.mark.parametrize(
    ("path", "headers", "language", "direction", "heading"),
    [
        ("/en/", {}, "en", "ltr", "Something went wrong"),
        ("/ar/", {}, "ar", "rtl", "حدث خطأ ما"),
        # No language in the address: the one the browser asks for.
        ("/documents/1/anything.pdf", {"HTTP_ACCEPT_LANGUAGE": "ar"}, "ar", "rtl", "حدث خطأ ما"),
    ],
)
def test_server_error_page_needs_no_database(path, headers, language, direction, heading):
    client = Client(raise_request_exception=False)

    response = client.get(path, **headers)

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert QUICK_EXIT.format(DEFAULT_QUICK_EXIT_URL) in html
    assert 'class="language-switcher"' in html
    assert f'action="/{language}/search/"' in html
    assert_no_inline_script_or_style(html)


def test_server_error_on_a_form_tells_the_visitor_to_send_it_again():
    client = Client(raise_request_exception=False)

    sent = client.post("/fr/", {"email": "someone@example.org"})
    shown = client.get("/fr/")

    assert sent.status_code == shown.status_code == 500
    resend = "Ce que vous avez envoyé n’a pas été enregistré."
    assert resend in sent.content.decode()
    assert resend not in shown.content.decode()
