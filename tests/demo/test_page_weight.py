"""Every public page of the demo stays light on a metered phone: its HTML, CSS and JavaScript together
under 100 KB compressed (images aside)."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Page

pytestmark = pytest.mark.django_db

LIMIT = 100 * 1024
ASSETS = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="/static/([^"?]+)"')


def compressed_size(content):
    return len(gzip.compress(content, compresslevel=6))


def test_every_demo_page_is_under_100_kb_compressed(demo_output, client):
    languages = ["en", "ar"]
    pages = Page.objects.live().public().filter(depth__gt=1, locale__language_code__in=languages).specific()
    assert pages.count() > 30
    weights = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content
        total = compressed_size(html)
        for asset in set(ASSETS.findall(html.decode())):
            path = finders.find(asset)
            assert path, asset
            with open(path, "rb") as file:
                total += compressed_size(file.read())
        weights[page.url] = total
    heaviest = max(weights, key=weights.get)
    assert weights[heaviest] < LIMIT, f"{heaviest} weighs {weights[heaviest]} bytes compressed"
