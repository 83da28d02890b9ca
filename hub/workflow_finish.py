"""What happens when the editorial workflow's last task is approved (imported by wagtail.models itself, so it
imports models only when called)."""


def reviewed_revision(workflow_state, user):
    """The revision the last approving reviewer looked at (their task started on it), not whatever was saved
    since: a translator's later edits wait for a review of their own. Only the approver's own edits, saved as
    they approved in the page editor, go with their approval."""
    from wagtail.models import TaskState

    approved = workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED).order_by("-pk").first()
    if approved is None:
        return workflow_state.current_task_state.revision
    latest = workflow_state.content_object.get_latest_revision()
    if user is not None and latest.user_id == user.pk and latest.created_at >= approved.started_at:
        return latest
    return approved.revision


def publish_approved(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish what the workflow's last approver approved (a page, or a snippet
    whose model runs a workflow).

    Wagtail's default re-checks that the approver holds publish permission on the page; here the
    tasks have already decided who may approve (a language's reviewers need no right to publish
    anything by hand), so the check is theirs. The publication is logged under the approver.

    A first translation waited as an alias of its source (hub.translation_drafts); publishing makes it
    a page of its own, as wagtail-localize does when it publishes a translation."""
    from wagtail.log_actions import log
    from wagtail.models import Page

    revision = reviewed_revision(workflow_state, user)
    page = workflow_state.content_object
    # A snippet's workflow (a plugin's) ends the same way, and is never an alias.
    if getattr(page, "alias_of_id", None) is not None:
        Page.objects.filter(pk=page.pk).update(alias_of=None)
        data = {"page": {"id": page.pk, "title": page.get_admin_display_title()}}
        log(instance=page, action="wagtail.convert_alias", user=user, revision=revision, data=data)
    revision.publish(user=user, skip_permission_checks=True)
