"""Reviewers act in the page editor, in Chromium: a language reviewer opens a translation from the review
queue, sees what changed and approves it there; a network editor approves a story once, for both the
consent check and the network review."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from home.models import ContentPage
from hub.roles import reviewers_group_name, translators_group_name
from tests.support.people import make_member, person
from tests.support.translations import translate
from tests.testapp.models import StoryPage

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_language_reviewer_approves_a_translation_in_the_editor(log_in, directory, london, network_editor):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    source = member.organisation.add_child(instance=ContentPage(title="Saturday drop-in", live=False))
    source.save_revision(user=network_editor).publish()
    translator = person("layla", translators_group_name("ar"))
    person("samira", reviewers_group_name("ar"))
    published = translate(source, "ar", translator, {"Saturday drop-in": "جلسة السبت"})
    published.get_latest_revision().publish()
    arabic = translate(source, "ar", translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    arabic.get_workflow().start(arabic, translator)

    reviewer = log_in("samira")
    reviewer.locator("#hub-review-queue-heading").locator("..").get_by_role("link", name="جلسة السبت المفتوحة").click()
    expect(reviewer).to_have_url(re.compile(rf"/admin/pages/{arabic.pk}/edit/$"))
    expect(reviewer.get_by_text("This page waits for your review (Language review)")).to_be_visible()

    reviewer.get_by_role("link", name="See what changed since the published version").click()
    expect(reviewer.locator("main .addition").first).to_contain_text("المفتوحة")
    reviewer.go_back()

    # Approval is the editor's main action for the reviewer: no menu to open.
    reviewer.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(reviewer.get_by_text("Approve and Publish", exact=True)).to_have_count(0)
    arabic = ContentPage.objects.get(pk=arabic.pk)
    assert arabic.live and arabic.title == "جلسة السبت المفتوحة"
    assert WorkflowState.objects.for_instance(arabic).get().status == WorkflowState.STATUS_APPROVED
    reviewer.goto(arabic.url)
    expect(reviewer.locator("h1")).to_have_text("جلسة السبت المفتوحة")


def test_a_network_editor_approves_a_story_once_for_both_steps(log_in, directory, london, network_editor):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    story = member.organisation.add_child(
        instance=StoryPage(title="Amina's journey", live=False, consent_form_signed=True, name_shown="pseudonym")
    )
    story.save_revision(user=member.editor)
    story.get_workflow().start(story, member.editor)

    network = log_in("network")
    network.locator("#hub-review-queue-heading").locator("..").get_by_role("link", name="Amina's journey").click()
    expect(network.get_by_text("The consent record is complete.")).to_be_visible()
    network.get_by_role("button", name="Approve", exact=True).click()
    expect(network.get_by_role("button", name="Approve", exact=True)).to_have_count(0)

    assert StoryPage.objects.get(pk=story.pk).live
    approved = TaskState.objects.filter(workflow_state__object_id=str(story.pk), status=TaskState.STATUS_APPROVED)
    assert sorted((state.task.name, state.finished_by.username) for state in approved) == [
        ("Consent check", "network"),
        ("Network review", "network"),
    ]
    assert PageLogEntry.objects.filter(page=story, action="wagtail.workflow.approve").count() == 2

    network.goto(f"/admin/pages/{story.pk}/history/")
    history = network.locator("main")
    expect(history).to_contain_text("Consent check")
    expect(history).to_contain_text("Network review")
