"""A member editor cannot get round the review: not by approving, not by any admin URL, not by API."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from home.models import ContentPage
from tests.support.workflow import act, current_task_state, draft_in, edit_form, refused, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client_for, member_a):
    page = draft_in(member_a.organisation)
    submit(client_for(member_a.editor), page, "Saturday drop-in")
    return page


def still_waiting(page):
    page = ContentPage.objects.get(pk=page.pk)
    state = current_task_state(page)
    return not page.live and state.task.name == "Network review" and state.status == TaskState.STATUS_IN_PROGRESS


def test_member_editor_cannot_approve_their_own_submission(client_for, submitted, member_a):
    client = client_for(member_a.editor)
    assert refused(act(client, submitted, "approve"))
    assert refused(act(client, submitted, "reject", comment="Looks fine to me"))
    assert still_waiting(submitted)


def test_member_editor_cannot_approve_another_members_submission(client_for, submitted, member_b):
    client = client_for(member_b.editor)
    assert refused(act(client, submitted, "approve"))
    assert still_waiting(submitted)


def test_member_editor_cannot_approve_from_the_edit_view(client_for, submitted, member_a):
    data = edit_form(submitted, "Saturday drop-in", "action-workflow-action")
    data["workflow-action-name"] = "approve"
    client_for(member_a.editor).post(reverse("wagtailadmin_pages:edit", args=[submitted.pk]), data)
    assert still_waiting(submitted)


@pytest.mark.parametrize(
    "how",
    ["publish from the edit view", "bulk publish", "revert to a revision", "schedule in the edit view", "unlock"],
)
def test_member_editor_cannot_skip_the_workflow_by_any_admin_url(client_for, submitted, member_a, how):
    client = client_for(member_a.editor)
    page = submitted
    if how == "publish from the edit view":
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, "Published!", "action-publish"))
    elif how == "bulk publish":
        client.post(reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}")
    elif how == "revert to a revision":
        revision = page.get_latest_revision()
        client.post(
            reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk]),
            edit_form(page, "Reverted", "action-publish"),
        )
    elif how == "schedule in the edit view":
        data = edit_form(page, "Scheduled", "action-publish")
        data["go_live_at"] = "2020-01-01 10:00"
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    else:
        client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    assert not ContentPage.objects.get(pk=page.pk).live
    assert not ContentPage.objects.get(pk=page.pk).go_live_at
    assert WorkflowState.objects.for_instance(page).filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch"])
def test_member_editor_cannot_publish_through_an_api(client_for, submitted, member_a, method):
    """The only page API is the admin's, and it only reads (the hub installs no writable API)."""
    client = client_for(member_a.editor)
    assert client.get(f"/admin/api/main/pages/{submitted.pk}/").status_code == 200
    for url in (f"/admin/api/main/pages/{submitted.pk}/", "/admin/api/main/pages/"):
        response = getattr(client, method)(url, {"live": True, "title": "Published!"}, content_type="application/json")
        assert response.status_code in (403, 404, 405)
    assert still_waiting(submitted)
