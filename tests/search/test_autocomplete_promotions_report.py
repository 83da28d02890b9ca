"""Autocomplete, promoted results, and the weekly query report network editors read."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from resources.factories import ResourcePageFactory
from search.models import WeeklyQueryCount
from tests.support.search import ENGINE_URL, indexed

pytestmark = pytest.mark.django_db


def search(client, language="en", **params):
    with translation.override(language):
        return client.get(reverse("search"), params)


def test_autocomplete_suggests_titles_with_their_address(client, library):
    guide = indexed(ResourcePageFactory(parent=library, title="Tenancy deposit guide"))
    indexed(ResourcePageFactory(parent=library, title="Detention briefing"))
    data = client.get(reverse("search_autocomplete"), {"q": "tenan"}).json()
    assert data["results"] == [{"title": "Tenancy deposit guide", "url": guide.url, "type": "resource"}]
    assert client.get(reverse("search_autocomplete"), {"q": "t"}).json() == {"results": []}


def completions(client, typed):
    return [result["title"] for result in client.get(reverse("search_autocomplete"), {"q": typed}).json()["results"]]


def test_autocomplete_reads_what_is_typed_as_titles_are_read_with_or_without_accents_and_hamza(client, library):
    """Issue 21: on OpenSearch, "Solidarité" completed nothing and "Solidarit" did."""
    indexed(ResourcePageFactory(parent=library, title="Solidarité congolaise"))
    indexed(ResourcePageFactory(parent=library, title="أولياء الأمور"))
    for typed in ["Solidarité", "solidarite", "SOLIDARI"]:
        assert completions(client, typed) == ["Solidarité congolaise"], typed
    for typed in ["أولياء", "اولياء"]:
        assert completions(client, typed) == ["أولياء الأمور"], typed


@pytest.mark.skipif(not ENGINE_URL, reason="the database backends complete the beginnings of words exactly")
def test_autocomplete_on_a_search_engine_forgives_one_typo(client, library):
    indexed(ResourcePageFactory(parent=library, title="Tenancy deposit guide"))
    indexed(ResourcePageFactory(parent=library, title="Detention briefing"))
    for typed in ["tennancy", "tenacy", "tenamcy"]:
        assert completions(client, typed) == ["Tenancy deposit guide"], typed
    assert completions(client, "ten") == ["Tenancy deposit guide"]  # short beginnings are taken as typed


def test_promoted_results_show_above_the_results_in_their_language_only(client, library):
    pinned = indexed(ResourcePageFactory(parent=library, title="Know your rights card"))
    indexed(ResourcePageFactory(parent=library, title="Rent rights guide"))
    query = Query.objects.create(query_string="rent")
    SearchPromotion.objects.create(query=query, page=pinned, description="Start here.", sort_order=0)
    content = search(client, q="Rent").content.decode()
    assert content.index("Know your rights card") < content.index("Rent rights guide")
    assert "Start here." in content
    # The pinned page is English: a French visitor is not sent to it.
    assert "Know your rights card" not in search(client, "fr", q="rent").content.decode()


def test_a_promotion_of_an_unpublished_page_is_not_shown(client, library):
    pinned = indexed(ResourcePageFactory(parent=library, title="Old campaign"))
    SearchPromotion.objects.create(query=Query.objects.create(query_string="rent"), page=pinned, sort_order=0)
    pinned.unpublish()
    assert "Old campaign" not in search(client, q="rent").content.decode()


def test_network_editors_manage_promotions_and_member_editors_cannot(client_for, network_editor, member_a, library):
    pinned = indexed(ResourcePageFactory(parent=library, title="Know your rights card"))
    editor = client_for(network_editor)
    assert editor.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    response = editor.post(
        reverse("wagtailsearchpromotions:add"),
        {
            "query_string": "visa",
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-INITIAL_FORMS": "0",
            "editors_picks-MIN_NUM_FORMS": "0",
            "editors_picks-MAX_NUM_FORMS": "1000",
            "editors_picks-0-page": str(pinned.pk),
            "editors_picks-0-description": "",
            "editors_picks-0-ORDER": "0",
            "editors_picks-0-DELETE": "",
        },
    )
    assert response.status_code == 302
    assert SearchPromotion.objects.filter(query__query_string="visa", page=pinned).exists()
    member_client = client_for(member_a.editor)
    refused = member_client.get(reverse("wagtailsearchpromotions:index"))
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")


def test_queries_are_counted_per_language_and_week_and_nothing_else(client, library):
    indexed(ResourcePageFactory(parent=library, title="Rent guide"))
    search(client, q="Rent")
    search(client, q="rent ")
    search(client, q="rent", page="2")  # further pages and facet choices are the same search
    search(client, q="rent", theme="housing")
    search(client, "fr", q="visa")
    counts = {
        (row.query, row.language): (row.searches, row.searches_without_results)
        for row in WeeklyQueryCount.objects.all()
    }
    assert counts == {("rent", "en"): (2, 0), ("visa", "fr"): (1, 1)}
    fields = {field.name for field in WeeklyQueryCount._meta.get_fields()}
    assert fields == {"id", "query", "language", "iso_year", "iso_week", "searches", "searches_without_results"}


def test_network_editors_read_the_query_report(client_for, network_editor, library):
    indexed(ResourcePageFactory(parent=library, title="Rent guide"))
    client = client_for(network_editor)
    search(client, q="rent")
    search(client, q="zzzz nothing")
    response = client.get(reverse("search_query_report"))
    assert response.status_code == 200
    content = response.content.decode()
    frequent, fruitless = content.split("Queries with no results")
    assert "rent" in frequent and "zzzz nothing" in fruitless and "rent" not in fruitless
    assert reverse("search_query_report") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_member_editors_and_the_public_are_refused_the_query_report(client, client_for, member_a):
    WeeklyQueryCount.objects.create(query="secret words", language="en", iso_year=2026, iso_week=1, searches=3)
    anonymous = client.get(reverse("search_query_report"))
    assert anonymous.status_code == 302 and "login" in anonymous.url
    member_client = client_for(member_a.editor)
    refused = member_client.get(reverse("search_query_report"))  # Wagtail sends the refused to the dashboard
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    assert "secret words" not in member_client.get(reverse("search_query_report"), follow=True).content.decode()
    assert reverse("search_query_report") not in member_client.get(reverse("wagtailadmin_home")).content.decode()


def test_bad_report_choices_are_reported_on_a_normal_page(client_for, network_editor):
    WeeklyQueryCount.objects.create(query="housing", language="en", iso_year=2026, iso_week=1, searches=3)
    client = client_for(network_editor)
    response = client.get(reverse("search_query_report"), {"week": "banana", "language": "<x>"})
    assert response.status_code == 200
    assert set(response.context["filters"].errors) == {"week", "language"}
    assert "housing" in response.content.decode()  # the latest week, in every language


def test_the_query_report_downloads_as_csv_and_xlsx_keeping_formulas_as_text(client_for, network_editor):
    WeeklyQueryCount.objects.create(query="=cmd|calc", language="en", iso_year=2026, iso_week=2, searches=2)
    WeeklyQueryCount.objects.create(query="rent", language="fr", iso_year=2026, iso_week=2, searches=5)
    WeeklyQueryCount.objects.create(query="older", language="en", iso_year=2026, iso_week=1, searches=9)
    client = client_for(network_editor)
    csv_export = client.get(reverse("search_query_report"), {"export": "csv"})
    assert csv_export["Content-Type"].startswith("text/csv") and "no-store" in csv_export["Cache-Control"]
    rows = list(csv.reader(io.StringIO(csv_export.getvalue().decode())))
    assert rows == [
        ["Query", "Language", "Searches", "Searches without results"],
        ["rent", "fr", "5", "0"],
        ["'=cmd|calc", "en", "2", "0"],
    ]
    xlsx_export = client.get(reverse("search_query_report"), {"export": "xlsx", "week": "2026-W01"})
    assert "no-store" in xlsx_export["Cache-Control"]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_export.getvalue())).active
    assert [[cell.value for cell in row] for row in sheet.rows][1:] == [["older", "en", 9, 0]]


def test_member_editors_cannot_download_the_query_report(client_for, member_a):
    WeeklyQueryCount.objects.create(query="secret words", language="en", iso_year=2026, iso_week=1, searches=3)
    client = client_for(member_a.editor)
    for export in ("csv", "xlsx"):
        response = client.get(reverse("search_query_report"), {"export": export})
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
