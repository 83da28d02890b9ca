"""Interviews go through the consent check: no publication while the consent record is incomplete."""

import pytest
from django.urls import reverse

from resources.models import InterviewPage
from tests.hub.conftest import act, current_task_state, refused
from tests.oral_histories.conftest import add_interview, consent_form

pytestmark = pytest.mark.django_db


def test_an_interview_without_a_signed_form_cannot_pass_review(client_for, project, member_a, network_editor):
    interview = add_interview(project, "Unsigned", publish=False, consent_form=None, consent_scope="")
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

    # The network team attaches the signed form and records the scope; the check passes, then the review.
    draft = interview.get_latest_revision_as_object()
    draft.consent_form = consent_form()
    draft.consent_scope = InterviewPage.Scope.PUBLIC
    draft.save_revision(user=network_editor)
    assert act(reviewer, interview, "approve").status_code == 302
    assert current_task_state(interview).task.name == "Network review"
    assert act(reviewer, interview, "approve").status_code == 302
    assert InterviewPage.objects.get(pk=interview.pk).live


def test_a_pseudonym_must_be_given_when_the_narrator_chose_one(project):
    interview = add_interview(project, "No pseudonym", publish=False, narrator_pseudonym="")
    assert interview.consent_record().missing == ["The narrator is to appear under a pseudonym, but none is given."]
