import pytest

from newsletter.demo import ensure_newsletter_page


@pytest.fixture
def newsletter_page(home):
    return ensure_newsletter_page(home)
