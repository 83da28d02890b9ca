"""The news plugin's demo: news from the network and from members, translated, with approved and waiting comments."""

import pytest
from wagtail.models import Locale

from news.models import Comment, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_demo_news_from_the_network_and_members_in_several_languages(demo_output, client):
    english = NewsPage.objects.live().filter(locale=Locale.get_default(), alias_of__isnull=True)
    assert english.filter(organisation=None).count() >= 2
    assert english.exclude(organisation=None).values("organisation").distinct().count() >= 3
    translated = NewsPage.objects.live().filter(alias_of__isnull=True).exclude(locale=Locale.get_default())
    assert set(translated.values_list("locale__language_code", flat=True)) >= {"ar", "fr", "so"}
    arabic = NewsIndexPage.objects.get(locale__language_code="ar")
    html = client.get(arabic.url).content.decode()
    assert "أربعون منظمة تجتمع في الجمعية الربيعية للشبكة" in html


def test_demo_comments_approved_and_waiting_in_their_languages(demo_output, client):
    comments = Comment.objects.all()
    assert comments.filter(status=Comment.Status.APPROVED).exists()
    assert comments.filter(status=Comment.Status.HELD).count() >= 2
    assert comments.exclude(reply_by=None).exists()
    assert len(set(comments.values_list("language", flat=True))) >= 4
    shown = comments.filter(status=Comment.Status.APPROVED, language="ar").first()
    html = client.get(shown.page.url).content.decode()
    assert f'id="comment-{shown.pk}" lang="ar" dir="rtl"' in html
    held = comments.filter(status=Comment.Status.HELD, page=shown.page).first()
    assert held.text not in html
