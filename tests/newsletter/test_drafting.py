"""The weekly digest's draft: what was published in a language since its last issue, found through the plugin
registry's page types."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

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


def test_a_language_with_nothing_new_gets_the_networks_issue_in_its_language_if_the_network_chooses(
    newsletter_page, home, settings
):
    french = Locale.objects.get(language_code="fr")
    newsletter_page.copy_for_translation(french, copy_parents=True, alias=True)
    index = ensure_news_index(home)
    translated = NewsPageFactory(parent=index, title="Spring assembly", slug="spring-assembly")
    NewsPageFactory(parent=index, title="Winter coats appeal", slug="winter-coats")
    in_french = translated.copy_for_translation(french, copy_parents=True)
    in_french.title = "Assemblée de printemps"
    in_french.save_revision().publish()
    # Written in English this week: French has nothing new of its own.
    type(in_french).objects.filter(pk=in_french.pk).update(first_published_at=timezone.now() - timedelta(days=30))
    call_command("newsletter_draft", stdout=StringIO())
    assert list(Issue.objects.values_list("language", flat=True)) == ["en"]  # by default: nothing

    Issue.objects.all().delete()
    settings.HUB_NEWSLETTER_WHEN_NOTHING_NEW = "network"
    call_command("newsletter_draft", stdout=StringIO())
    issue = Issue.objects.get(language="fr")
    assert issue.subject == "Le réseau cette semaine"
    assert sorted((item.title, item.url) for item in issue.items.all()) == [
        ("Assemblée de printemps", "http://testserver/fr/news/spring-assembly/"),
        ("Winter coats appeal", "http://testserver/en/news/winter-coats/"),
    ]
