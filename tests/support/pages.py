"""Public pages as visitors read them and the forms they send."""

import re

from django.test import Client
from django.urls import reverse

# Wagtail's routing, the site settings, the menu and the language switcher cost about twenty queries on
# any page, sections and listings included (each asks for the locale and the private sections only once per
# request: hub.per_request); what matters is that the count stays fixed however many members or pages are shown.
MAX_QUERIES = 30


def anonymous_get(url, **extra):
    """A visitor without cookies, as most are."""
    return Client().get(url, **extra)


def served_from_cache(url):
    anonymous_get(url)
    response = anonymous_get(url)
    assert response["X-Wagtail-Cache"] == "hit", url
    assert not response.cookies and "Set-Cookie" not in response.headers
    assert "csrfmiddlewaretoken" not in response.text
    return response.text


def listed_titles(response):
    assert response.status_code == 200
    return re.findall(r'<h2 class="card__title"[^>]*><a href="[^"]*">([^<]*)</a>', response.content.decode())


def refused_or_sent_to_log_in(response):
    """Forbidden, sent to log in (Wagtail's answer to someone without admin access) or back to the admin's
    home page (its answer to a permission refused inside the admin): never the data, never the action."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and ("/login/" in response["Location"] or response["Location"] == "/admin/")


def registration_data(name="Amina Yusuf", email="amina@example.org", **extra):
    return {"name": name, "email": email, "phone": "", "access_needs": "", "consent": "on", **extra}


STATUS_URL = reverse("hub_translation_status")


def cells(html):
    """{(page title, language code): state} as the dashboard shows them."""
    found = {}
    for row in re.findall(r'<th scope="row">(.*?)</tr>', dashboard_table(html), re.S):
        title = re.match(r'\s*<span lang="[\w-]+" dir="auto">(.*?)</span>', row, re.S).group(1)
        for code, state in re.findall(r'data-locale="([\w-]+)" data-state="([\w-]+)"', row):
            found[(title, code)] = state
    return found


def dashboard_table(html):
    start = html.find('<table class="listing translation-status">')
    return html[start : html.index("</table>", start)] if start >= 0 else ""
