"""What the oral history tests share: a member's project and an interview in it (oral_histories.factories)."""

import pytest

from oral_histories.factories import InterviewPageFactory, OralHistoryProjectPageFactory


@pytest.fixture
def project(member_a):
    return OralHistoryProjectPageFactory(parent=member_a.organisation, slug="arrivals")


@pytest.fixture
def interview(project):
    return InterviewPageFactory(parent=project)
