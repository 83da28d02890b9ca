"""What a reviewer finds on opening a page that waits for them: the workflow's own actions in the page
editor, a link to what changed, and (at the consent check) what the consent record still lacks, before
they act.

wagtail-localize replaces Wagtail's page editor for translations with its translation editor, which
carries none of the workflow's actions. A translation's reviewer therefore gets Wagtail's page editor,
whose action menu offers Approve and Request changes for whoever may act on the current task; the
translator keeps the translation editor.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.admin.views.generic.models import RevisionsCompareView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.revisions import RevisionsCompare
from wagtail.models import Page

from hub.models import ConsentCheckTask, LanguageReviewTask, NetworkReviewTask


def reviewable_task(page, user):
    """The page's current workflow task when the user may act on it, else None."""
    task = page.current_workflow_task
    if task is not None and task.get_actions(page, user):
        return task
    return None


class PageEditorForReviewers(EditView):
    """Wagtail's page editor for a translation under review (see the module's docstring)."""

    def run_hook(self, hook_name, *args, **kwargs):
        if hook_name == "before_edit_page":
            # The one that sent the reviewer here has run; the next is wagtail-localize's, which would
            # send them back to the translation editor.
            return None
        return super().run_hook(hook_name, *args, **kwargs)


def review_in_the_page_editor(request, page):
    """before_edit_page, ahead of wagtail-localize's: tell the reviewer what to look at, and keep a
    translation's reviewer in Wagtail's page editor."""
    task = reviewable_task(page, request.user)
    if task is None:
        return None
    if request.method == "GET":
        explain_the_review(request, page, task)
    if isinstance(task, LanguageReviewTask):
        return PageEditorForReviewers.as_view()(request, page_id=page.pk)
    return None


def explain_the_review(request, page, task):
    """Messages at the top of the editor: where the actions are, what changed, what consent lacks."""
    where_to_act = _(
        "This page waits for your review (%(task)s): approve it or request changes from the actions at the foot "
        "of the editor."
    ) % {"task": task.name}
    # The editor's page is its latest revision, whose copy of live_revision may predate the publication.
    live_revision_id = Page.objects.values_list("live_revision_id", flat=True).get(pk=page.pk)
    if live_revision_id:
        changes = messages.button(
            reverse("hub_changes_under_review", args=[page.pk]), _("See what changed since the published version")
        )
    else:
        where_to_act = f"{where_to_act} {_('It has never been published.')}"
        changes = messages.button(
            reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]),
            _("Preview the version under review"),
        )
    messages.info(request, where_to_act, buttons=[changes])
    if isinstance(task, ConsentCheckTask):
        record = task.record_under_review(page)
        if not record.complete:
            messages.warning(request, consent_gaps_message(record))
        elif approval_passes_the_network_review(page, task, request.user):
            messages.info(
                request,
                _("The consent record is complete. You hold the network review too: your approval passes both steps."),
            )
        else:
            messages.info(request, _("The consent record is complete."))


def approval_passes_the_network_review(page, task, user):
    """Whether the user's approval of this step also approves the network review that follows (see
    NetworkReviewTask.start), which they should know before they press Approve."""
    tasks = list(page.current_workflow_state.workflow.tasks.filter(active=True).specific())
    following = next((tasks[index + 1] for index, each in enumerate(tasks[:-1]) if each.pk == task.pk), None)
    return isinstance(following, NetworkReviewTask) and bool(following.get_actions(page, user))


def consent_gaps_message(record):
    """What the consent record lacks, as a list under one sentence (also shown in the review queue)."""
    return format_html(
        "{}<ul>{}</ul>",
        _("The consent record is incomplete, so this page cannot be approved yet:"),
        format_html_join("", "<li>{}</li>", ((gap,) for gap in record.missing)),
    )


def put_the_review_actions_first(menu_items, request, context):
    """construct_page_action_menu: the workflow's actions are there only for whoever may act on the current
    task; for them the editor's main button is Approve (Request changes when approval is not possible),
    not Save draft."""

    def position(item):
        if not isinstance(item, WorkflowMenuItem):
            return 2
        return 0 if item.name == "approve" else 1

    menu_items.sort(key=position)


class ChangesUnderReview(RevisionsCompare):
    """Wagtail's comparison of the published version with the one under review, for whoever may act on
    the page's current task: Wagtail's own comparison admits only holders of a page permission, and a
    language reviewer holds none, only the review."""

    def setup(self, request, page_id, *args, **kwargs):
        page = get_object_or_404(Page, pk=page_id)
        under_review = page.current_workflow_task_state
        if under_review is None or page.live_revision_id is None:
            raise Http404
        super().setup(request, page_id, page.live_revision_id, under_review.revision_id, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        # RevisionsCompare.dispatch asks for a page permission; get_object asks the task instead.
        return RevisionsCompareView.dispatch(self, request, *args, **kwargs)

    def get_object(self, queryset=None):
        page = get_object_or_404(Page, pk=self.pk).specific
        if reviewable_task(page, self.request.user) is None:
            raise PermissionDenied
        return page
