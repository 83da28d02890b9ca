"""Search tests run on the database backend, and on a real engine when OPENSEARCH_URL or ELASTICSEARCH_URL is set.

With an engine configured but unreachable, every test here is skipped, saying why: never a red suite, never a
silent pass on the database alone.
"""

import datetime
import urllib.request

import pytest
from django.conf import settings
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from resources.demo import ensure_library
from resources.models import ResourcePage

ENGINE_URL = settings.OPENSEARCH_URL or settings.ELASTICSEARCH_URL


def engine_reachable():
    try:
        with urllib.request.urlopen(ENGINE_URL, timeout=3):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def search_engine():
    if ENGINE_URL and not engine_reachable():
        pytest.skip(f"the search engine at {ENGINE_URL} (OPENSEARCH_URL/ELASTICSEARCH_URL) cannot be reached")
    return ENGINE_URL


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


@pytest.fixture(autouse=True)
def fresh_engine_index(search_engine):
    """Each test starts from an empty engine index: the database rolls back between tests, the engine does not."""
    if search_engine:
        empty_engine_index()


@pytest.fixture
def library(home):
    """The network's resource library, where search tests put their pages."""
    return ensure_library(home)


def refresh_index():
    """Make what was just indexed searchable (engines make new documents visible after a refresh)."""
    if ENGINE_URL:
        from wagtail.models import Page

        get_search_backend("default").get_index_for_model(Page).refresh()


def add_page(parent, title, *, summary="", body="", themes=(), regions=(), languages=(), date=None, publish=True):
    """A resource page (a page type with every conventional facet field) under `parent`, published and indexed."""
    page = parent.add_child(
        instance=ResourcePage(
            title=title,
            summary=summary or f"About {title}.",
            body=[("paragraph", body)] if body else [],
            publication_date=date or datetime.date(2025, 3, 1),
            live=publish,
        )
    )
    page.themes.set(themes)
    page.regions.set(regions)
    page.languages.set(languages)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    # Tests run tasks at once, inside page.save(), before its many-to-many relations are written; the task
    # queue's worker indexes after the commit. Index again, as it would.
    index.insert_or_update_object(page)
    refresh_index()
    return page
