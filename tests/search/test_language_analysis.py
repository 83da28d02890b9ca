"""With an engine, each page is also analysed by its own language's rules, and visitors' queries use them."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.opensearch2 import OpenSearch2Mapping

from resources.factories import ResourcePageFactory
from search.engine_backends import LanguageFieldsMapping
from search.engine_settings import LANGUAGE_ANALYZERS
from tests.support.search import ENGINE_URL, indexed, refresh_index, result_titles, translated

pytestmark = pytest.mark.django_db


class Mapping(LanguageFieldsMapping, OpenSearch2Mapping):
    """The mapping the engine backends use, built here without a server."""


def test_a_page_s_text_goes_to_its_own_language_s_field_only(library, housing):
    french = translated(
        indexed(ResourcePageFactory(parent=library, title="Housing advice", themes=[housing])),
        "fr",
        "Conseils de logement",
    )
    french.themes.set([housing])
    document = Mapping(type(french)).get_document(french)
    assert "Conseils de logement" in document["_text_fr"] and "Housing" in document["_text_fr"]
    assert not any(key in document for key in ("_text_en", "_text_ar"))
    properties = Mapping(type(french)).get_mapping()["properties"]
    assert properties["_text_ar"] == {"type": "text", "analyzer": "arabic", "search_analyzer": "arabic"}
    assert set(LANGUAGE_ANALYZERS) >= {"en", "ar", "fr", "ckb", "fa", "bn", "es", "pt", "ro"}


def test_a_somali_page_has_no_language_field_and_is_found_by_the_shared_analysis(library):
    somali = translated(indexed(ResourcePageFactory(parent=library, title="Housing help")), "so", "Caawimaad guri")
    assert not [key for key in Mapping(type(somali)).get_document(somali) if key.startswith("_text_")]


@pytest.mark.skipif(not ENGINE_URL, reason="stemming is the search engine's: needs OPENSEARCH_URL or ELASTICSEARCH_URL")
def test_visitors_find_other_forms_of_their_words(client, library):
    translated(indexed(ResourcePageFactory(parent=library, title="Housing")), "fr", "Le logement des familles")
    translated(indexed(ResourcePageFactory(parent=library, title="School")), "ar", "مدرسة الأحياء")
    for page in Page.objects.filter(locale__language_code__in=["fr", "ar"]).specific():
        get_search_backend("default").add(page)
    refresh_index()
    with translation.override("fr"):
        french = result_titles(client.get(reverse("search"), {"q": "logements famille"}))
    with translation.override("ar"):
        arabic = result_titles(client.get(reverse("search"), {"q": "المدرسة"}))
    assert french == ["Le logement des familles"]
    assert arabic == ["مدرسة الأحياء"]
