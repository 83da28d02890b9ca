"""Workflow emails in the hub's words: a page waits for your review, a step approved it, it came back to you
with comments, it is published.

Wagtail's notifiers say "rejected", render each email in the admin language of whoever triggered it when the
recipient chose none, email superusers twice for one submission (once when the workflow starts, once when its
first task does) and link to the page through the Site record (http://localhost/ unless someone changed it).
Here each recipient gets one email per event, in their own admin language (else the site's), addressed by
name, in plain text and HTML, with links built from SITE_URL (hub.absolute_urls). They take the places of
Wagtail's own (see RECEIVERS) and never block a transition: signals run inside the approval's transaction, so
an email that cannot be built would otherwise undo the approval; here it is logged, and the queued emails commit
with the approval (hub.mail.queue_with_submission).
Plugins make their own notifiers safe the same way (`safe`).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.admin import mail
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_user_display_name
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState, WorkflowState
from wagtail.signals import task_approved, task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from hub.absolute_urls import absolute_url, page_url
from hub.mail import queue_with_submission
from hub.models import LanguageReviewTask
from hub.roles import reviewers_group_name


class NeverBlocks:
    def __call__(self, instance=None, **kwargs):
        return queue_with_submission(
            lambda: super(NeverBlocks, self).__call__(instance=instance, **kwargs),
            # The object's kind and number only: its text may hold someone's personal data.
            f"the {self.notification!r} notification for {type(instance).__name__} {getattr(instance, 'pk', None)}",
        )


def safe(notifier_class):
    return type(notifier_class.__name__, (NeverBlocks, notifier_class), {})()


def recipient_language(user):
    """The recipient's own admin language, else the site's: never the language of whoever acted."""
    return UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE


def workflow_state_of(instance):
    return instance if isinstance(instance, WorkflowState) else instance.workflow_state


def step_name(task_state):
    """What kind of step it is ("network review"), in the recipient's language: task names are data, in one."""
    return task_state.task.specific._meta.verbose_name


def display_name(user):
    return get_user_display_name(user) if user else ""


class WorkflowEmail(mail.EmailNotificationMixin, mail.Notifier):
    """One email per recipient from hub/templates/hub/notifications/<notification>{_subject.txt,.txt,.html}.

    `preference` is the UserProfile switch Wagtail's account settings show for this kind of email."""

    template_directory = "hub/notifications/"
    preference = ""

    def get_template_base_prefix(self, instance, **kwargs):
        return ""

    def get_valid_recipients(self, instance, **kwargs):
        return {
            user
            for user in self.get_recipient_users(instance, **kwargs)
            if user.is_active
            and user.email
            and getattr(UserProfile.get_for_user(user), f"{self.preference}_notifications")
        }

    def get_context(self, instance, **kwargs):
        workflow_state = workflow_state_of(instance)
        content = workflow_state.content_object
        if isinstance(content, Page):
            content = content.specific
        # Whatever the recipient's page permissions: a language's reviewers reach the editor through their task.
        edit_path = AdminURLFinder().get_edit_url(content)
        return {
            "object": content,
            "title": content.get_admin_display_title() if isinstance(content, Page) else str(content),
            "workflow_state": workflow_state,
            "edit_url": absolute_url(edit_path) if edit_path else "",
            "preferences_url": absolute_url(reverse("wagtailadmin_account")),
        }

    def send_emails(self, template_set, context, recipients, **kwargs):
        for recipient in recipients:
            with translation.override(recipient_language(recipient)):
                personal = {
                    **context,
                    "name": recipient.get_short_name() or recipient.get_full_name() or recipient.get_username(),
                }
                personal["subject"] = " ".join(render_to_string(template_set["subject"], personal).split())
                text = render_to_string(template_set["text"], personal)
                html = render_to_string(template_set["html"], personal)
            mail.send_mail(personal["subject"], text, [recipient.email], html_message=html)
        return True


