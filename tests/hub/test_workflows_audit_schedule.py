"""Every workflow step is in Wagtail's audit log; approval can schedule publication for later."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from home.models import ContentPage
from tests.support.workflow import act, draft_in, edit_form, submit

pytestmark = pytest.mark.django_db


def test_submission_review_publication_and_unpublication_are_audited(client_for, member_a, network_editor):
    page = draft_in(member_a.organisation)
    submit(client_for(member_a.editor), page)
    act(client_for(network_editor), page, "reject", comment="Add the address.")
    submit(client_for(member_a.editor), page, "Saturday drop-in, 12 Hope Street")
    act(client_for(network_editor), page, "approve")
    client_for(network_editor).post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))

    entries = list(PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk").select_related("user"))
    steps = [
        (entry.action, entry.user)
        for entry in entries
        if entry.action.startswith(("wagtail.workflow", "wagtail.publish", "wagtail.unpublish"))
    ]
    assert steps == [
        ("wagtail.workflow.start", member_a.editor),
        ("wagtail.workflow.reject", network_editor),
        ("wagtail.workflow.resume", member_a.editor),
        ("wagtail.workflow.approve", network_editor),
        ("wagtail.publish", network_editor),
        ("wagtail.unpublish", network_editor),
    ]
    assert all(entry.timestamp for entry in entries)
    rejection = next(entry for entry in entries if entry.action == "wagtail.workflow.reject")
    assert rejection.data["comment"] == "Add the address."
    history = client_for(network_editor).get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200


def test_approved_now_goes_live_at_the_set_time(client_for, member_a, network_editor):
    page = draft_in(member_a.organisation)
    data = edit_form(page, "Summer fair", "action-submit")
    data["go_live_at"] = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    assert client_for(member_a.editor).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data).status_code == 302
    act(client_for(network_editor), page, "approve")

    page = ContentPage.objects.get(pk=page.pk)
    assert not page.live
    scheduled = Revision.objects.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    call_command("publish_scheduled")
    assert not ContentPage.objects.get(pk=page.pk).live  # not yet: the time has not come

    # Two days pass: the scheduled time is now behind us.
    past = timezone.now() - timedelta(minutes=1)
    scheduled.approved_go_live_at = past
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.save()
    call_command("publish_scheduled")
    page = ContentPage.objects.get(pk=page.pk)
    assert page.live and page.title == "Summer fair"
