"""The editorial workflow every member submission goes through, and where it applies.

One workflow, "Editorial review", runs a consent check, the network's review and a review in the
translation's own language; each step skips pages it does not concern (hub.models.workflow_tasks).
It applies to the whole tree (so translations in every language's tree are covered) and is attached
to each member space explicitly, so that a member's space stays reviewed whatever the network later
sets for its own pages. Network editors and trusted publishers hold publish permission, and Wagtail
lets anyone who may publish publish directly: for them the workflow is there to use, not to pass.
"""

from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

from hub.models import ConsentCheckTask, LanguageReviewTask, MemberOrganisationPage, NetworkReviewTask
from hub.roles import NETWORK_EDITORS

# Names are data, like Wagtail's own "Moderators approval": the network may rename them in the admin.
EDITORIAL_WORKFLOW = "Editorial review"


def ensure_editorial_workflow():
    """Create or complete the workflow and its tasks; safe to run any number of times."""
    network_editors = Group.objects.get(name=NETWORK_EDITORS)
    consent_check, _created = ConsentCheckTask.objects.get_or_create(name="Consent check")
    network_review, _created = NetworkReviewTask.objects.get_or_create(name="Network review")
    for task in (consent_check, network_review):
        task.groups.add(network_editors)
    language_review, _created = LanguageReviewTask.objects.get_or_create(name="Language review")
    workflow, _created = Workflow.objects.get_or_create(name=EDITORIAL_WORKFLOW)
    for order, task in enumerate((consent_check, network_review, language_review)):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow


def apply_workflow(workflow, pages):
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def ensure_workflows():
    """The editorial workflow on the whole tree and on every member space, in every language."""
    workflow = ensure_editorial_workflow()
    apply_workflow(workflow, [Page.get_first_root_node(), *MemberOrganisationPage.objects.all()])
    return workflow


def ensure_member_workflow(organisation):
    """Called by onboarding: the organisation's space, in every language, runs the editorial workflow."""
    apply_workflow(ensure_editorial_workflow(), organisation.get_translations(inclusive=True))
