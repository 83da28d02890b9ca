"""Reviewers act where they look: the workflow's actions in the page editor (for translations too), what
changed, what a consent record lacks before anyone acts, and one approval for two steps held by one person."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from home.models import ContentPage
from hub.models import ConsentCheckTask
from tests.support.people import person
from tests.support.translations import translate
from tests.support.workflow import act, current_task_state, draft_in, edit_form, refused
from tests.testapp.models import StoryPage

pytestmark = pytest.mark.django_db


def editor_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.fixture
def arabic_under_review(member_a, network_editor, arabic_translator):
    """A live page, its Arabic translation live too, then a new wording submitted for review."""
    source = draft_in(member_a.organisation)
    source.save_revision(user=network_editor).publish()
    published = translate(source, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت"})
    published.get_latest_revision().publish()
    arabic = translate(source, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    arabic.get_workflow().start(arabic, arabic_translator)
    return ContentPage.objects.get(pk=arabic.pk)


def test_a_language_reviewer_gets_the_page_editor_with_the_review_actions(
    client_for, arabic_under_review, arabic_reviewer
):
    response = client_for(arabic_reviewer).get(editor_url(arabic_under_review))
    assert response.status_code == 200
    assert "wagtailadmin/pages/edit.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert 'data-workflow-action-name="approve"' in html and 'data-workflow-action-name="reject"' in html
    assert reverse("hub_changes_under_review", args=[arabic_under_review.pk]) in html


def test_the_translator_keeps_the_translation_editor_and_other_languages_reviewers_stay_out(
    client_for, arabic_under_review, arabic_translator, french_reviewer
):
    response = client_for(arabic_translator).get(editor_url(arabic_under_review))
    assert "wagtail_localize/admin/edit_translation.html" in [template.name for template in response.templates]
    assert 'data-workflow-action-name="approve"' not in response.content.decode()
    assert refused(client_for(french_reviewer).get(editor_url(arabic_under_review)))


def test_a_language_reviewer_approves_from_the_page_editor(client_for, arabic_under_review, arabic_reviewer):
    data = edit_form(arabic_under_review, "جلسة السبت المفتوحة", "action-workflow-action")
    data["workflow-action-name"] = "approve"
    response = client_for(arabic_reviewer).post(editor_url(arabic_under_review), data)
    assert response.status_code == 302
    arabic = ContentPage.objects.get(pk=arabic_under_review.pk)
    assert arabic.live and arabic.title == "جلسة السبت المفتوحة"
    assert not WorkflowState.objects.for_instance(arabic).active().exists()


def test_a_language_reviewer_requests_changes_from_the_page_editor(client_for, arabic_under_review, arabic_reviewer):
    data = edit_form(arabic_under_review, "جلسة السبت المفتوحة", "action-workflow-action")
    data["workflow-action-name"] = "reject"
    data["workflow-action-extra-data"] = json.dumps({"comment": "Use the word for 'open session'."})
    assert client_for(arabic_reviewer).post(editor_url(arabic_under_review), data).status_code == 302
    state = WorkflowState.objects.for_instance(arabic_under_review).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Use the word for 'open session'."


def test_the_reviewer_sees_what_changed_since_the_published_version(
    client_for, arabic_under_review, arabic_reviewer, french_reviewer, arabic_translator
):
    url = reverse("hub_changes_under_review", args=[arabic_under_review.pk])
    response = client_for(arabic_reviewer).get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "جلسة السبت" in html and "المفتوحة" in html
    assert refused(client_for(french_reviewer).get(url))
    assert refused(client_for(arabic_translator).get(url))


def test_nothing_to_compare_when_nothing_waits(client_for, arabic_under_review, arabic_reviewer):
    act(client_for(arabic_reviewer), arabic_under_review, "approve")
    url = reverse("hub_changes_under_review", args=[arabic_under_review.pk])
    assert client_for(arabic_reviewer).get(url, follow=True).status_code == 404


def test_a_new_translation_offers_a_preview_instead(client_for, member_a, network_editor, arabic_translator):
    source = draft_in(member_a.organisation, "Open day")
    source.save_revision(user=network_editor).publish()
    arabic = translate(source, "ar", arabic_translator, {"Open day": "يوم مفتوح"})
    arabic.get_workflow().start(arabic, arabic_translator)
    html = client_for(network_editor).get(editor_url(arabic)).content.decode()
    assert "It has never been published." in html
    assert reverse("wagtailadmin_pages:workflow_preview", args=[arabic.pk, current_task_state(arabic).task.pk]) in html


def story_in(organisation, user, **consent):
    page = organisation.add_child(instance=StoryPage(title="Amina's journey", live=False, **consent))
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return page


def test_the_editor_lists_what_the_consent_record_lacks_before_the_reviewer_acts(client_for, member_a, network_editor):
    story = story_in(member_a.organisation, member_a.editor)
    html = client_for(network_editor).get(editor_url(story)).content.decode()
    assert "The consent record is incomplete, so this page cannot be approved yet:" in html
    assert "<li>The narrator has not signed the consent form.</li>" in html
    # The member who wrote it is not the one deciding: no review message for them.
    assert "cannot be approved yet" not in client_for(member_a.editor).get(editor_url(story)).content.decode()


def test_one_approval_records_the_consent_check_and_the_network_review(client_for, member_a, network_editor):
    story = story_in(member_a.organisation, member_a.editor, consent_form_signed=True, name_shown="pseudonym")
    html = client_for(network_editor).get(editor_url(story)).content.decode()
    assert "The consent record is complete. You hold the network review too: your approval passes both steps." in html
    mail.outbox.clear()
    assert act(client_for(network_editor), story, "approve").status_code == 302

    assert StoryPage.objects.get(pk=story.pk).live
    state = WorkflowState.objects.for_instance(story).get()
    assert [(ts.task.name, ts.status, ts.finished_by) for ts in state.task_states.order_by("pk")] == [
        ("Consent check", TaskState.STATUS_APPROVED, network_editor),
        ("Network review", TaskState.STATUS_APPROVED, network_editor),
        ("Language review", TaskState.STATUS_SKIPPED, None),
    ]
    approvals = PageLogEntry.objects.filter(page=story, action="wagtail.workflow.approve").order_by("pk")
    assert [(entry.data["workflow"]["task"]["title"], entry.user) for entry in approvals] == [
        ("Consent check", network_editor),
        ("Network review", network_editor),
    ]
    # Nobody is asked to do the network review that is already done.
    assert "network@example.org" not in [address for message in mail.outbox for address in message.to]


def test_a_consent_officer_who_does_not_review_leaves_the_review_to_the_network(client_for, member_a, network_editor):
    officers = Group.objects.create(name="Consent officers")
    officers.permissions.add(Permission.objects.get(codename="access_admin"))
    ConsentCheckTask.objects.get().groups.add(officers)
    officer = person("officer", "Consent officers")
    story = story_in(member_a.organisation, member_a.editor, consent_form_signed=True, name_shown="pseudonym")
    html = client_for(officer).get(editor_url(story)).content.decode()
    assert "The consent record is complete." in html and "You hold the network review too" not in html
    act(client_for(officer), story, "approve")
    assert current_task_state(story).task.name == "Network review"

    # Changes requested at the network review, then resubmitted: the review starts again, not approved at once.
    act(client_for(network_editor), story, "reject", comment="Shorten the introduction.")
    WorkflowState.objects.for_instance(story).get().resume(user=member_a.editor)
    assert current_task_state(story).task.name == "Network review"
    assert current_task_state(story).status == TaskState.STATUS_IN_PROGRESS


def test_the_review_queue_lists_what_the_consent_record_lacks(client_for, member_a, network_editor):
    story_in(member_a.organisation, member_a.editor, name_shown="pseudonym")
    html = client_for(network_editor).get(reverse("wagtailadmin_home")).content.decode()
    queue = html[html.find('aria-labelledby="hub-review-queue-heading"') :]
    assert "Amina&#x27;s journey" in queue
    assert "The consent record is incomplete, so this page cannot be approved yet:" in queue
    assert "<li>The narrator has not signed the consent form.</li>" in queue
    assert "Under which name" not in queue
