"""Admin home panels showing each role what waits for them (wired in hub/wagtail_hooks.py).

Every panel makes a fixed number of queries, however many pages wait: states, pages and member
organisations are each fetched once and joined in Python. Only pages waiting at the consent check add
their consent record's own queries (see note_consent_gaps).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, TaskState, WorkflowState

from hub.models import ConsentCheckTask, LanguageReviewTask, MemberOrganisationPage
from hub.models.workflow_tasks import reviewer_languages
from hub.roles import is_network_editor


def pk_texts(pages):
    # Workflow states point at pages through a text object_id.
    return pages.values(pk_text=Cast("pk", CharField()))


def member_spaces(user):
    """The member organisations whose editors' group the user belongs to."""
    return MemberOrganisationPage.objects.filter(
        group_permissions__group__user=user, group_permissions__permission__codename="change_page"
    ).distinct()


def member_or_network_editor(user):
    """Network editors and the editors of a member's space: who runs events, campaigns and the like, unlike
    those who only translate or review translations (for plugins' menu items: AdminMenuEntry.shown_to)."""
    if not hasattr(user, "_hub_member_or_network_editor"):  # asked by several menu items on every admin page
        user._hub_member_or_network_editor = is_network_editor(user) or member_spaces(user).exists()
    return user._hub_member_or_network_editor


def ancestor_paths(page):
    """The tree paths of the page and each of its ancestors, nearest first."""
    return [page.path[:end] for end in range(len(page.path), 0, -Page.steplen)]


def organisations_of(pages):
    """{page id: its member organisation, or None} in one query, from the organisations' tree paths."""
    prefixes = {path for page in pages for path in ancestor_paths(page)}
    by_path = {
        organisation.path: organisation for organisation in MemberOrganisationPage.objects.filter(path__in=prefixes)
    }
    return {page.pk: next((by_path[path] for path in ancestor_paths(page) if path in by_path), None) for page in pages}


@dataclass
class Waiting:
    page: Page
    organisation: MemberOrganisationPage | None
    task_name: str
    since: datetime
    task_id: int
    consent_gaps: list = field(default_factory=list)


def waiting_items(task_states):
    """One row per page's task state in progress, oldest first (snippets' workflows have Wagtail's own panel)."""
    task_states = list(
        task_states.filter(
            workflow_state__base_content_type__app_label="wagtailcore", workflow_state__base_content_type__model="page"
        )
        .select_related("task", "workflow_state")
        .order_by("started_at")
    )
    pages = Page.objects.filter(pk__in=[state.workflow_state.object_id for state in task_states]).select_related(
        "locale"
    )
    pages_by_id = {str(page.pk): page for page in pages}
    organisations = organisations_of(pages_by_id.values())
    return [
        Waiting(page, organisations[page.pk], state.task.name, state.started_at, state.task_id)
        for state in task_states
        if (page := pages_by_id.get(state.workflow_state.object_id))
    ]


def default_titles(organisations):
    """{translation key: the organisation's title in the default language}: an organisation is one group,
    whichever language trees its waiting pages sit in."""
    keys = {organisation.translation_key for organisation in organisations}
    return dict(
        MemberOrganisationPage.objects.filter(translation_key__in=keys, locale=Locale.get_default()).values_list(
            "translation_key", "title"
        )
    )


def note_consent_gaps(items):
    """What the consent record lacks, on each page waiting at the consent check, so the reviewer sees it
    before acting. Each such page costs its consent record's own queries (only page types that keep one)."""
    consent_tasks = set(ConsentCheckTask.objects.values_list("pk", flat=True))
    for item in items:
        if item.task_id in consent_tasks:
            item.consent_gaps = ConsentCheckTask.record_under_review(item.page.specific).missing


