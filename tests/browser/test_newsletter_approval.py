"""A network editor opens the weekly draft in the admin, writes its introduction, previews its email, submits it
to its workflow and approves it from the dashboard; `hub newsletter_send --now` then sends it to the
subscribers in its language."""

import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from playwright.sync_api import expect

from hub.setup import synchronise_trees
from newsletter.demo import ensure_newsletter_page
from newsletter.models import Issue, IssueItem, Subscription
from newsletter.setup import ISSUE_WORKFLOW
from tests.browser.admin_steps import moderate

pytestmark = pytest.mark.django_db(transaction=True)

SUBJECT = "The network this week"


@pytest.fixture
def draft(home):
    with transaction.atomic():
        ensure_newsletter_page(home)
        synchronise_trees()
    issue = Issue.objects.create(language="en", subject=SUBJECT)
    IssueItem.objects.create(issue=issue, title="Spring assembly", url="http://testserver/en/news/assembly/")
    for email, language in [("amina@example.org", "en"), ("samuel@example.org", "en"), ("yusuf@example.org", "ar")]:
        Subscription.objects.create(email=email, language=language, status=Subscription.Status.CONFIRMED)
    return issue


def test_a_network_editor_previews_submits_and_approves_the_draft_which_is_then_sent(log_in, network_editor, draft):
    editor = log_in("network")
    editor.goto("/admin/snippets/newsletter/issue/")
    editor.get_by_role("link", name=SUBJECT).click()
    editor.get_by_role("textbox", name="Introduction").fill("Forty organisations met in Birmingham.")

    editor.get_by_role("button", name="Toggle preview").click()
    preview = editor.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", name="Spring assembly")).to_be_visible()
    editor.get_by_label("Preview mode").select_option("email")
    expect(preview.get_by_text("Forty organisations met in Birmingham.")).to_be_visible()
    expect(preview.get_by_role("link", name="Unsubscribe")).to_be_visible()

    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name=f"Submit to {ISSUE_WORKFLOW}").click()
    expect(editor.get_by_text("submitted for moderation")).to_be_visible()
    draft.refresh_from_db()
    assert draft.status == Issue.Status.DRAFT and draft.workflow_in_progress

    mail.outbox.clear()
    editor.goto("/admin/")
    moderate(editor, SUBJECT, "Approve")
    draft.refresh_from_db()
    assert draft.live and draft.status == Issue.Status.APPROVED

    call_command("newsletter_send", "--now", stdout=StringIO())
    issues = [message for message in mail.outbox if message.subject == SUBJECT]
    assert sorted(address for message in issues for address in message.to) == [
        "amina@example.org",
        "samuel@example.org",
    ]
    assert all(re.search("Forty organisations met in Birmingham.", message.body) for message in issues)
    assert Issue.objects.get(pk=draft.pk).status == Issue.Status.SENT
