"""Sitemaps per language with their translations as alternates, and robots.txt pointing to them."""

import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import ContentPage
from hub.models import SearchEngineSettings
from tests.support.pages import refused_or_sent_to_log_in
from tests.support.translations import translate

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def add(parent, title, live=True):
    page = ContentPage(title=title, live=live)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


def read(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def entries(language):
    """{page address: {language: alternate address}} as the language's sitemap gives them."""
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link[@rel='alternate']")
        }
        for url in read(f"/sitemap-{language}.xml").findall(f"{SITEMAP}url")
    }


@pytest.fixture
def pages(home, network_editor):
    """A guide translated into French (the Arabic tree holds only an alias of it), a private page, a draft."""
    guide = add(home, "Guide")
    french = translate(guide, "fr", network_editor, {"Guide": "Le guide"})
    french.get_latest_revision().publish()
    guide.copy_for_translation(Locale.objects.get(language_code="ar"), alias=True)
    private = add(home, "Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {"guide": guide, "french": french, "private": private, "draft": add(home, "Draft", live=False)}


def test_the_index_lists_a_sitemap_for_each_language_with_pages_written_in_it(pages):
    listed = [sitemap.findtext(f"{SITEMAP}loc") for sitemap in read("/sitemap.xml").findall(f"{SITEMAP}sitemap")]
    assert "http://testserver/sitemap-en.xml" in listed and "http://testserver/sitemap-fr.xml" in listed
    assert "http://testserver/sitemap-ar.xml" not in listed  # only aliases, which repeat the English text
    for address in listed:
        assert read(address.removeprefix("http://testserver")).findall(f"{SITEMAP}url"), address


def test_a_page_names_its_real_translations_and_itself_as_alternates(pages):
    guide, french = pages["guide"].full_url, pages["french"].full_url
    assert entries("en")[guide] == {"en": guide, "fr": french}
    assert entries("fr")[french] == {"en": guide, "fr": french}


def test_aliases_private_pages_and_drafts_are_never_listed(pages):
    arabic_alias = Page.objects.get(translation_key=pages["guide"].translation_key, locale__language_code="ar")
    assert arabic_alias.alias_of_id and arabic_alias.live
    listed = set(entries("en")) | set(entries("fr"))
    alternates = {address for links in [*entries("en").values(), *entries("fr").values()] for address in links.values()}
    for page in [arabic_alias, pages["private"], pages["draft"], *pages["private"].get_translations()]:
        assert page.full_url not in listed | alternates
    # The Arabic tree holds aliases only here: no page is written in Arabic, so there is no Arabic sitemap.
    assert Client().get("/sitemap-ar.xml").status_code == 404


def test_a_member_s_page_is_listed_with_its_last_publication(pages, member_a):
    member = Page.objects.get(pk=member_a.organisation.pk)
    url = entries("en")[member.full_url]
    assert url == {}  # not translated: no alternates
    element = next(
        url
        for url in read("/sitemap-en.xml").findall(f"{SITEMAP}url")
        if url.findtext(f"{SITEMAP}loc") == member.full_url
    )
    assert element.findtext(f"{SITEMAP}lastmod") == member.last_published_at.date().isoformat()


@pytest.mark.parametrize("url", ["/sitemap-xx.xml", "/sitemap-en.xml?p=zz", "/sitemap-en.xml?p=99"])
def test_an_unknown_sitemap_or_page_of_one_is_not_found(pages, url):
    assert Client().get(url).status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(pages):
    response = Client().get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Disallow: /admin/"]
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def settings_url():
    return reverse(
        "wagtailsettings:edit", args=["hub", "searchenginesettings", Site.objects.get(is_default_site=True).pk]
    )


def test_a_network_editor_adds_rules_and_a_wrong_line_is_explained_and_kept(client_for, network_editor):
    client = client_for(network_editor)
    assert client.get(settings_url()).status_code == 200
    typed = "Disallow: /en/search/\nplease do not crawl"
    response = client.post(settings_url(), {"robots_rules": typed})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Each line must be a rule" in page and "please do not crawl" in page
    assert not SearchEngineSettings.objects.get().robots_rules

    client.post(settings_url(), {"robots_rules": "# Search results are endless\nDisallow: /en/search/"})
    lines = Client().get("/robots.txt").content.decode().splitlines()
    assert "Disallow: /en/search/" in lines and "# Search results are endless" in lines


def test_a_member_editor_cannot_change_what_crawlers_are_told(client_for, member_a):
    client = client_for(member_a.editor)
    assert refused_or_sent_to_log_in(client.get(settings_url()))
    assert refused_or_sent_to_log_in(client.post(settings_url(), {"robots_rules": "Disallow: /"}))
    assert not SearchEngineSettings.objects.exists()
