import pytest

from news.demo import ensure_news_index


@pytest.fixture
def news_index(home):
    return ensure_news_index(home)
