"""Search never fails a page: with the engine unreachable, the database answers and a warning is logged."""

import logging

import pytest
from django.urls import reverse
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.search.backends import get_search_backend

from resources.factories import ResourcePageFactory
from resources.models import ResourcePage
from search.engine_settings import engine_backend
from tests.support.search import indexed

pytestmark = pytest.mark.django_db

CLOSED_PORT_URL = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture
def engine_down(settings):
    """The engine configured, at a closed port, beside the database index search keeps for this case."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": engine_backend(CLOSED_PORT_URL, None, 1),
        "database": {"BACKEND": "search.database_backends"},
    }


def test_with_the_engine_down_visitors_get_database_results_and_a_warning_is_logged(client, library, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database_backends"}}
    indexed(ResourcePageFactory(parent=library, title="Tenancy rights"))  # indexed in the database backend
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": engine_backend(CLOSED_PORT_URL, None, 1),
        "database": {"BACKEND": "search.database_backends"},
    }
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        response = client.get(reverse("search"), {"q": "tenancy"})
        suggestions = client.get(reverse("search_autocomplete"), {"q": "tenan"})
    assert response.status_code == 200
    assert "Tenancy rights" in response.content.decode()
    assert [item["title"] for item in suggestions.json()["results"]] == ["Tenancy rights"]
    assert any("Search engine unavailable" in record.getMessage() for record in caplog.records)


def test_the_engine_backend_follows_the_environment():
    opensearch = engine_backend("http://search:9200", "http://elastic:9200", 5)
    assert opensearch["BACKEND"] == "search.engine_backends.opensearch2"
    elastic = engine_backend(None, "http://elastic:9200", 5)
    assert elastic["BACKEND"] in {"search.engine_backends.elasticsearch8", "search.engine_backends.elasticsearch9"}
    assert elastic["URLS"] == ["http://elastic:9200"]
    assert opensearch["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["filter"]


def test_publishing_with_the_engine_down_still_saves_and_indexes_in_the_database(client, library, engine_down):
    page = library.add_child(
        instance=ResourcePage(title="Saved anyway", summary="Published while the engine was down.")
    )
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    found = get_search_backend("database").search("saved anyway", ResourcePage)
    assert [result.pk for result in found] == [page.pk]
    assert "Saved anyway" in client.get(reverse("search"), {"q": "saved anyway"}).content.decode()


def test_the_suite_searches_with_the_configured_backend(search_engine):
    backend = get_search_backend("default")
    if search_engine:
        assert isinstance(backend, ElasticsearchBaseSearchBackend)
    else:
        assert "database" in type(backend).__module__
