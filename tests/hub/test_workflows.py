"""Member publication and language review through Wagtail's workflows."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, TaskState, WorkflowState

from home.models import ContentPage
from hub.workflows import EDITORIAL_WORKFLOW
from tests.support.people import make_member, person
from tests.support.translations import translate
from tests.support.workflow import act, current_task_state, draft_in, edit_form, refused, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def trusted_member(directory, london):
    return make_member(
        "Kurdish Community Centre",
        "editor@kurdish.example.org",
        regions=["london"],
        trusted_publisher=True,
    )


def statuses(page):
    state = WorkflowState.objects.for_instance(page).order_by("-pk").first()
    return [(task_state.task.name, task_state.status) for task_state in state.task_states.order_by("pk")]


def test_every_member_space_runs_the_editorial_workflow_in_every_language(member_a):
    draft = draft_in(member_a.organisation)
    assert draft.get_workflow().name == EDITORIAL_WORKFLOW
    for translation in member_a.organisation.get_translations(inclusive=True):
        assert translation.get_workflow().name == EDITORIAL_WORKFLOW
    assert [task.name for task in draft.get_workflow().tasks] == ["Consent check", "Network review", "Language review"]


def test_member_submits_network_requests_changes_member_resubmits_network_publishes(
    client_for, member_a, network_editor
):
    page = draft_in(member_a.organisation)
    member = client_for(member_a.editor)
    assert submit(member, page, "Saturday drop-in").status_code == 302
    assert current_task_state(page).task.name == "Network review"
    assert not ContentPage.objects.get(pk=page.pk).live

    reviewer = client_for(network_editor)
    assert act(reviewer, page, "reject", comment="Please add the address.").status_code == 302
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please add the address."
    # The member's draft is untouched by the request for changes.
    assert ContentPage.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Saturday drop-in"

    member = client_for(member_a.editor)
    editor_html = member.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Please add the address." in editor_html
    assert submit(member, page, "Saturday drop-in at 12 Hope Street").status_code == 302
    assert WorkflowState.objects.for_instance(page).get().status == WorkflowState.STATUS_IN_PROGRESS

    reviewer = client_for(network_editor)
    assert act(reviewer, page, "approve").status_code == 302
    page = ContentPage.objects.get(pk=page.pk)
    assert page.live and page.title == "Saturday drop-in at 12 Hope Street"
    assert statuses(page)[-2:] == [("Network review", TaskState.STATUS_APPROVED), ("Language review", "skipped")]
    assert reviewer.get(page.url).status_code == 200


def test_trusted_publisher_publishes_own_space_directly(client_for, trusted_member):
    page = draft_in(trusted_member.organisation)
    response = client_for(trusted_member.editor).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, "Open day", "action-publish")
    )
    assert response.status_code == 302
    page = ContentPage.objects.get(pk=page.pk)
    assert page.live and page.title == "Open day"
    assert not WorkflowState.objects.for_instance(page).exists()


@pytest.fixture
def published(member_a, network_editor):
    page = draft_in(member_a.organisation)
    page.save_revision(user=network_editor).publish()
    return page


def test_a_translation_waits_for_a_reviewer_of_its_language(
    client_for, published, arabic_translator, arabic_reviewer, french_reviewer
):
    arabic = translate(published, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    arabic.get_workflow().start(arabic, arabic_translator)
    assert current_task_state(arabic).task.name == "Language review"
    assert statuses(arabic)[:2] == [("Consent check", "skipped"), ("Network review", "skipped")]

    assert refused(act(client_for(french_reviewer), arabic, "approve"))
    assert refused(act(client_for(arabic_translator), arabic, "approve"))
    assert current_task_state(arabic).status == TaskState.STATUS_IN_PROGRESS

    response = act(client_for(arabic_reviewer), arabic, "approve")
    assert response.status_code == 302 and not refused(response)
    arabic = ContentPage.objects.get(pk=arabic.pk)
    assert arabic.live and arabic.title == "جلسة السبت المفتوحة"
    assert arabic.url.startswith("/ar/")
    assert "جلسة السبت المفتوحة" in client_for(arabic_reviewer).get(arabic.url).content.decode()


def test_network_editors_may_review_any_language(client_for, published, arabic_translator, network_editor):
    arabic = translate(published, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    arabic.get_workflow().start(arabic, arabic_translator)
    assert act(client_for(network_editor), arabic, "approve").status_code == 302
    assert ContentPage.objects.get(pk=arabic.pk).live


def test_reviewers_see_only_their_languages_in_the_review_queue(
    published, arabic_translator, arabic_reviewer, french_reviewer
):
    arabic = translate(published, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    arabic.get_workflow().start(arabic, arabic_translator)
    waiting = current_task_state(arabic)
    assert list(TaskState.objects.reviewable_by(arabic_reviewer)) == [waiting]
    assert not TaskState.objects.reviewable_by(french_reviewer).exists()


def test_a_page_written_first_in_another_language_goes_to_the_network(member_a, network_editor):
    somali_space = member_a.organisation.get_translation(Locale.objects.get(language_code="so"))
    somali_first = somali_space.add_child(instance=ContentPage(title="Kulanka Sabtida", live=False))
    somali_first.save_revision()
    somali_first.get_workflow().start(somali_first, member_a.editor)
    assert current_task_state(somali_first).task.name == "Network review"


def test_a_translator_submits_a_translation_from_the_admin_and_resubmits_after_changes(
    client_for, published, arabic_translator, arabic_reviewer
):
    arabic = translate(published, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    url = reverse("hub_submit_translation", args=[arabic.pk])
    translator = client_for(arabic_translator)
    explorer = translator.get(reverse("wagtailadmin_explore", args=[arabic.get_parent().pk])).content.decode()
    assert url in explorer
    assert translator.get(url).status_code == 200
    assert translator.post(url).status_code == 302
    assert current_task_state(arabic).task.name == "Language review"

    act(client_for(arabic_reviewer), arabic, "reject", comment="Use the word for 'open session'.")
    translator = client_for(arabic_translator)
    assert translator.post(url).status_code == 302
    state = WorkflowState.objects.for_instance(arabic).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state.task.name == "Language review"


def test_only_the_translators_of_a_language_submit_its_translations(client_for, published, arabic_translator):
    arabic = translate(published, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    french_translator = person("pierre", "Translators — French")
    assert refused(client_for(french_translator).post(reverse("hub_submit_translation", args=[arabic.pk])))
    assert not WorkflowState.objects.for_instance(arabic).exists()
