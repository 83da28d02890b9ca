import pytest

from membership.factories import JoinPageFactory


@pytest.fixture
def join_page(home):
    return JoinPageFactory(parent=home)
