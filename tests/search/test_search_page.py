"""The public search page: what it finds, in which language, with facets, snippets and pages of results."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction
from wagtail.search import index

from hub.factories import ThemeFactory
from hub.models import Language
from resources.models import ResourcePage, ToolkitPage
from tests.search.conftest import add_page, refresh_index

pytestmark = pytest.mark.django_db


def search_url(language="en"):
    with translation.override(language):
        return reverse("search")


def result_titles(response):
    assert response.status_code == 200
    return re.findall(
        r'<li class="search-result"[^>]*>\s*<p[^>]*>[^<]*</p>\s*<h3><a href="[^"]*">([^<]*)</a>',
        response.content.decode(),
    )


def test_finds_pages_by_title_summary_and_body_with_title_matches_first(client, library):
    add_page(library, "Tenancy rights", summary="What landlords owe.")
    add_page(library, "Annual report", summary="Our year, including tenancy advice.")
    add_page(library, "Clinic guide", body="<p>A section on tenancy deposits.</p>")
    add_page(library, "Detention briefing")
    titles = result_titles(client.get(search_url(), {"q": "tenancy"}))
    assert titles[0] == "Tenancy rights"
    assert set(titles) == {"Tenancy rights", "Annual report", "Clinic guide"}


def test_finds_member_profiles_and_taxonomy_names(client, library, member_a, housing):
    add_page(library, "Winter shelter list", themes=[housing])
    assert "Winter shelter list" in result_titles(client.get(search_url(), {"q": "housing"}))
    assert "Amani Women&#x27;s Group" in result_titles(client.get(search_url(), {"q": "Amani"}))


def test_a_quoted_phrase_matches_only_as_a_phrase(client, library):
    add_page(library, "Right to rent checks")
    add_page(library, "Rent and the right to work")
    assert result_titles(client.get(search_url(), {"q": '"right to rent"'})) == ["Right to rent checks"]


def test_snippet_marks_the_words_searched_and_escapes_page_text(client, library):
    add_page(library, "Deposits", summary="Rent & bills: <script>alert(1)</script> protect your deposit in 30 days.")
    content = client.get(search_url(), {"q": "deposit"}).content.decode()
    assert "<mark>deposit</mark>" in content
    assert "<script>alert(1)</script>" not in content
    assert "Rent &amp; bills" in content


def test_never_shows_unpublished_private_scheduled_or_withdrawn_pages(client, library):
    add_page(library, "Visible housing guide")
    add_page(library, "Draft housing guide", publish=False)
    private = add_page(library, "Private housing guide")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    scheduled = add_page(library, "Scheduled housing guide", publish=False)
    scheduled.go_live_at = datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC)
    scheduled.save_revision().publish()  # a future go-live date keeps it waiting, not live
    withdrawn = add_page(library, "Withdrawn housing guide")
    withdrawn.unpublish()
    refresh_index()
    assert result_titles(client.get(search_url(), {"q": "housing guide"})) == ["Visible housing guide"]
    suggestions = client.get(reverse("search_autocomplete"), {"q": "housing"}).json()["results"]
    assert [item["title"] for item in suggestions] == ["Visible housing guide"]


def test_results_come_from_the_visitors_language_unless_all_languages_are_asked_for(client, library):
    english = add_page(library, "Housing advice")
    french_library = library.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french_library.save_revision().publish()
    french = english.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Conseils logement housing"
    french.save_revision().publish()
    refresh_index()
    assert result_titles(client.get(search_url("fr"), {"q": "housing"})) == ["Conseils logement housing"]
    everywhere = result_titles(client.get(search_url("fr"), {"q": "housing", "languages": "all"}))
    assert set(everywhere) == {"Housing advice", "Conseils logement housing"}


def test_facets_count_and_narrow_by_type_theme_region_language_organisation_and_year(
    client, library, member_a, housing, london
):
    health = ThemeFactory(name="Health", slug="health")
    arabic = Language.objects.get(code="ar")
    add_page(library, "Network rent report", themes=[housing], date=datetime.date(2024, 5, 1))
    add_page(member_a.organisation, "Rent clinic guide", themes=[health], regions=[london], languages=[arabic])
    response = client.get(search_url(), {"q": "rent"})
    content = response.content.decode()
    assert re.search(r"Housing <span[^>]*>\(1\)</span>", content)
    assert re.search(r"Health <span[^>]*>\(1\)</span>", content)
    assert re.search(r"2024 <span[^>]*>\(1\)</span>", content)
    assert "Amani Women&#x27;s Group <span" in content
    for facet, value, expected in [
        ("theme", "housing", ["Network rent report"]),
        ("region", "london", ["Rent clinic guide"]),
        ("language", "ar", ["Rent clinic guide"]),
        ("organisation", str(member_a.organisation.translation_key), ["Rent clinic guide"]),
        ("year", "2024", ["Network rent report"]),
        ("type", "resources.resourcepage", ["Network rent report", "Rent clinic guide"]),
    ]:
        assert sorted(result_titles(client.get(search_url(), {"q": "rent", facet: value}))) == expected, facet
    # Two values of one facet widen; two facets narrow.
    both = result_titles(client.get(search_url(), {"q": "rent", "theme": ["housing", "health"]}))
    assert sorted(both) == ["Network rent report", "Rent clinic guide"]
    assert result_titles(client.get(search_url(), {"q": "rent", "theme": "housing", "region": "london"})) == []


def test_facets_count_pages_of_several_types_alike(client, library, housing, london):
    """A toolkit holds its themes and regions in its resource page's tables, and is dated by first publication: its
    values are counted with the resource pages' own."""
    add_page(library, "Rent report", themes=[housing], regions=[london], date=datetime.date(2024, 5, 1))
    toolkit = library.add_child(instance=ToolkitPage(title="Rent toolkit", summary="Campaigning on rent."))
    toolkit.themes.set([housing])
    toolkit.regions.set([london])
    toolkit.save_revision().publish()
    index.insert_or_update_object(toolkit)
    refresh_index()
    this_year = str(timezone.localdate().year)
    content = client.get(search_url(), {"q": "rent"}).content.decode()
    assert re.search(r"Housing <span[^>]*>\(2\)</span>", content)
    assert re.search(r"London <span[^>]*>\(2\)</span>", content)
    assert re.search(r"2024 <span[^>]*>\(1\)</span>", content)
    assert re.search(rf"{this_year} <span[^>]*>\(1\)</span>", content)
    assert result_titles(client.get(search_url(), {"q": "rent", "theme": "housing", "year": this_year})) == [
        "Rent toolkit"
    ]


