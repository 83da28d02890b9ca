"""Issues approved, being sent or sent before issues had a workflow stay approved: they become live, and the
sending goes on; drafts stay drafts, to go through the workflow."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("newsletter", "0002_delivery_failed_at_interests_alerts")]


@pytest.mark.django_db(transaction=True)
def test_issues_approved_or_sent_before_the_workflow_are_live():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    Issue = executor.loader.project_state(BEFORE).apps.get_model("newsletter", "Issue")
    for status in ("draft", "approved", "sending", "sent"):
        Issue.objects.create(language="en", subject=status, status=status)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from newsletter.models import Issue

    live = {issue.subject: (issue.live, issue.status) for issue in Issue.objects.all()}
    assert live == {
        "draft": (False, "draft"),
        "approved": (True, "approved"),
        "sending": (True, "sending"),
        "sent": (True, "sent"),
    }
    assert Issue.objects.get(subject="sent").first_published_at is not None
