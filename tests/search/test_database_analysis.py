"""On the database backends (SQLite and PostgreSQL), each language is analysed as itself (issue 21, item 1).

Pages are indexed folded and stemmed in their own language (search/analysis.py) and visitors' queries in theirs, so
Arabic is found without its hamza, article or taa marbuta, French without its accents, and a plural finds its
singular. The engines have their own per-language analysers: tests/search/test_language_analysis.py.
"""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from resources.factories import ResourcePageFactory
from search.analysis import analysed, fold, normalised_words
from tests.support.search import ENGINE_URL, indexed, result_titles, search_url

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(bool(ENGINE_URL), reason="the database backend's analysis: the engine has its own"),
]


def library_in(library, language_code):
    translated = library.copy_for_translation(Locale.objects.get(language_code=language_code), copy_parents=True)
    translated.save_revision().publish()
    return translated


def pages(parent, *titles):
    return [indexed(ResourcePageFactory(parent=parent, title=title)) for title in titles]


def found(client, language, query):
    return sorted(result_titles(client.get(search_url(language), {"q": query})))


@pytest.fixture
def arabic_pages(library):
    return pages(
        library_in(library, "ar"),
        "دليل اللاجئين إلى السكن",
        "عن الشبكة",
        "أولياء الأمور الصوماليون في هاكني",
        "مدرسة الأحياء",
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("لاجئين", "دليل اللاجئين إلى السكن"),  # the article left out
        ("شبكة", "عن الشبكة"),
        ("شبكه", "عن الشبكة"),  # taa marbuta typed as haa
        ("اولياء", "أولياء الأمور الصوماليون في هاكني"),  # no hamza on the alef
        ("الامور", "أولياء الأمور الصوماليون في هاكني"),
        ("مَدرَسة", "مدرسة الأحياء"),  # with harakat
        ("مدرســة", "مدرسة الأحياء"),  # with tatweel
        ("والمدرسة", "مدرسة الأحياء"),  # "and the" written onto the word
    ],
)
def test_arabic_is_found_however_its_letters_and_article_are_written(client, arabic_pages, query, expected):
    assert found(client, "ar", query) == [expected]


def test_li_with_the_article_is_found_both_ways(client, library):
    """Li- with the article: "للاجئين" on لاجئين, "للعمل" on عمل. The spelling does not tell where the word starts."""
    pages(library_in(library, "ar"), "حقوق العمل للاجئين")
    assert found(client, "ar", "لاجئين") == ["حقوق العمل للاجئين"]
    assert found(client, "ar", "اللاجئين") == ["حقوق العمل للاجئين"]
    assert found(client, "ar", "للاجئين") == ["حقوق العمل للاجئين"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("retention", "La rétention administrative"),
        ("reseau", "Le réseau des familles"),
        ('"retention administrative"', "La rétention administrative"),
        ("RÉSEAU", "Le réseau des familles"),
    ],
)
def test_french_is_found_without_its_accents(client, library, query, expected):
    pages(library_in(library, "fr"), "La rétention administrative", "Le réseau des familles")
    assert found(client, "fr", query) == [expected]


def test_a_plural_and_its_singular_find_the_same_pages(client, library):
    pages(library, "Refugee housing", "Help for refugees")
    pages(library_in(library, "fr"), "Le logement social", "Trouver des logements")
    assert found(client, "en", "refugee") == found(client, "en", "refugees") == ["Help for refugees", "Refugee housing"]
    assert (
        found(client, "fr", "logement")
        == found(client, "fr", "logements")
        == ["Le logement social", "Trouver des logements"]
    )


def test_searching_all_languages_reads_the_words_in_each_page_s_language(client, library):
    """Each page is indexed by its own language's stems: an English visitor's "logements" finds the French page."""
    pages(library, "Refugee housing")
    pages(library_in(library, "fr"), "Le logement social")
    everywhere = {"languages": "all"}
    assert result_titles(client.get(search_url("en"), {"q": "logements", **everywhere})) == ["Le logement social"]
    assert result_titles(client.get(search_url("so"), {"q": "housings", **everywhere})) == ["Refugee housing"]
    assert found(client, "en", "logements") == []


def test_a_language_without_a_stemmer_is_still_folded_and_found(client, library):
    pages(library_in(library, "so"), "Caawimaad guri", "Xuquuqda qaxootiga")
    assert found(client, "so", "GURI") == ["Caawimaad guri"]
    assert found(client, "so", "guriyo") == []


def test_autocomplete_folds_what_is_typed_without_stemming_it(client, library, arabic_pages):
    pages(library_in(library, "fr"), "Le réseau des familles")
    with translation.override("fr"):
        french = client.get(reverse("search_autocomplete"), {"q": "rese"}).json()["results"]
    with translation.override("ar"):
        arabic = client.get(reverse("search_autocomplete"), {"q": "الشب"}).json()["results"]
    assert [result["title"] for result in french] == ["Le réseau des familles"]
    assert [result["title"] for result in arabic] == ["عن الشبكة"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text search configurations")
def test_postgresql_indexes_each_page_with_its_language_s_configuration(library):
    from search.database_backends.postgres import configuration_for

    assert configuration_for("ar", "default") == "arabic"
    assert configuration_for("fr", "default") == "french"
    assert configuration_for("pt", "default") == "portuguese"
    assert configuration_for("so", "default") == "simple"
    [french] = pages(library_in(library, "fr"), "Les logements familiaux")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text FROM wagtailsearch_indexentry WHERE object_id = %s AND title::text LIKE %s",
            [str(french.pk), "%log%"],
        )
        [(vector,)] = cursor.fetchall()
    # French's stemmer and stop words: "les" is gone, "logements" is "log".
    assert "'log'" in vector and "'les'" not in vector


def test_the_analysis_folds_arabic_and_latin_alike_at_index_and_query_time():
    assert fold("أإآٱ ؤ ئ ة ى ـ") == "اااا و ي ه ي "
    assert fold("مَدْرَسَةٌ") == "مدرسه"
    assert fold("Réseau Çà") == "reseau ca"
    assert normalised_words("والمدرسة بالشبكة الى") == ["مدرسه", "شبكه", "الي"]
    assert analysed("refugees", "en") == analysed("refugee", "en")
    # Tamil's vowel signs are part of its letters, never dropped as accents.
    assert fold("பள்ளிகள்") == "பள்ளிகள்"
