"""The news demo (content.yaml, translations/): the network's news and its members', dated days before the build,
translated as a translator would. Idempotent."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.demo import data
from hub.demo.pages import add_page, child_page, ensure_index, page_slug, terms
from hub.demo.translate import translate
from news.commenting import organisation_of
from news.models import Comment, NewsIndexPage, NewsPage


def demo_data():
    return data.load(__file__)


def ensure_news_index(home):
    return ensure_index(home, NewsIndexPage, _("News"), "news", demo_data().content["introduction"])


def build(network):
    demo = demo_data()
    index = ensure_news_index(network.home)
    translate(
        index, sorted({code for entry in demo.content["news"] for code in entry["translated_into"]}), demo.translations
    )
    today = timezone.localdate()
    for entry in demo.content["news"]:
        # The full demo has every member; a smaller network (as in tests) gives the network their news.
        parent = network.members.get(entry["host"], index) if entry["host"] else index
        page = child_page(parent, NewsPage, page_slug(entry["title"]))
        if page is None:
            page = add_page(
                parent,
                NewsPage(
                    title=entry["title"],
                    slug=page_slug(entry["title"]),
                    summary=entry["summary"],
                    body=f"<p>{entry['body']}</p>",
                    authors=entry["authors"],
                    date=today - datetime.timedelta(days=entry["days"]),
                ),
                themes=terms(network.themes, entry["themes"]),
                regions=terms(network.regions, [entry["region"]]),
            )
        translate(page, entry["translated_into"], demo.translations)
    add_comments(index, demo.content["comments"])


def add_comments(index, entries):
    """The public's comments on the source-language news, approved or waiting, with the organisations' replies;
    a page that has comments already is left as it is."""
    moderator = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    pages = {page.title: page for page in NewsPage.objects.filter(locale=index.locale)}
    commented = set(
        Comment.objects.filter(page__in=[page.pk for page in pages.values()]).values_list("page", flat=True)
    )
    for entry in entries:
        page = pages.get(entry["news"])
        if page is None or page.pk in commented:
            continue
        approved = entry["status"] == "approved"
        organisation = organisation_of(page)
        comment = Comment.objects.create(
            page=page,
            organisation=organisation,
            name=entry["name"],
            email=entry["email"],
            text=entry["text"],
            language=entry["language"],
            status=Comment.Status.APPROVED if approved else Comment.Status.HELD,
            held_because="" if approved else Comment.HeldBecause.EVERY_COMMENT,
        )
        if entry.get("reply"):
            Comment.objects.create(
                page=page,
                organisation=organisation,
                parent=comment,
                name=organisation.title if organisation else settings.WAGTAIL_SITE_NAME,
                text=entry["reply"],
                language=page.locale.language_code,
                status=Comment.Status.APPROVED,
                reply_by=moderator,
            )
