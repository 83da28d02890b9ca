"""The news demo (content.yaml, translations/): the network's news and its members', dated days before the build,
translated as a translator would. Idempotent."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from hub.demo import data
from hub.demo.pages import add_page, child_page, ensure_index, page_slug, terms
from hub.demo.translate import translate
from news.models import NewsIndexPage, NewsPage


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
