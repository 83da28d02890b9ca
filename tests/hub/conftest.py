"""Reviewers and translators that the workflow tests share (their steps are in tests.support.workflow)."""

import pytest

from hub.roles import reviewers_group_name, translators_group_name
from tests.support.people import person


@pytest.fixture
def arabic_reviewer(db):
    return person("samira", reviewers_group_name("ar"), language="ar")


@pytest.fixture
def french_reviewer(db):
    return person("claire", reviewers_group_name("fr"), language="fr")


@pytest.fixture
def arabic_translator(db):
    return person("layla", translators_group_name("ar"))
