"""What the newsletter needs in every database: the network team's right to change issues, and the workflow that
approves them. Network editors may not publish an issue by hand: its workflow's approval publishes it
(hub.workflow_finish), so every issue sent was approved there, in the audit log."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from hub.roles import NETWORK_EDITORS, permission

NETWORK_EDITOR_PERMISSIONS = [("newsletter", "change_issue")]
# Names are data, like Wagtail's own "Moderators approval": the network may rename them in the admin.
ISSUE_WORKFLOW = "Newsletter approval"
ISSUE_TASK = "Newsletter approval by the network team"


def ensure_issue_workflow(network_editors):
    """The workflow every issue goes through: one approval by a network editor. Safe to run any number of times;
    a workflow the network has since given to issues instead is left in place."""
    from newsletter.models import Issue

    task, _created = GroupApprovalTask.objects.get_or_create(name=ISSUE_TASK)
    task.groups.add(network_editors)
    workflow, _created = Workflow.objects.get_or_create(name=ISSUE_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Issue), defaults={"workflow": workflow}
    )
    return workflow


def ensure_newsletter_setup(**kwargs):
    network_editors = Group.objects.filter(name=NETWORK_EDITORS).first()
    if network_editors is None:
        return  # hub's setup runs first; without it there is nobody to give rights to
    network_editors.permissions.add(*[permission(app, codename) for app, codename in NETWORK_EDITOR_PERMISSIONS])
    ensure_issue_workflow(network_editors)
