"""The library at /<lang>/resources/: every resource of the site, filtered and sorted without JavaScript."""

import datetime

import pytest
from wagtail.models import Locale

from hub.factories import ThemeFactory
from hub.models import Language
from hub.setup import synchronise_trees
from resources.factories import ResourcePageFactory
from resources.models import ResourcePage
from tests.support.pages import listed_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(library, member_a, member_b, housing, london, scotland):
    """Resources from the network and two members, with distinct kinds, themes, regions, languages and years."""
    health = ThemeFactory(name="Health", slug="health")
    arabic = Language.objects.get(code="ar")
    return {
        "network": ResourcePageFactory(parent=library, title="Annual report", kind="report", publication_date=datetime.date(2024, 5, 1), themes=[housing], regions=[london]),
        "a": ResourcePageFactory(parent=member_a.organisation, title="Clinic guide", kind="guide", publication_date=datetime.date(2025, 2, 1), themes=[health], regions=[london], languages=[arabic]),
        "b": ResourcePageFactory(parent=member_b.organisation, title="Briefing on rents", kind="policy-briefing", publication_date=datetime.date(2023, 9, 1), themes=[housing, health], regions=[scotland]),
    }  # fmt: skip


def test_lists_resources_from_the_network_and_every_member_newest_first(client, library, shelf):
    assert listed_titles(client.get(library.url)) == ["Clinic guide", "Annual report", "Briefing on rents"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "guide"}, ["Clinic guide"]),
        ({"theme": "housing"}, ["Annual report", "Briefing on rents"]),
        ({"theme": "health", "region": "scotland"}, ["Briefing on rents"]),
        ({"region": "london"}, ["Clinic guide", "Annual report"]),
        ({"language": "ar"}, ["Clinic guide"]),
        ({"organisation": "baile-refugee-forum"}, ["Briefing on rents"]),
        ({"organisation": "network"}, ["Annual report"]),
        ({"year": "2024"}, ["Annual report"]),
        ({"sort": "oldest"}, ["Briefing on rents", "Annual report", "Clinic guide"]),
        ({"sort": "title"}, ["Annual report", "Briefing on rents", "Clinic guide"]),
        ({"theme": "health", "sort": "title"}, ["Briefing on rents", "Clinic guide"]),
    ],
)
def test_filters_and_sorting_return_the_right_resources(client, library, shelf, query, expected):
    assert listed_titles(client.get(library.url, query)) == expected


def test_the_publisher_is_the_space_the_resource_lives_in(shelf, member_a):
    assert shelf["a"].organisation_id == member_a.organisation.pk
    assert shelf["a"].publisher_name == "Amani Women's Group"
    assert shelf["network"].organisation is None


@pytest.mark.parametrize(
    "query",
    [
        {"kind": "poem"},
        {"year": "nineteen"},
        {"sort": "random()"},
        {"theme": ["housing", "<script>"]},
        {"page": "-3"},
        {"page": "9999"},
        {"organisation": "' OR 1=1"},
    ],
)
def test_bad_query_strings_are_ignored_with_a_message_never_an_error(client, library, shelf, query):
    response = client.get(library.url, query)
    assert response.status_code == 200
    assert len(listed_titles(response)) >= 1


def test_unknown_filter_says_so(client, library, shelf):
    html = client.get(library.url, {"kind": "poem"}).content.decode()
    assert "Some filters were not recognised" in html


def test_library_reads_in_the_visitors_language(client, library, shelf, housing):
    french = Locale.objects.get(language_code="fr")
    synchronise_trees()
    logement = housing.copy_for_translation(french)
    logement.name = "Logement"
    logement.save()
    french_library = library.get_translation(french)
    response = client.get(french_library.url, {"theme": "housing"})
    html = response.content.decode()
    assert listed_titles(response) == ["Annual report", "Briefing on rents"]
    assert '<option value="housing" selected>Logement</option>' in html
    assert "Logement" in html and 'lang="fr"' in html


def test_pagination_keeps_the_filters(client, library, housing):
    for number in range(25):
        ResourcePageFactory(parent=library, title=f"Housing note {number:02}", themes=[housing])
    html = client.get(library.url, {"theme": "housing", "sort": "title"}).content.decode()
    assert "Housing note 19" in html and "Housing note 20" not in html
    assert "theme=housing" in html and "page=2" in html
    second = client.get(library.url, {"theme": "housing", "sort": "title", "page": "2"})
    assert listed_titles(second)[0] == "Housing note 20"


def many_resources(library, members, themes, regions, count):
    """Resources made straight through the tree (not one revision each), to keep a 500-page test fast."""
    languages = list(Language.objects.all()[:3])
    parents = [library, *members]
    for number in range(count):
        parents[number % len(parents)].add_child(
            instance=ResourcePage(
                title=f"Resource {number}",
                summary="A resource.",
                kind=ResourcePage.Kind.values[number % len(ResourcePage.Kind.values)],
                publication_date=datetime.date(2020 + number % 6, 1, 1),
                live=True,
            )
        )
    # In the order they were made, so that terms follow `number` as the dates do, whatever the ids.
    resources = list(enumerate(ResourcePage.objects.order_by("pk")))
    ResourcePage.themes.through.objects.bulk_create(
        [ResourcePage.themes.through(resourcepage=r, theme=themes[n % len(themes)]) for n, r in resources]
    )
    ResourcePage.regions.through.objects.bulk_create(
        [ResourcePage.regions.through(resourcepage=r, region=regions[n % len(regions)]) for n, r in resources]
    )
    ResourcePage.languages.through.objects.bulk_create(
        [ResourcePage.languages.through(resourcepage=r, language=languages[n % 3]) for n, r in resources]
    )


def test_query_count_stays_bounded_with_500_resources(
    client, library, member_a, member_b, housing, london, scotland, django_assert_max_num_queries
):
    health = ThemeFactory(name="Health", slug="health")
    many_resources(library, [member_a.organisation, member_b.organisation], [housing, health], [london, scotland], 500)
    assert ResourcePage.objects.count() == 500
    client.get(library.url)  # warm the site and locale caches, as any running site has them
    for query in [{}, {"theme": "housing", "sort": "title", "page": "3"}, {"region": "london", "year": "2022"}]:
        with django_assert_max_num_queries(30):
            response = client.get(library.url, query)
        assert len(listed_titles(response)) == 20


def test_an_untranslated_resource_is_marked_with_its_own_language(client, library, shelf):
    synchronise_trees()
    arabic_library = library.get_translation(Locale.objects.get(language_code="ar"))
    html = client.get(arabic_library.url).content.decode()
    assert '<h2 class="card__title" lang="en" dir="ltr">' in html
    assert 'class="card" lang=' not in client.get(library.url).content.decode()
