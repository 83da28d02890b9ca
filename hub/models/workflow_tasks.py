"""The hub's editorial workflow tasks (Wagtail discovers Task subclasses by themselves).

One workflow runs them in turn on every submission; each task steps aside (is *skipped*) for
pages it does not concern, so a single workflow serves pages in their source language,
translations into any language, and pages whose content needs consent.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, Task, TaskState
from wagtail_localize.models import Translation

from hub.roles import is_network_editor, reviewers_group_name


def is_translation(page):
    """True when wagtail-localize made this page as the translation of a page in another language."""
    return Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id).exists()


@dataclass
class ConsentRecord:
    """What a page that needs consent tells the consent check: what to show, and what is still missing."""

    summary: list = field(default_factory=list)  # (label, value) rows shown to the reviewer
    missing: list = field(default_factory=list)  # one sentence per gap; empty when the record is complete

    @property
    def complete(self):
        return not self.missing


def needs_consent(page):
    """Page types opt in to the consent check by defining consent_record() -> ConsentRecord."""
    return callable(getattr(page, "consent_record", None))


class SkipsPagesItDoesNotConcern:
    """A task that marks itself skipped, at once, for pages it does not concern; Wagtail then moves on."""

    def concerns(self, page):
        raise NotImplementedError

    def start(self, workflow_state, user=None):
        if self.concerns(workflow_state.content_object.specific):
            return super().start(workflow_state, user=user)
        return TaskState.objects.create(
            workflow_state=workflow_state,
            revision=workflow_state.content_object.get_latest_revision(),
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
        )


class NetworkReviewTask(SkipsPagesItDoesNotConcern, AbstractGroupApprovalTask):
    """The network team reviews what members write; translations go to their language's reviewers instead."""

    def concerns(self, page):
        return not is_translation(page)

    def start(self, workflow_state, user=None):
        if self.holds_the_consent_check_just_approved(workflow_state, user):
            # One approval is theirs for both steps, each logged as approved by them in the audit log;
            # nobody is told the page waits for a review that is already done.
            task_state = TaskState.objects.create(
                workflow_state=workflow_state,
                revision=workflow_state.content_object.get_latest_revision(),
                task=self,
                status=TaskState.STATUS_IN_PROGRESS,
            )
            return task_state.approve(user=user, update=False)
        return super().start(workflow_state, user=user)

    def holds_the_consent_check_just_approved(self, workflow_state, user):
        """Did `user`, who may also approve this review, just approve the consent check before it? (Not after
        a request for changes: resuming the workflow starts this task afresh, with no task just approved.)"""
        just_finished = workflow_state.current_task_state
        return (
            user is not None
            and just_finished is not None
            and just_finished.status == TaskState.STATUS_APPROVED
            and just_finished.finished_by_id == user.pk
            and isinstance(just_finished.task.specific, ConsentCheckTask)
            and bool(self.get_actions(workflow_state.content_object, user))
        )

    @classmethod
    def get_description(cls):
        return _("The chosen groups review pages in their source language; translations skip this step.")

    class Meta:
        verbose_name = _("network review")
        verbose_name_plural = _("network reviews")


class ConsentCheckTask(SkipsPagesItDoesNotConcern, AbstractGroupApprovalTask):
    """Pages that declare a consent record cannot be approved until the record is complete."""

    def concerns(self, page):
        return needs_consent(page) and not is_translation(page)

    @staticmethod
    def record_under_review(page):
        # The latest revision is what approval would publish, even if edited since submission.
        return page.get_latest_revision_as_object().consent_record()

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and not self.record_under_review(obj).complete:
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and not self.record_under_review(task_state.workflow_state.content_object).complete:
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_template_for_action(self, action):
        return "hub/workflows/consent_action_modal.html"

    @classmethod
    def get_description(cls):
        return _("The chosen groups check the consent record of pages that need one; incomplete records cannot pass.")

    class Meta:
        verbose_name = _("consent check")
        verbose_name_plural = _("consent checks")


def reviewer_languages(user):
    """The language codes whose translations the user reviews (cached on the user for the request)."""
    if not hasattr(user, "_hub_reviewer_languages"):
        by_group = {reviewers_group_name(code): code for code, _name in settings.LANGUAGES}
        names = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
        user._hub_reviewer_languages = {by_group[name] for name in names if name in by_group}
    return user._hub_reviewer_languages


class LanguageReviewTask(SkipsPagesItDoesNotConcern, Task):
    """A translation waits for a reviewer of its own language (or the network team); other pages skip it.

    Reviewers are the group "Reviewers — <language>" of the page's language, so adding a language
    needs a group, not a new workflow."""

    def concerns(self, page):
        return is_translation(page)

    def may_review(self, page, user):
        return is_network_editor(user) or page.locale.language_code in reviewer_languages(user)

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_review(obj, user)

    def get_actions(self, obj, user):
        if not self.may_review(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if is_network_editor(user):
            return states
        pages = Page.objects.filter(locale__language_code__in=reviewer_languages(user))
        return states.filter(workflow_state__object_id__in=pages.values(pk_text=Cast("pk", CharField())))

    @classmethod
    def get_description(cls):
        return _("Reviewers of the translation's own language (and the network team) approve it; other pages skip it.")

    class Meta:
        verbose_name = _("language review")
        verbose_name_plural = _("language reviews")
