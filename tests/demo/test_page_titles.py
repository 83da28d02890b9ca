"""Every page of the demo network names the site in its title once, at most: a language's home page is titled
with the site's name, and the base template adds it to the others'."""

import re
from html import unescape

import pytest
from django.conf import settings

from tests.support.public_urls import page_urls

pytestmark = pytest.mark.django_db

TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)


def test_no_page_names_the_site_twice_in_its_title(demo_output, client):
    titles = {}
    for url in [*page_urls(), "/en/search/", "/ar/search/"]:
        response = client.get(url)
        if response.status_code == 200 and "text/html" in response["Content-Type"]:
            titles[url] = unescape(TITLE.search(response.content.decode()).group(1))
    assert len(titles) > 30 and "/en/" in titles and "/ar/" in titles
    assert [(url, title) for url, title in titles.items() if title.count(settings.WAGTAIL_SITE_NAME) > 1] == []
    assert titles["/en/"].count(settings.WAGTAIL_SITE_NAME) == 1
