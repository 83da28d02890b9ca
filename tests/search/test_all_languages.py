"""Searching all languages: one result per page, in the visitor's language when it has one, linking the others."""

import re

import pytest
from wagtail.models import Locale

from resources.factories import ResourcePageFactory
from tests.support.search import indexed, refresh_index, result_titles, search_url, translated

pytestmark = pytest.mark.django_db


def aliased(page, language_code):
    """An untranslated copy of `page` in another language's tree, as wagtail-localize keeps them."""
    locale = Locale.objects.get(language_code=language_code)
    page.get_parent().copy_for_translation(locale, copy_parents=True).save_revision().publish()
    return indexed(page.copy_for_translation(locale, alias=True))


def other_language_links(response):
    """(url, language) of the links to a result's other languages."""
    paragraphs = re.findall(r'<p class="search-result__languages">(.*?)</p>', response.content.decode(), re.DOTALL)
    return [link for paragraph in paragraphs for link in re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"', paragraph)]


def test_a_page_and_its_translations_are_one_result_in_the_visitor_s_language_linking_the_others(client, library):
    english = indexed(ResourcePageFactory(parent=library, title="Housing advice"))
    french = translated(english, "fr", "Conseils logement housing")
    translated(english, "ar", "نصائح السكن housing")
    indexed(ResourcePageFactory(parent=library, title="Housing rights"))
    refresh_index()
    response = client.get(search_url("fr"), {"q": "housing", "languages": "all"})
    assert sorted(result_titles(response)) == ["Conseils logement housing", "Housing rights"]
    links = other_language_links(response)
    assert sorted(language for _url, language in links) == ["ar", "en"]
    assert english.get_url() in [url for url, _language in links]
    assert french.get_url() not in [url for url, _language in links]


def test_without_the_visitor_s_language_the_source_stands_for_the_page(client, library):
    english = indexed(ResourcePageFactory(parent=library, title="Housing advice"))
    translated(english, "ar", "نصائح السكن housing")
    translated(english, "fr", "Conseils logement housing")
    refresh_index()
    assert result_titles(client.get(search_url("so"), {"q": "housing", "languages": "all"})) == ["Housing advice"]


def test_aliases_never_appear_as_results_of_their_own(client, library):
    english = indexed(ResourcePageFactory(parent=library, title="Kalayaan report"))
    for language_code in ["fr", "ar", "so", "ckb"]:
        aliased(english, language_code)
    refresh_index()
    response = client.get(search_url("fr"), {"q": "Kalayaan", "languages": "all"})
    assert result_titles(response) == ["Kalayaan report"]
    assert other_language_links(response) == []


def test_query_count_is_bounded_with_many_translated_pages(client, library, django_assert_max_num_queries):
    french = Locale.objects.get(language_code="fr")
    library.copy_for_translation(french, copy_parents=True).save_revision().publish()
    for number in range(30):
        english = indexed(ResourcePageFactory(parent=library, title=f"Rent guide {number}"))
        translation = english.copy_for_translation(french)
        translation.title = f"Loyer {number} rent"
        translation.save_revision().publish()
        indexed(translation)
    with django_assert_max_num_queries(40):
        response = client.get(search_url("fr"), {"q": "rent", "languages": "all"})
    assert len(result_titles(response)) == 20 and len(other_language_links(response)) == 20
