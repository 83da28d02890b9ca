"""Search tests run on the database backend, and on a real engine when OPENSEARCH_URL or ELASTICSEARCH_URL is set.

With an engine configured but unreachable, every test here is skipped, saying why: never a red suite, never a
silent pass on the database alone.
"""

import urllib.request

import pytest

from tests.support.search import ENGINE_URL, RECIPROCAL_RANKS, empty_engine_index


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


@pytest.fixture(autouse=True)
def fresh_engine_index(search_engine):
    """Each test starts from an empty engine index: the database rolls back between tests, the engine does not."""
    if search_engine:
        empty_engine_index()


def pytest_terminal_summary(terminalreporter, config):
    """The relevance suite's mean reciprocal rank per backend (run in one process: `-n 0`)."""
    by_backend = {}
    for (backend, _language, _query), reciprocal_rank in config.stash.get(RECIPROCAL_RANKS, {}).items():
        by_backend.setdefault(backend, []).append(reciprocal_rank)
    for backend, ranks in sorted(by_backend.items()):
        terminalreporter.write_line(
            f"Search relevance on {backend}: mean reciprocal rank {sum(ranks) / len(ranks):.3f} over {len(ranks)} cases"
        )
