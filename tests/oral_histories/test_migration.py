"""Oral histories moved out of the resources app into their own (oral_histories 0001, resources 0005): a database
holding interviews, consent records, recordings and access requests loses none of them, either way."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision

from hub.roles import NETWORK_EDITORS
from oral_histories.access import withdraw
from oral_histories.factories import AccessRequestFactory, InterviewPageFactory
from oral_histories.models import AccessRequest, InterviewPage, OralHistoryProjectPage

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = [("oral_histories", None), ("resources", "0004_recordings_in_private_storage")]
MODELS = ["interviewpage", "oralhistoryprojectpage", "accessrequest"]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return executor.loader.project_state([target for target in targets if target[1] is not None]).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def content_types(app_label):
    return dict(ContentType.objects.filter(app_label=app_label, model__in=MODELS).values_list("model", "pk"))


def snapshot():
    """Every row the move must keep, by id, with what ties it to the rest."""
    interviews = InterviewPage.objects.order_by("pk")
    return {
        "projects": list(OralHistoryProjectPage.objects.order_by("pk").values_list("pk", "title")),
        "interviews": list(
            interviews.values_list("pk", "title", "consent_scope", "consent_withdrawn", "narrator_real_name")
        ),
        "recordings": list(interviews.values_list("pk", "recording_id")),
        "consent_forms": list(interviews.values_list("pk", "consent_form_id")),
        "requests": list(AccessRequest.objects.order_by("pk").values_list("pk", "interview_id", "email", "status")),
        "revisions": list(
            Revision.page_revisions.filter(object_id__in=[str(pk) for pk in interviews.values_list("pk", flat=True)])
            .order_by("pk")
            .values_list("pk", "content_type_id")
        ),
    }


def test_a_database_from_before_the_move_keeps_every_oral_history(client, client_for, project, network_editor):
    public = InterviewPageFactory(parent=project, title="Arriving in winter")
    on_request = InterviewPageFactory(parent=project, title="A school for our children", consent_scope="on-request")
    withdrawn = InterviewPageFactory(parent=project, title="Taken down")
    withdraw(withdrawn, network_editor)
    AccessRequestFactory(interview=on_request, name="Waiting Person")
    AccessRequestFactory(interview=on_request, status=AccessRequest.Status.APPROVED, decided_by=network_editor)
    before = snapshot()
    moved_types = content_types("oral_histories")
    decide = Permission.objects.get(content_type_id=moved_types["accessrequest"], codename="change_accessrequest")
    assert len(moved_types) == 3 and decide in Group.objects.get(name=NETWORK_EDITORS).permissions.all()

    old_apps = migrate(BEFORE_THE_MOVE)
    assert content_types("resources") == moved_types and content_types("oral_histories") == {}
    assert PageLogEntry.objects.filter(page=withdrawn, action="resources.withdraw_interview").exists()
    # What the code of the time wrote while the models were the resources app's.
    old_apps.get_model("resources", "AccessRequest").objects.create(
        interview_id=public.pk, name="Asked before", email="before@example.org", intended_use="A film."
    )

    migrate(latest())
    after = snapshot()
    asked_before = AccessRequest.objects.get(email="before@example.org")
    assert after == {
        **before,
        "requests": [*before["requests"], (asked_before.pk, public.pk, asked_before.email, "pending")],
    }
    assert content_types("oral_histories") == moved_types and content_types("resources") == {}
    assert PageLogEntry.objects.filter(page=withdrawn, action="oral_histories.withdraw_interview").exists()
    assert decide in Group.objects.get(name=NETWORK_EDITORS).permissions.all()
    assert type(InterviewPage.objects.get(pk=public.pk).specific) is InterviewPage
    assert "Arriving in winter" in client.get(public.url).text and client.get(withdrawn.url).status_code == 404
    assert "Waiting Person" in client_for(network_editor).get(reverse("oral_histories_access_requests")).text
    assert client_for(network_editor).get(reverse("wagtailadmin_pages:edit", args=[on_request.pk])).status_code == 200
