"""Past issues are public pages: the archive of the issues sent in a language, and each one's web view."""

import pytest
from django.utils import timezone

from newsletter.models import Issue, IssueItem
from tests.support.pages import anonymous_get

pytestmark = pytest.mark.django_db


def make_issue(subject, language="en", status=Issue.Status.SENT):
    issue = Issue.objects.create(
        language=language,
        subject=subject,
        introduction="Hello all.",
        status=status,
        sent_at=timezone.now() if status == Issue.Status.SENT else None,
    )
    IssueItem.objects.create(issue=issue, title=f"{subject}: first item", url="http://testserver/en/news/")
    return issue


def test_the_archive_lists_the_issues_sent_in_its_language_only(newsletter_page, django_assert_max_num_queries):
    sent = make_issue("Spring news")
    make_issue("Not yet", status=Issue.Status.DRAFT)
    make_issue("Approved, not sent", status=Issue.Status.APPROVED)
    make_issue("Nouvelles", language="fr")
    with django_assert_max_num_queries(22):
        response = anonymous_get(f"{newsletter_page.url}issues/")
    assert response.status_code == 200
    text = response.text
    assert f'href="{newsletter_page.url}issues/{sent.pk}/"' in text
    assert "Not yet" not in text and "Approved, not sent" not in text and "Nouvelles" not in text


def test_a_sent_issue_is_a_public_page_and_a_draft_is_not(newsletter_page, django_assert_max_num_queries):
    sent = make_issue("Spring news")
    draft = make_issue("Not yet", status=Issue.Status.DRAFT)
    with django_assert_max_num_queries(22):
        response = anonymous_get(f"{newsletter_page.url}issues/{sent.pk}/")
    assert response.status_code == 200
    assert "Spring news: first item" in response.text
    assert "/manage/" not in response.text and "/unsubscribe/" not in response.text
    assert anonymous_get(f"{newsletter_page.url}issues/{draft.pk}/").status_code == 404
    assert anonymous_get(f"{newsletter_page.url}issues/?page=x%00").status_code == 200