class ReviewQueuePanel(Component):
    """What waits for review, grouped by member organisation (once, whatever the languages) or by language,
    with how long it has waited and, at the consent check, what the consent record lacks."""

    name = "hub_review_queue"
    template_name = "hub/dashboard/review_queue.html"
    order = 200

    def __init__(self, heading, task_states, group_by):
        self.heading = heading
        self.task_states = task_states
        self.group_by = group_by

    def get_context_data(self, parent_context):
        items = waiting_items(self.task_states)
        if self.group_by == "language":  # translations only: no consent check, one language each
            key = self.language_of
        else:
            note_consent_gaps(items)
            titles = default_titles(item.organisation for item in items if item.organisation)
            key = partial(self.organisation_of, titles)
        groups = defaultdict(list)
        for item in items:
            groups[key(item)].append(item)
        return {"heading": self.heading, "groups": sorted(groups.items(), key=lambda group: group[1][0].since)}

    @staticmethod
    def language_of(item):
        return item.page.locale.get_display_name()

    @staticmethod
    def organisation_of(titles, item):
        if item.organisation is None:
            return _("The network")
        return titles.get(item.organisation.translation_key, item.organisation.title)


def add_page_links(space, user):
    """(label, URL of Wagtail's add-page view) for each page type the member may create in their space: the
    core's and the enabled plugins' that name a member's space among their parent page types (hub.models.plugin_pages)."""
    if not space.permissions_for_user(user).can_add_subpage():
        return []
    return [
        (
            capfirst(model._meta.verbose_name),
            reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, space.pk]),
        )
        for model in space.specific_class.creatable_subpage_models()
        if model.can_create_at(space)
    ]


class MemberWorkPanel(Component):
    """A member editor's own pages: drafts not yet submitted, what awaits review, what came back; and where
    to add a page to their space, with the page types they may create."""

    name = "hub_member_work"
    template_name = "hub/dashboard/member_work.html"
    order = 190

    def __init__(self, spaces):
        self.spaces = spaces

    def get_context_data(self, parent_context):
        pages = Page.objects.none()
        for space in self.spaces:
            pages = pages | Page.objects.filter(path__startswith=space.path, depth__gt=space.depth)
        pages = pages.filter(alias_of__isnull=True)
        states = list(
            WorkflowState.objects.active()
            .filter(object_id__in=pk_texts(pages), base_content_type__model="page")
            .select_related("current_task_state__task", "current_task_state__finished_by")
        )
        in_workflow = {state.object_id for state in states}
        listed = pages.filter(has_unpublished_changes=True) | pages.filter(pk__in=[int(pk) for pk in in_workflow])
        by_id = {str(page.pk): page for page in listed.order_by("-latest_revision_created_at")}
        user = parent_context["request"].user
        return {
            "add_page": [(space, links) for space in self.spaces if (links := add_page_links(space, user))],
            "drafts": [page for pk, page in by_id.items() if pk not in in_workflow],
            "awaiting": [
                (by_id[state.object_id], state.current_task_state)
                for state in states
                if state.status == WorkflowState.STATUS_IN_PROGRESS and state.object_id in by_id
            ],
            "returned": [
                (by_id[state.object_id], state.current_task_state)
                for state in states
                if state.status == WorkflowState.STATUS_NEEDS_CHANGES and state.object_id in by_id
            ],
        }


def panels_for(user):
    if is_network_editor(user):
        yield ReviewQueuePanel(
            _("Review queue by member"), TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS), "member"
        )
        return
    if languages := reviewer_languages(user):
        in_languages = Page.objects.filter(locale__language_code__in=languages)
        yield ReviewQueuePanel(
            _("Translations waiting for your review"),
            TaskState.objects.filter(
                status=TaskState.STATUS_IN_PROGRESS,
                task__in=LanguageReviewTask.objects.all(),
                workflow_state__object_id__in=pk_texts(in_languages),
            ),
            "language",
        )
    if spaces := list(member_spaces(user)):
        yield MemberWorkPanel(spaces)
