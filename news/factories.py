"""Factories for news pages and the news index."""

import datetime

import factory

from hub.factories import PublishedPageFactory
from news.models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(PublishedPageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"News {n}")
    summary = factory.LazyAttribute(lambda page: f"About {page.title}.")
    body = factory.LazyAttribute(lambda page: f"<p>What happened: {page.title}.</p>")
    date = datetime.date(2026, 3, 1)

    class Meta:
        model = NewsPage
