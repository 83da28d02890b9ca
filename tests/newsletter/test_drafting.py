"""The weekly digest's draft: what was published in a language since its last issue, found through the plugin
registry's page types."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.demo import ensure_news_index
from news.factories import NewsPageFactory
from newsletter.models import Issue

pytestmark = pytest.mark.django_db


def test_a_draft_lists_what_was_published_since_the_last_issue_once(newsletter_page, home, settings):
    index = ensure_news_index(home)
    old = NewsPageFactory(parent=index, title="Old news", summary="Before the last issue.")
    last = Issue.objects.create(language="en", subject="Last week", status=Issue.Status.SENT, sent_at=timezone.now())
    type(old).objects.filter(pk=old.pk).update(first_published_at=last.created_at - timedelta(days=1))
    NewsPageFactory(parent=index, title="Spring assembly", summary="Forty organisations met.")

    out = StringIO()
    call_command("newsletter_draft", stdout=out)
    assert "Issues drafted: 1" in out.getvalue()
    draft = Issue.objects.get(status=Issue.Status.DRAFT)
    assert draft.language == "en" and draft.subject == "The network this week"
    assert [(item.title, item.summary) for item in draft.items.all()] == [
        ("Spring assembly", "Forty organisations met.")
    ]
    assert draft.items.get().url.startswith("http://testserver/en/news/")

    call_command("newsletter_draft", stdout=StringIO())  # a draft waits already: no second one
    assert Issue.objects.filter(status=Issue.Status.DRAFT).count() == 1


def test_nothing_new_no_draft_and_a_switched_off_plugins_pages_are_left_out(newsletter_page, home, settings):
    NewsPageFactory(parent=ensure_news_index(home), title="Spring assembly")
    settings.HUB_DISABLED_PLUGINS = ["news"]
    call_command("newsletter_draft", stdout=StringIO())
    assert not Issue.objects.exists()
