"""Search: the engine the tests run against, its index, and the search page's results."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.search import index
from wagtail.search.backends import get_search_backend

ENGINE_URL = settings.OPENSEARCH_URL or settings.ELASTICSEARCH_URL

# {(backend, language, query): reciprocal rank of the expected page}, filled by tests/search/test_relevance.py and
# printed by tests/search/conftest.py.
RECIPROCAL_RANKS = pytest.StashKey[dict]()


def empty_engine_index():
    """An empty engine index for every page type, and its mappings; returns it.

    `update_index` (which the demo builder runs) leaves the index name as an alias of a concrete index, which the
    engine refuses to delete by that name: the concrete indices behind it go first."""
    from wagtail.models import Page

    page_index = get_search_backend("default").get_index_for_model(Page)
    if page_index.is_alias():
        for concrete_index in page_index.aliased_indices():
            concrete_index.delete()
    page_index.reset()
    for model in index.get_indexed_models():
        if issubclass(model, Page):
            page_index.add_model(model)
    return page_index


def refresh_index():
    """Make what was just indexed searchable (engines make new documents visible after a refresh)."""
    if ENGINE_URL:
        from wagtail.models import Page

        get_search_backend("default").get_index_for_model(Page).refresh()


def search_url(language="en"):
    with translation.override(language):
        return reverse("search")


def result_titles(response):
    assert response.status_code == 200
    return re.findall(
        r'<li class="search-result"[^>]*>\s*<p[^>]*>[^<]*</p>\s*<h3[^>]*><a href="[^"]*">([^<]*)</a>',
        response.content.decode(),
    )


def indexed(page):
    """The page as the database holds it, indexed once more and made searchable: tests run tasks at once, inside
    page.save(), before its many-to-many relations are written, where the task queue's worker indexes after the
    commit. Read again, because an object published through a revision is not the one that was changed: indexing
    it as it was (not live) would hide it from an engine, which keeps `live` in its documents."""
    page = type(page).objects.get(pk=page.pk)
    index.insert_or_update_object(page)
    refresh_index()
    return page


def translated(page, language_code, title):
    """`page` translated into another language (its parent too), under `title`, published and indexed."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    page.get_parent().copy_for_translation(locale, copy_parents=True).save_revision().publish()
    version = page.copy_for_translation(locale)
    version.title = title
    version.save_revision().publish()
    return indexed(version)
