"""Workflow emails: Wagtail's own notifiers (each recipient's own admin language, Wagtail's templates),
made never to block a transition, plus the one Wagtail lacks: a translation's reviewers are told.
Plugins make their own notifiers safe the same way (`safe`).

Wagtail sends the submitter the approval or the request for changes (with its comment) and tells
the groups of group-approval tasks (network review, consent check) what waits for them. Signals
run inside the approval's transaction, so a mail server that refuses a connection would otherwise
undo the approval: here a failing email is logged and the transition goes on.
"""

import logging

from django.contrib.auth import get_user_model
from wagtail.admin import mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from hub.models import LanguageReviewTask
from hub.roles import reviewers_group_name

logger = logging.getLogger(__name__)


class NeverBlocks:
    def __call__(self, instance=None, **kwargs):
        try:
            return super().__call__(instance=instance, **kwargs)
        except Exception:
            # The object's kind and number only: its text may hold someone's personal data.
            logger.exception(
                "Could not send the %r notification for %s %s",
                self.notification,
                type(instance).__name__,
                getattr(instance, "pk", None),
            )
            return False


class LanguageReviewSubmissionNotifier(mail.BaseGroupApprovalTaskStateEmailNotifier):
    """A translation submitted for review: its language's reviewers are told, in Wagtail's words."""

    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(instance.task.specific, LanguageReviewTask)

    def get_recipient_users(self, task_state, **kwargs):
        language = task_state.workflow_state.content_object.locale.language_code
        reviewers = get_user_model().objects.filter(groups__name=reviewers_group_name(language))
        if triggering_user := kwargs.get("user"):
            reviewers = reviewers.exclude(pk=triggering_user.pk)
        return reviewers


def safe(notifier_class):
    return type(notifier_class.__name__, (NeverBlocks, notifier_class), {})()


# Wagtail connects its notifiers under these dispatch_uids when wagtail.admin is ready; hub is ready
# first, and a signal ignores a second receiver under a uid it already has: these take their place.
RECEIVERS = [
    (
        task_submitted,
        TaskState,
        mail.GroupApprovalTaskStateSubmissionEmailNotifier,
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_submitted,
        WorkflowState,
        mail.WorkflowStateSubmissionEmailNotifier,
        "workflow_state_submitted_email_notification",
    ),
    (
        workflow_rejected,
        WorkflowState,
        mail.WorkflowStateRejectionEmailNotifier,
        "workflow_state_rejected_email_notification",
    ),
    (
        workflow_approved,
        WorkflowState,
        mail.WorkflowStateApprovalEmailNotifier,
        "workflow_state_approved_email_notification",
    ),
    (task_submitted, TaskState, LanguageReviewSubmissionNotifier, "hub_language_review_submitted_email_notification"),
]


def connect_notifiers():
    for signal, sender, notifier_class, uid in RECEIVERS:
        signal.connect(safe(notifier_class), sender=sender, dispatch_uid=uid, weak=False)
