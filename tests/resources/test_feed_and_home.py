"""The Atom feed of new resources per language, and the home page's latest resources."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from hub.factories import ThemeFactory
from hub.setup import synchronise_trees
from resources.factories import ResourcePageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def shelf(library, member_a, housing):
    health = ThemeFactory(name="Health", slug="health")
    return [
        ResourcePageFactory(parent=library, title="Housing report", kind="report", themes=[housing]),
        ResourcePageFactory(parent=member_a.organisation, title="Health guide", kind="guide", themes=[health]),
        ResourcePageFactory(parent=member_a.organisation, title="Housing guide", kind="guide", themes=[housing]),
    ]


def feed_entries(client, library, query=None):
    response = client.get(library.url + "feed/", query or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None
    return root, root.findall(f"{ATOM}entry")


def test_feed_is_valid_atom_with_the_newest_resources_first(client, library, shelf):
    _root, entries = feed_entries(client, library)
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["Housing guide", "Health guide", "Housing report"]
    newest = entries[0]
    assert newest.find(f"{ATOM}link").get("href") == "http://testserver" + shelf[2].url  # SITE_URL in tests
    assert newest.find(f"{ATOM}summary").text == "About Housing guide."
    assert newest.find(f"{ATOM}author/{ATOM}name").text == "Amani Women's Group"
    assert {category.get("term") for category in newest.findall(f"{ATOM}category")} == {"Guide", "Housing"}


def test_every_address_in_the_feed_is_on_the_sites_own_address(client, library, shelf, settings):
    settings.SITE_URL = "https://hub.example.org"
    root, entries = feed_entries(client, library, {"theme": "housing"})
    addresses = [link.get("href") for link in root.iter(f"{ATOM}link")] + [root.find(f"{ATOM}id").text]
    addresses += [entry.find(f"{ATOM}id").text for entry in entries]
    assert len(addresses) == 7 and all(address.startswith("https://hub.example.org/") for address in addresses)
    assert "https://hub.example.org" + library.url + "feed/?theme=housing" in addresses


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"theme": "housing"}, ["Housing guide", "Housing report"]),
        ({"kind": "guide"}, ["Housing guide", "Health guide"]),
        ({"kind": "guide", "theme": "housing"}, ["Housing guide"]),
        ({"kind": "sonnet"}, ["Housing guide", "Health guide", "Housing report"]),
    ],
)
def test_feed_filters_by_theme_and_kind(client, library, shelf, query, expected):
    _root, entries = feed_entries(client, library, query)
    assert [entry.find(f"{ATOM}title").text for entry in entries] == expected


def test_feed_says_which_filters_it_follows(client, library, shelf):
    root, _entries = feed_entries(client, library, {"theme": "housing", "kind": "guide", "sort": "title"})
    assert root.find(f"{ATOM}subtitle").text == "Kind: Guide; Theme: Housing"


def test_feed_per_language(client, library, shelf):
    synchronise_trees()
    french = library.get_translation(Locale.objects.get(language_code="fr"))
    root, entries = feed_entries(client, french)
    assert len(entries) == 3
    assert all("/fr/" in entry.find(f"{ATOM}link").get("href") for entry in entries)


def test_library_links_to_its_feed_keeping_the_filters(client, library, shelf):
    html = client.get(library.url, {"theme": "housing", "page": "1"}).content.decode()
    assert 'type="application/atom+xml"' in html
    assert f'href="{library.url}feed/?theme=housing"' in html


def test_home_page_shows_the_latest_resources(client, home, library, shelf):
    ResourcePageFactory(
        parent=library, title="An old newsletter", kind="newsletter", publication_date=datetime.date(2019, 1, 1)
    )
    html = client.get(home.url).content.decode()
    assert "Latest resources" in html
    section = html[html.index("Latest resources") :]
    assert section.index("Housing guide") < section.index("Health guide")
    assert "An old newsletter" not in section


def test_feed_and_resource_page_query_counts_stay_bounded(
    client, library, member_a, housing, django_assert_max_num_queries
):
    for number in range(40):
        parent = library if number % 2 else member_a.organisation
        ResourcePageFactory(parent=parent, title=f"Resource {number}", themes=[housing])
    client.get(library.url)  # warm the site and locale caches, as any running site has them
    with django_assert_max_num_queries(25):
        _root, entries = feed_entries(client, library, {"theme": "housing"})
    assert len(entries) == 30
    resource = library.get_children().last().specific
    with django_assert_max_num_queries(30):
        assert client.get(resource.url).status_code == 200
    with django_assert_max_num_queries(40):
        assert "Latest resources" in client.get(library.get_parent().url).content.decode()
