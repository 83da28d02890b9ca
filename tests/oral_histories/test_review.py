"""Interviews go through the consent check: no publication while the consent record is incomplete."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from hub.consent import ConsentRecordIncomplete
from oral_histories.factories import ConsentFormFactory, InterviewPageFactory, interview_form_data
from oral_histories.models import InterviewPage, OralHistoryProjectPage
from tests.support.people import make_member
from tests.support.workflow import act, current_task_state, refused

pytestmark = pytest.mark.django_db


def test_an_interview_without_a_signed_form_cannot_pass_review(client_for, project, member_a, network_editor):
    interview = InterviewPageFactory(
        parent=project, title="Unsigned", published=False, consent_form=None, consent_scope=""
    )
    interview.save_revision(user=member_a.editor)
    interview.get_workflow().start(interview, member_a.editor)
    assert current_task_state(interview).task.name == "Consent check"
    reviewer = client_for(network_editor)
    assert refused(act(reviewer, interview, "approve"))
    dialogue = reviewer.get(
        reverse("wagtailadmin_pages:workflow_action", args=[interview.pk, "reject", current_task_state(interview).pk])
    ).json()["html"]
    assert "No signed consent form is attached." in dialogue
    assert "What the narrator consented to" in dialogue
    assert not InterviewPage.objects.get(pk=interview.pk).live

    # The network team attaches the signed form and records the scope; the check passes and, since the same
    # network editor holds the network review, that one approval passes the review too.
    draft = interview.get_latest_revision_as_object()
    draft.consent_form = ConsentFormFactory()
    draft.consent_scope = InterviewPage.Scope.PUBLIC
    draft.save_revision(user=network_editor)
    assert act(reviewer, interview, "approve").status_code == 302
    approved = WorkflowState.objects.for_instance(interview).get().task_states.filter(status=TaskState.STATUS_APPROVED)
    assert sorted(state.task.name for state in approved) == ["Consent check", "Network review"]
    assert InterviewPage.objects.get(pk=interview.pk).live


def test_a_pseudonym_must_be_given_when_the_narrator_chose_one(project):
    interview = InterviewPageFactory(parent=project, title="No pseudonym", published=False, narrator_pseudonym="")
    assert interview.consent_record().missing == ["The narrator is to appear under a pseudonym, but none is given."]


@pytest.fixture
def trusted_member(directory, london):
    return make_member(
        "Kurdish Community Centre",
        "editor@kcc.example.org",
        trusted_publisher=True,
        regions=["london"],
    )


def project_in(member):
    page = member.organisation.add_child(
        instance=OralHistoryProjectPage(title="Voices", slug="voices", description="<p>Memories.</p>")
    )
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("who", ["network editor", "trusted publisher"])
def test_the_publish_button_keeps_an_interview_without_consent_as_a_draft(
    client_for, network_editor, trusted_member, who
):
    user = network_editor if who == "network editor" else trusted_member.editor
    project = project_in(trusted_member)
    interview = InterviewPageFactory(parent=project, title="Unsigned", published=False, consent_form=None)
    client = client_for(user)
    edit_url = reverse("wagtailadmin_pages:edit", args=[interview.pk])
    response = client.post(edit_url, interview_form_data(interview, "action-publish", summary="Written at the centre."))
    assert response.status_code == 302 and response.url == edit_url
    message = client.get(edit_url).text
    assert "was saved as a draft but not published: its consent record is incomplete." in message
    assert "No signed consent form is attached." in message
    interview.refresh_from_db()
    assert not interview.live
    assert interview.get_latest_revision_as_object().summary == "Written at the centre."  # nothing lost

    # With the form attached (uploaded where the chooser puts it, the member's collection), the same button
    # publishes.
    scan = ConsentFormFactory()
    scan.collection = trusted_member.collection
    scan.save()
    client.post(edit_url, interview_form_data(interview, "action-publish", consent_form=scan.pk))
    assert InterviewPage.objects.get(pk=interview.pk).live


def test_a_new_interview_without_consent_is_created_as_a_draft(client_for, network_editor, project):
    add_url = reverse("wagtailadmin_pages:add", args=["oral_histories", "interviewpage", project.pk])
    blank = InterviewPage(title="Straight to the web", slug="straight", summary="About it.", consent_scope="")
    response = client_for(network_editor).post(add_url, interview_form_data(blank, "action-publish"))
    created = InterviewPage.objects.get(slug="straight", locale=project.locale)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=[created.pk])
    versions = InterviewPage.objects.filter(translation_key=created.translation_key)
    assert list(versions) == [created] and not created.live  # a draft, in its own language's tree until published


def test_bulk_publishing_and_code_cannot_publish_without_consent(client_for, network_editor, project):
    interview = InterviewPageFactory(parent=project, title="Unsigned", published=False, consent_scope="")
    interview.save_revision(user=network_editor)
    client_for(network_editor).post(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={interview.pk}"
    )
    assert not InterviewPage.objects.get(pk=interview.pk).live
    with pytest.raises(ConsentRecordIncomplete):
        interview.get_latest_revision().publish(user=network_editor)
    assert not InterviewPage.objects.get(pk=interview.pk).live


def test_scheduled_publishing_skips_an_interview_without_consent(project):
    past = timezone.now() - datetime.timedelta(minutes=5)
    unsigned = InterviewPageFactory(parent=project, title="Unsigned", published=False, consent_form=None)
    signed = InterviewPageFactory(parent=project, title="Signed", published=False)
    for page in (unsigned, signed):
        page.save_revision(approved_go_live_at=past)
    call_command("publish_scheduled")
    assert not InterviewPage.objects.get(pk=unsigned.pk).live
    assert (
        not InterviewPage.objects.get(pk=unsigned.pk).get_latest_revision().approved_go_live_at
    )  # not retried every time the scheduler runs
    assert InterviewPage.objects.get(pk=signed.pk).live
