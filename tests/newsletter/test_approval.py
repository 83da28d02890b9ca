"""Issues are approved through their Wagtail workflow, by network editors only: a network editor edits the
introduction, previews the issue in its language (web view, email HTML and plain text, right to left in Arabic),
submits it, and the workflow's approval makes it approved for sending. Member editors, translators and language
reviewers are refused on every path."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from hub.roles import reviewers_group_name, translators_group_name
from newsletter.models import Issue, IssueItem, Subscription
from newsletter.setup import ISSUE_WORKFLOW
from tests.support.pages import refused_or_sent_to_log_in
from tests.support.people import person

pytestmark = pytest.mark.django_db

URLS = "wagtailsnippets_newsletter_issue"


def url(name, *args):
    return reverse(f"{URLS}:{name}", args=args)


def form(subject="هذا الأسبوع في الشبكة", introduction="أهلا بكم", **action):
    return {"subject": subject, "introduction": introduction, "scheduled_for": "", **action}


@pytest.fixture
def draft(newsletter_page):
    issue = Issue.objects.create(language="ar", subject="هذا الأسبوع", introduction="مرحبا")
    IssueItem.objects.create(issue=issue, title="اجتماع الربيع", url="http://testserver/ar/news/")
    return issue


@pytest.fixture
def editor(client_for, network_editor):
    return client_for(network_editor)


def submitted(client, issue):
    response = client.post(url("edit", issue.pk), form(**{"action-submit": "Submit"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    issue.refresh_from_db()
    return issue.current_workflow_task_state


def test_a_network_editor_previews_submits_and_approves_a_draft_and_it_is_sent(editor, draft, newsletter_page):
    Subscription.objects.create(email="yusuf@example.org", language="ar", status=Subscription.Status.CONFIRMED)
    edit_page = editor.get(url("edit", draft.pk))
    assert edit_page.status_code == 200 and "اجتماع الربيع" in edit_page.text
    assert editor.get(url("list")).status_code == 200

    preview = url("preview_on_edit", draft.pk)
    assert editor.post(preview, form()).json() == {"is_valid": True, "is_available": True}
    web = editor.get(preview).text
    assert 'dir="rtl"' in web and "أهلا بكم" in web and "اجتماع الربيع" in web
    email = editor.get(preview, {"mode": "email"}).text
    assert 'dir="rtl"' in email and "أهلا بكم" in email and "<img" not in email and "#unsubscribe" in email
    text = editor.get(preview, {"mode": "text"})
    assert text["Content-Type"].startswith("text/plain") and "اجتماع الربيع" in text.text

    task_state = submitted(editor, draft)
    assert draft.get_workflow().name == ISSUE_WORKFLOW
    assert draft.status == Issue.Status.DRAFT and not draft.live and draft.introduction == "أهلا بكم"
    assert editor.get(url("workflow_preview", draft.pk, task_state.task_id)).status_code == 200

    approve = url("workflow_action", draft.pk, "approve", task_state.pk)
    assert editor.post(approve, {"comment": ""}).status_code == 302
    draft.refresh_from_db()
    assert draft.live and draft.status == Issue.Status.APPROVED and draft.scheduled_for <= timezone.now()
    assert draft.subject == "هذا الأسبوع في الشبكة"

    out = StringIO()
    call_command("newsletter_send", "--now", stdout=out)
    [message] = mail.outbox
    assert message.to == ["yusuf@example.org"] and "أهلا بكم" in message.body
    draft.refresh_from_db()
    assert draft.status == Issue.Status.SENT


def test_a_network_editor_cannot_publish_past_the_workflow(editor, draft):
    editor.post(url("edit", draft.pk), form(**{"action-publish": "Publish"}))
    draft.refresh_from_db()
    assert not draft.live and draft.status == Issue.Status.DRAFT
    assert refused_or_sent_to_log_in(editor.post(url("unpublish", draft.pk)))


def test_a_scheduled_issue_keeps_its_time_and_requested_changes_keep_it_a_draft(editor, draft):
    later = timezone.now() + timedelta(days=2)
    task_state = submitted(editor, draft)
    editor.post(url("workflow_action", draft.pk, "reject", task_state.pk), {"comment": "Shorter, please."})
    draft.refresh_from_db()
    assert draft.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert draft.status == Issue.Status.DRAFT and not draft.live

    scheduled = form(**{"action-submit": "Submit"}, scheduled_for=later.strftime("%Y-%m-%d %H:%M"))
    editor.post(url("edit", draft.pk), scheduled)
    draft.refresh_from_db()
    task_state = draft.current_workflow_task_state
    editor.post(url("workflow_action", draft.pk, "approve", task_state.pk), {"comment": ""})
    draft.refresh_from_db()
    assert draft.status == Issue.Status.APPROVED and draft.scheduled_for > timezone.now() + timedelta(days=1)
    call_command("newsletter_send", "--now", stdout=StringIO())
    assert Issue.objects.get(pk=draft.pk).status == Issue.Status.APPROVED  # not yet due


def test_an_administrator_unpublishing_an_approved_issue_stops_it_being_sent(editor, draft):
    approve = url("workflow_action", draft.pk, "approve", submitted(editor, draft).pk)
    editor.post(approve, {"comment": ""})
    Issue.objects.get(pk=draft.pk).unpublish()
    draft.refresh_from_db()
    assert not draft.live and draft.status == Issue.Status.DRAFT
    call_command("newsletter_send", "--now", stdout=StringIO())
    assert Issue.objects.get(pk=draft.pk).status == Issue.Status.DRAFT


def test_a_sent_issue_is_locked(editor, draft):
    Issue.objects.filter(pk=draft.pk).update(status=Issue.Status.SENT, live=True, sent_at=timezone.now())
    editor.post(url("edit", draft.pk), form(subject="Changed", **{"action-submit": "Submit"}))
    draft.refresh_from_db()
    assert draft.subject == "هذا الأسبوع" and draft.current_workflow_state is None
    assert draft.status == Issue.Status.SENT


@pytest.mark.parametrize("role", ["member editor", "translator", "language reviewer"])
def test_nobody_else_edits_previews_submits_or_approves_an_issue(role, client_for, member_a, editor, draft):
    task_state = submitted(editor, draft)
    user = {
        "member editor": lambda: member_a.editor,
        "translator": lambda: person("layla", translators_group_name("ar")),
        "language reviewer": lambda: person("omar", reviewers_group_name("ar")),
    }[role]()
    for visitor in (client_for(user), Client()):
        for path in [
            url("list"),
            url("edit", draft.pk),
            url("history", draft.pk),
            url("preview_on_edit", draft.pk),
            url("workflow_history", draft.pk),
            url("workflow_preview", draft.pk, task_state.task_id),
            url("workflow_action", draft.pk, "approve", task_state.pk),
        ]:
            assert refused_or_sent_to_log_in(visitor.get(path)), (role, path)
        for path, data in [
            (url("edit", draft.pk), form(subject="Taken over")),
            (url("edit", draft.pk), form(subject="Taken over", **{"action-submit": "Submit"})),
            (url("edit", draft.pk), form(subject="Taken over", **{"action-publish": "Publish"})),
            (url("preview_on_edit", draft.pk), form(subject="Taken over")),
            (url("workflow_action", draft.pk, "approve", task_state.pk), {"comment": ""}),
            (url("workflow_action", draft.pk, "reject", task_state.pk), {"comment": "No"}),
            (url("unpublish", draft.pk), {}),
        ]:
            assert refused_or_sent_to_log_in(visitor.post(path, data)), (role, path)
    draft.refresh_from_db()
    assert draft.subject == "هذا الأسبوع في الشبكة" and not draft.live and draft.status == Issue.Status.DRAFT
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS


def test_an_issue_in_review_waits_on_wagtails_panel_not_as_the_page_that_shares_its_id(editor, newsletter_page):
    issue = Issue.objects.create(pk=newsletter_page.pk, language="ar", subject="هذا الأسبوع")
    submitted(editor, issue)
    html = editor.get(reverse("wagtailadmin_home")).text
    queue = html[html.find('aria-labelledby="hub-review-queue-heading"') :]
    assert "Nothing is waiting for review." in queue[: queue.find("</section>")]
    assert "هذا الأسبوع في الشبكة" in html  # on Wagtail's "Awaiting your review"
