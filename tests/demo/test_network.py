"""The demo network: realistic, translated by people into four languages, idempotent, and able to start over."""

import json
import re
from html import unescape

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpRequest
from wagtail.models import Locale, Page

from hub.demo import network_data
from hub.models import MemberOrganisationPage, Region
from tests.support.demo import INTRODUCTIONS
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db


def untranslated_languages(html):
    """The languages the switcher marks 'not translated yet'."""
    items = re.findall(r'<li>\s*(<a [^>]*hreflang="([\w-]+)".*?)</li>', html, re.S)
    assert items, "no language switcher on the page"
    return {code for item, code in items if "language-switcher__untranslated" in item}


def profile_path(language, name):
    organisation = MemberOrganisationPage.objects.get(title=name, locale=Locale.get_default())
    return f"/{language}/members/{organisation.slug}/"


def test_demo_builds_a_realistic_network(demo_output, client):
    assert f"admin / {PASSWORD}" in demo_output

    members = MemberOrganisationPage.objects.live().filter(locale=Locale.get_default())
    assert members.count() >= 12
    assert Region.objects.filter(memberorganisationpage__in=members).distinct().count() >= 4
    for organisation in members:
        assert organisation.mission and organisation.about and organisation.logo_id
        assert "lorem" not in (organisation.mission + organisation.about).lower()
        assert organisation.themes.exists() and organisation.languages.exists()
    assert client.login(request=HttpRequest(), username="admin", password=PASSWORD)  # django-axes needs a request
    assert client.get("/en/members/").status_code == 200


@pytest.mark.parametrize("language", INTRODUCTIONS)
def test_home_page_introduces_the_network_in_each_demo_language(demo_output, client, language):
    html = client.get(f"/{language}/").content.decode()
    assert INTRODUCTIONS[language] in html
    assert "more than forty migrant- and refugee-led" not in html
    assert "has not been translated" not in html


@pytest.mark.parametrize(
    ("language", "name", "mission"),
    [
        ("so", "Somali Parents Hackney", "Waalidiin Soomaaliyeed oo isu gargaara si ay u fahmaan nidaamka dugsiyada"),
        ("ar", "Kurdish Community Centre Manchester", "بيت للعائلات الكردية في مانشستر الكبرى"),
        ("ckb", "Sudanese Forum Cardiff", "سودانییەکان و خەڵکی باشووری سودان لە وێڵز"),
        ("fr", "Congolese Solidarity Swansea", "Des familles congolaises de Swansea et de Neath"),
    ],
)
def test_translated_member_profile_shows_its_translated_mission(demo_output, client, language, name, mission):
    html = client.get(profile_path(language, name)).content.decode()
    assert mission in html
    assert "has not been translated" not in html


def test_directory_and_about_page_are_translated(demo_output, client):
    directory = client.get("/fr/members/").content.decode()
    assert "<h1>Organisations membres</h1>" in directory
    assert "Filtrez par région, thème, langue ou communauté" in directory
    about = client.get("/so/about/").content.decode()
    assert "Ku saabsan shabakadda" in about
    assert "Maanta xubnahayagu waxay ku shaqeeyaan in ka badan lixdan luqadood" in about


def test_arabic_pages_read_right_to_left(demo_output, client):
    for path in ["/ar/", "/ar/members/", "/ar/about/", profile_path("ar", "Somali Parents Hackney")]:
        html = client.get(path).content.decode()
        assert '<html lang="ar" dir="rtl">' in html, path


def test_language_switcher_shows_the_demo_languages_as_translated(demo_output, client):
    for path in ["/en/", "/en/members/", "/en/about/", profile_path("en", "Sudanese Forum Cardiff")]:
        untranslated = untranslated_languages(client.get(path).content.decode())
        assert not untranslated & {"ar", "fr", "so", "ckb"}, path
        assert "pl" in untranslated, path


def test_a_profile_the_demo_does_not_translate_says_so(demo_output, client):
    html = client.get(profile_path("ar", "Tamil Elders Croydon")).content.decode()
    assert "Tamil elders in south London keeping well" in html
    assert "ar" in untranslated_languages(html)


def translation_editor_props(client, page):
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    return json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))


@pytest.mark.parametrize("language", ["ar", "fr", "so", "ckb"])
def test_translators_find_the_demo_translations_complete_in_wagtail_localize(demo_output, client, language):
    assert client.login(request=HttpRequest(), username="admin", password=PASSWORD)  # django-axes needs a request
    about = Page.objects.get(slug="about", locale__language_code=language)
    props = translation_editor_props(client, about)
    translated = {item["segment_id"] for item in props["initialStringTranslations"]}
    assert translated == {segment["id"] for segment in props["segments"] if segment["type"] == "string"}
    assert about.live and not about.has_unpublished_changes


def test_every_demo_translation_is_of_demo_text_complete_and_keeps_its_numbers():
    demo = network_data()
    demo_text = json.dumps(demo.content, ensure_ascii=False)
    network_names = {settings.WAGTAIL_SITE_NAME, "Member organisations"}
    for source, translations in demo.translations.items():
        assert source in demo_text or source in network_names, source
        if source not in demo.place_names:
            assert set(translations) == set(demo.content["languages"]), source
        for language, text in translations.items():
            assert re.findall(r"\d+", text) == re.findall(r"\d+", source), (language, source)


def test_demo_prints_a_member_editor_whose_pages_need_review(demo_output):
    assert re.search(rf"Network editor \(reviews and publishes\):\s+network\.editor / {PASSWORD}", demo_output)
    editor = re.search(rf"Member editor \(submits for review\):\s+(\S+) / {PASSWORD}\s+\((.+)\)", demo_output)
    trusted = re.search(rf"Trusted publisher:\s+(\S+) / {PASSWORD}\s+\((.+)\)", demo_output)
    assert editor and trusted
    needs_review = MemberOrganisationPage.objects.get(title=editor[2], locale=Locale.get_default())
    user = get_user_model().objects.get(username=editor[1])
    assert not needs_review.trusted_publisher and not needs_review.permissions_for_user(user).can_publish()
    assert MemberOrganisationPage.objects.get(title=trusted[2], locale=Locale.get_default()).trusted_publisher
