import pytest

from hub.setup import synchronise_trees
from resources.demo import ensure_library


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


@pytest.fixture
def library(home):
    library = ensure_library(home)
    synchronise_trees()
    return library
