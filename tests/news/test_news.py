"""News pages from the network and its members: where they may be written, the index, its feed and sections."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from hub.factories import ThemeFactory
from hub.setup import synchronise_trees
from news.factories import NewsPageFactory
from news.models import NewsPage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def shelf(news_index, member_a, member_b, housing):
    health = ThemeFactory(name="Health", slug="health")
    return [
        NewsPageFactory(parent=news_index, title="Network assembly", date=datetime.date(2026, 3, 1), themes=[housing]),
        NewsPageFactory(
            parent=member_a.organisation, title="Amani drop-in", date=datetime.date(2026, 3, 5), themes=[health]
        ),
        NewsPageFactory(
            parent=member_b.organisation, title="Scottish victory", date=datetime.date(2026, 2, 1), themes=[housing]
        ),
    ]


def news_form(title, slug, housing, london, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-04-01",
            "authors": "Amina Yusuf",
            "summary": "We opened a drop-in.",
            "body": rich_text("<p>Come on Saturdays.</p>"),
        }
    ) | {"themes": [housing.pk], "regions": [london.pk], **extra}


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["news", "newspage", parent.pk])


def test_member_editor_writes_news_in_their_space_and_submits_it_for_review(client_for, member_a, housing, london):
    client = client_for(member_a.editor)
    form = news_form("Drop-in opens", "drop-in", housing, london, **{"action-submit": "submit"})
    assert client.post(add_url(member_a.organisation), form).status_code == 302
    news = NewsPage.objects.child_of(member_a.organisation).get(slug="drop-in")
    assert news.organisation_id == member_a.organisation.pk
    assert not news.live  # a member editor's news waits for the network's review
    assert WorkflowState.objects.for_instance(news).active().exists()


@pytest.mark.parametrize("where", ["other_member", "network_index"])
def test_member_editor_cannot_write_news_elsewhere(client_for, member_a, member_b, news_index, housing, london, where):
    parent = member_b.organisation if where == "other_member" else news_index
    client_for(member_a.editor).post(add_url(parent), news_form("Sneaky", "sneaky", housing, london))
    assert not NewsPage.objects.filter(slug="sneaky").exists()


def test_network_editor_publishes_news_on_the_index(client_for, network_editor, news_index, housing, london):
    form = news_form("Assembly", "assembly", housing, london, **{"action-publish": "publish"})
    assert client_for(network_editor).post(add_url(news_index), form).status_code == 302
    news = NewsPage.objects.live().child_of(news_index).get(slug="assembly")
    assert news.organisation is None and news.publisher_name == "The hub"


def test_news_page_shows_its_facts(client, shelf, member_a):
    html = client.get(shelf[1].url).content.decode()
    assert "Amani drop-in" in html and "About Amani drop-in." in html
    assert f'href="{member_a.organisation.url}"' in html
    assert "Health" in html


def test_index_lists_everyones_news_newest_first_and_filters(client, news_index, shelf, member_a):
    html = client.get(news_index.url).content.decode()
    assert html.index("Amani drop-in") < html.index("Network assembly") < html.index("Scottish victory")
    html = client.get(news_index.url, {"theme": "housing"}).content.decode()
    assert "Amani drop-in" not in html and "Scottish victory" in html
    html = client.get(news_index.url, {"organisation": "network"}).content.decode()
    assert "Network assembly" in html and "Scottish victory" not in html
    html = client.get(news_index.url, {"organisation": member_a.organisation.slug}).content.decode()
    assert "Amani drop-in" in html and "Network assembly" not in html


@pytest.mark.parametrize("query", [{"theme": "sonnet"}, {"year": "abc"}, {"page": "x"}, {"sort": "\x00"}])
def test_index_survives_a_bad_query_string(client, news_index, shelf, query):
    assert client.get(news_index.url, query).status_code == 200


def feed_entries(client, index, query=None):
    response = client.get(index.url + "feed/", query or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return root, root.findall(f"{ATOM}entry")


def test_feed_is_atom_filtered_like_the_index(client, news_index, shelf):
    _root, entries = feed_entries(client, news_index, {"theme": "housing"})
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles == ["Scottish victory", "Network assembly"]
    assert entries[0].find(f"{ATOM}link").get("href") == "http://testserver" + shelf[2].url
    assert entries[0].find(f"{ATOM}summary").text == "About Scottish victory."


def test_index_links_to_its_feed(client, news_index, shelf):
    html = client.get(news_index.url, {"theme": "housing"}).content.decode()
    assert 'type="application/atom+xml"' in html
    assert f'href="{news_index.url}feed/?theme=housing"' in html


def test_index_and_feed_per_language(client, news_index, shelf):
    synchronise_trees()
    french = news_index.get_translation(Locale.objects.get(language_code="fr"))
    assert french.url.startswith("/fr/news/")
    _root, entries = feed_entries(client, french)
    assert len(entries) == 3
    assert all("/fr/" in entry.find(f"{ATOM}link").get("href") for entry in entries)


def test_home_and_profile_sections(client, home, shelf, member_a):
    html = client.get(home.url).content.decode()
    section = html[html.index("Latest news") :]
    assert section.index("Amani drop-in") < section.index("Network assembly")
    profile = client.get(member_a.organisation.url).content.decode()
    assert "Our news" in profile
    section = profile[profile.index("Our news") :]
    assert "Amani drop-in" in section and "Scottish victory" not in section


def test_switched_off_news_is_gone(client, settings, news_index, shelf, home):
    settings.HUB_DISABLED_PLUGINS = ["news"]
    assert client.get(news_index.url).status_code == 404
    assert client.get(shelf[1].url).status_code == 404
    assert "Latest news" not in client.get(home.url).content.decode()
    assert NewsPage.objects.count() == 3  # the data stays


def test_search_finds_news(client, shelf):
    html = client.get("/en/search/", {"q": "drop-in"}).content.decode()
    assert "Amani drop-in" in html


def test_query_counts_stay_bounded(client, news_index, member_a, housing, django_assert_max_num_queries):
    for number in range(40):
        parent = news_index if number % 2 else member_a.organisation
        NewsPageFactory(parent=parent, title=f"News {number}", themes=[housing])
    client.get(news_index.url)  # warm the site and locale caches, as any running site has them
    with django_assert_max_num_queries(30):
        assert client.get(news_index.url).status_code == 200
    with django_assert_max_num_queries(25):
        _root, entries = feed_entries(client, news_index, {"theme": "housing"})
    assert len(entries) == 30
    news = NewsPage.objects.child_of(news_index).last()
    with django_assert_max_num_queries(30):
        assert client.get(news.url).status_code == 200
