"""The home page, content pages and the base template every public page shares."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from home.factories import ContentPageFactory
from home.models import ContentPage
from hub import main_menu
from hub.models import SafetySettings
from hub.setup import synchronise_trees
from tests.support.pages import MAX_QUERIES

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_visitors_language(client, home):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="so")["Location"] == "/so/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/en/"


@pytest.mark.parametrize(
    ("language", "direction"), [("en", "ltr"), ("ar", "rtl"), ("ckb", "rtl"), ("so", "ltr"), ("ps", "rtl")]
)
def test_html_carries_lang_and_dir(client, home, language, direction):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html


def test_base_template_is_semantic_and_has_a_skip_link(client, home):
    html = client.get("/en/").content.decode()
    assert html.index('class="skip-link" href="#main"') < html.index("<header")
    for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
        assert landmark in html
    assert 'media="print"' in html


def test_public_pages_make_no_third_party_requests(client, home, member_a):
    for url in ["/en/", "/en/members/", member_a.organisation.url]:
        html = client.get(url).content.decode()
        sources = re.findall(r'<(?:script|link(?! rel="alternate")|img|iframe|source)[^>]+(?:src|href)="([^"]+)"', html)
        assert sources
        assert all(not source.startswith(("http:", "https:", "//")) for source in sources), sources


def test_css_uses_logical_properties():
    from pathlib import Path

    css = (Path(__file__).parents[2] / "hub/static/hub/css/hub.css").read_text()
    assert not re.search(r"(?<![-\w])(margin|padding|border)-(left|right)\s*:", css)
    assert not re.search(r"text-align:\s*(left|right)", css)
    assert not re.search(r"(?<![-\w])(left|right)\s*:", css)


def test_quick_exit_is_on_by_default_and_can_be_switched_off(client, home):
    html = client.get("/en/").content.decode()
    assert "data-quick-exit" in html and "https://www.bbc.co.uk/weather" in html
    assert 'src="/static/hub/js/quick-exit.js" defer' in html
    safety = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    safety.quick_exit_enabled = False
    safety.save()
    assert "data-quick-exit" not in client.get("/en/").content.decode()


def test_network_editors_change_the_neutral_site(client_for, network_editor, home):
    client = client_for(network_editor)
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["hub", "safetysettings", site.pk])
    response = client.post(url, {"quick_exit_enabled": "on", "quick_exit_url": "https://www.example.com/recipes"})
    assert response.status_code == 302
    client.logout()
    assert "https://www.example.com/recipes" in client.get("/en/").content.decode()


def test_content_page_renders_its_blocks(client, home):
    page = home.add_child(
        instance=ContentPage(
            title="About the network",
            introduction="<p>We are forty groups.</p>",
            body=[
                ("heading", "How we work"),
                ("paragraph", "<p>Together.</p>"),
                ("quote", {"quote": "Nothing about us without us", "attribution": "A member"}),
            ],
        )
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    for text in [
        "<h1>About the network</h1>",
        "We are forty groups.",
        "<h2>How we work</h2>",
        "Nothing about us without us",
    ]:
        assert text in html


def test_main_menu_shows_live_public_pages_chosen_for_menus(client, home):
    ContentPageFactory(parent=home, title="About the network", show_in_menus=True)
    ContentPageFactory(parent=home, title="Not in the menu", show_in_menus=False)
    members_only = ContentPageFactory(parent=home, title="Members only", show_in_menus=True)
    PageViewRestriction.objects.create(page=members_only, restriction_type="password", password="secret")
    nav = re.search(r'<nav class="site-nav".*?</nav>', client.get(home.url).content.decode(), re.S).group()
    assert "About the network" in nav
    for hidden in ["Not in the menu", "Members only"]:
        assert hidden not in nav


def menu_of(client, url):
    html = client.get(url).content.decode()
    return re.findall(r"<a [^>]*>([^<]*)</a>", re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group())


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_the_main_menu_is_read_once_per_language_and_follows_every_change_to_it(
    client, home, member_a, django_capture_on_commit_callbacks
):
    """Without a page cache (as on every uncached page), the menu is kept between requests: each change that
    shows in it (a menu page renamed, made private, unpublished, moved away; a new one) reaches it at once."""
    about = ContentPageFactory(parent=home, title="About the network", show_in_menus=True)
    synchronise_trees()
    directory = "Member organisations"
    assert menu_of(client, "/en/") == ["The hub", directory, "About the network"]
    kept = queries_of(client, "/en/")
    main_menu.changed()
    assert queries_of(client, "/en/") > kept  # read again only when it changed
    assert menu_of(client, "/ar/")[-1] == "About the network"  # each language its own, the alias in English
    with django_capture_on_commit_callbacks(execute=True):
        about.title = "Who we are"
        about.save_revision().publish()
    assert menu_of(client, "/en/") == ["The hub", directory, "Who we are"]
    assert menu_of(client, "/ar/")[-1] == "Who we are"
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=about, restriction_type="login")
    assert menu_of(client, "/en/") == ["The hub", directory]
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert menu_of(client, "/en/") == ["The hub", directory, "Who we are"]
    with django_capture_on_commit_callbacks(execute=True):
        news = ContentPageFactory(parent=home, title="News", show_in_menus=False)
        news.show_in_menus = True
        news.save_revision().publish()
    assert menu_of(client, "/en/") == ["The hub", directory, "Who we are", "News"]
    with django_capture_on_commit_callbacks(execute=True):
        news.unpublish()
        about.move(member_a.organisation, pos="last-child")
    assert menu_of(client, "/en/") == ["The hub", directory]


def test_home_page_lists_members_and_queries_are_bounded(client, home, directory, django_assert_max_num_queries):
    from tests.support.people import make_member

    for number in range(12):
        make_member(f"Group {number:02d}", f"editor{number}@example.org")
    client.get(home.url)
    with django_assert_max_num_queries(MAX_QUERIES):
        html = client.get(home.url).content.decode()
    assert "Group 11" in html
    assert "See every member organisation" in html


def test_home_sections_arranged_by_editors(client, home, member_a):
    home.body = [
        ("members", {"heading": "Our members", "count": 1}),
        ("plugin_section", {"section": "notices", "heading": "", "count": 3}),
    ]
    home.save_revision().publish()
    html = client.get(home.url).content.decode()
    assert "Our members" in html
    assert "Latest notices" in html


def test_an_explicit_language_choice_sticks_and_wins_over_the_browser(client, home):
    switcher_link = "/language/ar/?next=/ar/"
    assert switcher_link in client.get("/en/").content.decode()
    response = client.get(switcher_link)
    assert response["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")["Location"] == "/ar/"


@pytest.mark.parametrize("target", ["https://evil.example.com/", "//evil.example.com/", "javascript:alert(1)"])
def test_language_choice_never_redirects_off_site(client, home, target):
    response = client.get("/language/fr/", {"next": target})
    assert response["Location"] == "/"
    assert client.get("/language/xx/", {"next": "/en/"})["Location"] == "/en/"


def test_untranslated_page_is_shown_in_its_source_language_with_a_notice(client, member_a):
    response = client.get(member_a.organisation.url.replace("/en/", "/ar/", 1))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="notice notice--translation"' in html
    assert '<h1 lang="en" dir="ltr">' in html  # the page's own text keeps its language; the interface is Arabic
    assert member_a.organisation.title.replace("'", "&#x27;") in html
    english = client.get(member_a.organisation.url).content.decode()
    assert "notice--translation" not in english and "<h1 lang=" not in english


def test_language_switcher_marks_languages_without_a_translation(client, home):
    html = client.get("/en/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    assert (
        '<span lang="so" dir="ltr">Soomaali</span> <span class="language-switcher__translated">(Somali)</span></a>'
        in switcher
    )
    assert switcher.count("not translated yet") == len(settings.LANGUAGES) - 1
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/">' in html


@pytest.mark.parametrize("code", ["so", "ti", "am", "ps", "ckb"])
def test_languages_django_lacks_are_supplied(client, home, code):
    from django.utils.translation import get_language_info
    from wagtail.models import Locale

    info = get_language_info(code)
    assert info["name_local"] and info["bidi"] == (code in {"ps", "ckb"})
    assert Locale.objects.filter(language_code=code).exists()
    assert client.get(f"/{code}/").status_code == 200


def test_every_language_has_the_whole_tree(client, member_a):
    organisation = member_a.organisation
    aliases = type(organisation).objects.filter(alias_of=organisation)
    assert sorted(aliases.values_list("locale__language_code", flat=True)) == sorted(
        code for code, _name in settings.LANGUAGES if code != "en"
    )
    directory = client.get("/so/members/")
    assert directory.status_code == 200
    assert [member.alias_of_id for member in directory.context["members"]] == [organisation.pk]
    assert client.get(f"/so/members/{organisation.slug}/").context["page"].alias_of_id == organisation.pk


def test_a_page_missing_from_a_language_tree_falls_back_to_its_source(client, member_a):
    page = member_a.organisation.add_child(instance=ContentPage(title="Made in code, not yet synchronised"))
    page.save_revision().publish()
    response = client.get(page.url.replace("/en/", "/ti/", 1))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ti" dir="ltr">' in html
    assert "notice--translation" in html and "Made in code" in html
