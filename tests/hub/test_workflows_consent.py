"""The consent check: pages that declare a consent record cannot pass review while it is incomplete."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from tests.support.workflow import act, current_task_state, draft_in, refused
from tests.testapp.models import StoryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(member_a):
    page = member_a.organisation.add_child(instance=StoryPage(title="Amina's journey", live=False))
    page.save_revision(user=member_a.editor)
    page.get_workflow().start(page, member_a.editor)
    return page


def test_pages_without_a_consent_record_skip_the_check(member_a):
    page = draft_in(member_a.organisation)
    page.get_workflow().start(page, member_a.editor)
    first = WorkflowState.objects.for_instance(page).get().task_states.order_by("pk").first()
    assert (first.task.name, first.status) == ("Consent check", TaskState.STATUS_SKIPPED)
    assert current_task_state(page).task.name == "Network review"


def test_an_incomplete_consent_record_cannot_be_approved(client_for, story, network_editor):
    task_state = current_task_state(story)
    assert task_state.task.name == "Consent check"
    reviewer = client_for(network_editor)
    assert [name for name, *_rest in task_state.task.specific.get_actions(story, network_editor)] == ["reject"]
    assert refused(act(reviewer, story, "approve"))
    assert current_task_state(story).status == TaskState.STATUS_IN_PROGRESS

    dialogue = reviewer.get(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "reject", task_state.pk])
    ).json()["html"]
    assert "The narrator has not signed the consent form." in dialogue
    assert "Consent form signed" in dialogue


def test_a_completed_record_passes_after_changes_were_requested(client_for, story, member_a, network_editor):
    assert act(client_for(network_editor), story, "reject", comment="We need the signed form.").status_code == 302

    revision = story.get_latest_revision_as_object()
    revision.consent_form_signed = True
    revision.name_shown = StoryPage.NameShown.PSEUDONYM
    revision.save_revision(user=member_a.editor)
    WorkflowState.objects.for_instance(story).get().resume(user=member_a.editor)

    reviewer = client_for(network_editor)
    task_state = current_task_state(story)
    dialogue = reviewer.get(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk])
    ).json()["html"]
    assert "The consent record is complete." in dialogue and "Pseudonym" in dialogue
    assert act(reviewer, story, "approve").status_code == 302
    # The network editor holds the network review too: one approval passes both steps (see
    # test_workflows_review_in_editor for a consent check held by someone else).
    assert StoryPage.objects.get(pk=story.pk).live
    approved = WorkflowState.objects.for_instance(story).get().task_states.filter(status=TaskState.STATUS_APPROVED)
    assert sorted(approved.values_list("task__name", flat=True)) == ["Consent check", "Network review"]
