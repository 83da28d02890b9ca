"""The newsletter's demo: two past issues in the archive, one draft waiting in its workflow for the network
team's approval, and subscribers asking for alerts on their themes and regions."""

import pytest
from wagtail.models import TaskState

from newsletter.models import Issue, NewsletterPage, Subscription
from newsletter.setup import ISSUE_TASK

pytestmark = pytest.mark.django_db


def test_demo_issues_two_in_the_archive_and_one_waiting_for_approval(demo_output, client):
    sent = Issue.objects.filter(status=Issue.Status.SENT, live=True, language="en")
    assert sent.count() == 2
    archive = client.get(f"{NewsletterPage.objects.get(locale__language_code='en').url}issues/").text
    assert all(issue.subject in archive for issue in sent)
    draft = Issue.objects.get(status=Issue.Status.DRAFT)
    assert not draft.live and draft.workflow_in_progress
    task_state = draft.current_workflow_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS and task_state.task.name == ISSUE_TASK
    assert f"issues/{draft.pk}/" not in archive


def test_demo_subscribers_ask_for_alerts_on_their_themes_and_regions(demo_output):
    alerted = Subscription.objects.filter(alerts=True, status=Subscription.Status.CONFIRMED)
    assert alerted.count() >= 3
    assert len(set(alerted.values_list("language", flat=True))) >= 2
    assert all(subscription.themes.exists() or subscription.regions.exists() for subscription in alerted)
