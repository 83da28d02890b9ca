"""Network editors edit, preview and approve newsletter issues; nobody else reaches them."""

import pytest
from django.urls import reverse

from newsletter.models import Issue, IssueItem
from tests.support.pages import refused_or_sent_to_log_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(db):
    issue = Issue.objects.create(language="ar", subject="هذا الأسبوع", introduction="مرحبا")
    IssueItem.objects.create(issue=issue, title="اجتماع الربيع", url="http://testserver/ar/news/")
    return issue


def test_a_network_editor_previews_edits_and_approves_a_draft(client_for, network_editor, draft):
    client = client_for(network_editor)
    assert "هذا الأسبوع" in client.get(reverse("newsletter_issues")).text
    edit_page = client.get(reverse("newsletter_issue", args=[draft.pk]))
    assert edit_page.status_code == 200 and "Approve for sending" in edit_page.text
    html = client.get(reverse("newsletter_preview_html", args=[draft.pk])).text
    assert 'dir="rtl"' in html and "اجتماع الربيع" in html and "<img" not in html
    text = client.get(reverse("newsletter_preview_text", args=[draft.pk]))
    assert text["Content-Type"].startswith("text/plain") and "اجتماع الربيع" in text.text
    response = client.post(
        reverse("newsletter_issue", args=[draft.pk]),
        {"subject": "هذا الأسبوع في الشبكة", "introduction": "أهلا بكم", "scheduled_for": ""},
    )
    assert response.status_code == 302 and response["Location"] == reverse("newsletter_issue", args=[draft.pk])
    client.post(reverse("newsletter_approve", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.subject == "هذا الأسبوع في الشبكة" and draft.introduction == "أهلا بكم"
    assert draft.status == Issue.Status.APPROVED and draft.scheduled_for


def test_nobody_else_sees_or_approves_issues(client, client_for, member_a, draft):
    urls = [
        reverse("newsletter_issues"),
        reverse("newsletter_issue", args=[draft.pk]),
        reverse("newsletter_preview_html", args=[draft.pk]),
        reverse("newsletter_preview_text", args=[draft.pk]),
    ]
    for visitor in (client, client_for(member_a.editor)):
        for url in urls:
            assert refused_or_sent_to_log_in(visitor.get(url)), url
        assert refused_or_sent_to_log_in(visitor.post(reverse("newsletter_approve", args=[draft.pk])))
        assert refused_or_sent_to_log_in(
            visitor.post(reverse("newsletter_issue", args=[draft.pk]), {"subject": "x", "introduction": "x"})
        )
    draft.refresh_from_db()
    assert draft.status == Issue.Status.DRAFT and draft.subject == "هذا الأسبوع"


def test_an_approved_issue_is_no_longer_edited(client_for, network_editor, draft):
    Issue.objects.filter(pk=draft.pk).update(status=Issue.Status.APPROVED)
    client = client_for(network_editor)
    client.post(reverse("newsletter_issue", args=[draft.pk]), {"subject": "Changed", "introduction": ""})
    client.post(reverse("newsletter_approve", args=[draft.pk]))  # a 404: approved already
    draft.refresh_from_db()
    assert draft.subject == "هذا الأسبوع" and draft.status == Issue.Status.APPROVED
