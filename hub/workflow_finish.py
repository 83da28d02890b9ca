"""What happens when the editorial workflow's last task is approved (imported by wagtail.models itself, so it
imports no models)."""


def publish_approved(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish what the workflow's last approver approved.

    Wagtail's default re-checks that the approver holds publish permission on the page; here the
    tasks have already decided who may approve (a language's reviewers need no right to publish
    anything by hand), so the check is theirs. The publication is logged under the approver."""
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