class SubmittedEmail(WorkflowEmail):
    """A task started: whoever may act on it is told what waits for them."""

    notification = "submitted"
    preference = "submitted"

    def __init__(self):
        super().__init__((TaskState,))

    def get_recipient_users(self, task_state, **kwargs):
        users = get_user_model().objects
        task = task_state.task.specific
        if isinstance(task, LanguageReviewTask):
            language = task_state.workflow_state.content_object.locale.language_code
            reviewers = users.filter(groups__name=reviewers_group_name(language))
        elif isinstance(task, AbstractGroupApprovalTask):
            reviewers = users.filter(groups__in=task.groups.all())
        else:
            reviewers = users.none()
        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
            reviewers = reviewers | users.filter(is_superuser=True)
        if triggering_user := kwargs.get("user"):
            reviewers = reviewers.exclude(pk=triggering_user.pk)
        return set(reviewers)

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["task"] = step_name(task_state)
        context["requester"] = display_name(task_state.workflow_state.requested_by)
        return context


class ToTheSubmitter(WorkflowEmail):
    """What became of a submission goes to whoever submitted it, unless they did it themselves."""

    preference = "approved"

    def get_recipient_users(self, instance, **kwargs):
        requested_by = workflow_state_of(instance).requested_by
        if requested_by is None or requested_by == kwargs.get("user"):
            return set()
        return {requested_by}


class StepApprovedEmail(ToTheSubmitter):
    """A step approved while others remain: the last approval is told as a publication instead."""

    notification = "approved"

    def __init__(self):
        super().__init__((TaskState,))

    def can_handle(self, task_state, **kwargs):
        return (
            super().can_handle(task_state, **kwargs)
            and task_state.workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
            and self.something_waits(task_state.workflow_state)
        )

    @staticmethod
    def something_waits(workflow_state):
        """One approval may pass two steps (hub.models.NetworkReviewTask): its first step is told as the
        publication that follows, since no step is left waiting in between."""
        current = workflow_state.current_task_state
        return (
            current is not None
            and TaskState.objects.filter(pk=current.pk, status=TaskState.STATUS_IN_PROGRESS).exists()
        )

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["task"] = step_name(task_state)
        context["reviewer"] = display_name(task_state.finished_by)
        next_task_state = task_state.workflow_state.current_task_state
        context["next_task"] = step_name(next_task_state) if next_task_state else ""
        return context


class ReturnedEmail(ToTheSubmitter):
    """A reviewer asked for changes ("rejected", in Wagtail's words): the comment is the point of the email."""

    notification = "returned"
    preference = "rejected"

    def __init__(self):
        super().__init__((WorkflowState,))

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        task_state = workflow_state.current_task_state.specific
        context["task"] = step_name(task_state)
        context["reviewer"] = display_name(task_state.finished_by)
        context["comment"] = task_state.get_comment()
        return context


class PublishedEmail(ToTheSubmitter):
    """The workflow is approved, which publishes the page (hub.workflow_finish), or schedules it."""

    notification = "published"

    def __init__(self):
        super().__init__((WorkflowState,))

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        content = context["object"]
        context["page_url"] = page_url(content) if isinstance(content, Page) else ""
        revision = content.get_latest_revision()
        context["scheduled_for"] = revision.approved_go_live_at if revision else None
        return context


def told_by_the_task(**kwargs):
    """Takes the place of Wagtail's email to superusers when a workflow starts: the email of its first task
    tells them already (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS)."""


# Wagtail connects its notifiers under these dispatch_uids when wagtail.admin is ready; hub is ready
# first, and a signal ignores a second receiver under a uid it already has: these take their place.
RECEIVERS = [
    (task_submitted, TaskState, safe(SubmittedEmail), "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, told_by_the_task, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, safe(ReturnedEmail), "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, safe(PublishedEmail), "workflow_state_approved_email_notification"),
    (task_approved, TaskState, safe(StepApprovedEmail), "hub_task_approved_email_notification"),
]


def connect_notifiers():
    for signal, sender, receiver, uid in RECEIVERS:
        signal.connect(receiver, sender=sender, dispatch_uid=uid, weak=False)