def test_plugin_facets_join_the_search(client, home, member_a):
    from tests.testapp.models import NoticePage

    notice = member_a.organisation.add_child(instance=NoticePage(title="Flood notice", urgency="high"))
    notice.save_revision().publish()
    refresh_index()
    content = client.get(search_url(), {"q": "flood"}).content.decode()
    assert "<legend>Urgency</legend>" in content
    assert result_titles(client.get(search_url(), {"q": "flood", "urgency": "high"})) == ["Flood notice"]
    assert result_titles(client.get(search_url(), {"q": "flood", "urgency": "low"})) == []


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-3"},
        {"theme": "no-such-theme"},
        {"year": "not-a-year"},
        {"organisation": "<b>x</b>"},
        {"type": "nope.nope"},
        {"q": "x" * 5000},
        {"q": 'rent AND (housing OR "'},
        {"q": "*:? ~ - + ! ^ \\ / [ ] { }"},
        {"q": "السكن والإيجار"},
        {"q": "መኖሪያ ቤት"},
        {"q": "housing السكن ቤት"},
        {"q": ""},
        {"q": "   "},
        {"languages": "klingon"},
    ],
)
def test_bad_or_odd_queries_give_a_normal_page(client, library, query):
    add_page(library, "Rent guide")
    response = client.get(search_url(), {"q": "rent", **query})
    assert response.status_code == 200
    assert client.get(reverse("search_autocomplete"), {"q": query.get("q", "rent")}).status_code == 200


def test_paginates_results(client, library):
    for number in range(25):
        add_page(library, f"Rent guide {number}")
    first = result_titles(client.get(search_url(), {"q": "rent"}))
    second = result_titles(client.get(search_url(), {"q": "rent", "page": "2"}))
    assert len(first) == 20 and len(second) == 5
    assert not set(first) & set(second)


def test_query_count_is_bounded_with_hundreds_of_pages(
    client, library, member_a, housing, london, django_assert_max_num_queries
):
    arabic = Language.objects.get(code="ar")
    for number in range(150):
        add_page(library if number % 2 else member_a.organisation, f"Rent guide {number}",
                 themes=[housing], regions=[london], languages=[arabic])  # fmt: skip
    with django_assert_max_num_queries(33):
        response = client.get(search_url(), {"q": "rent", "theme": "housing"})
    assert len(result_titles(response)) == 20
    assert ResourcePage.objects.live().count() == 150
