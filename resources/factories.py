"""Factories for library pages: resources, toolkits and their chapters."""

import datetime

import factory

from hub.factories import PublishedPageFactory
from resources.models import ResourcePage, ToolkitChapterPage, ToolkitPage


class ResourcePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    kind = ResourcePage.Kind.REPORT
    summary = factory.LazyAttribute(lambda page: f"About {page.title}.")
    publication_date = datetime.date(2025, 3, 1)

    class Meta:
        model = ResourcePage


class ToolkitChapterPageFactory(PublishedPageFactory):
    """A chapter of `words` words (the last word of its title, repeated), so that reading times are known."""

    title = factory.Sequence(lambda n: f"Chapter {n}")
    summary = factory.LazyAttribute(lambda page: f"All about {page.title}.")
    body = factory.LazyAttribute(
        lambda page: [("paragraph", "<p>{}</p>".format(" ".join([page.title.split()[-1].lower()] * page.words)))]
    )

    class Meta:
        model = ToolkitChapterPage

    class Params:
        words = 120


class ToolkitPageFactory(PublishedPageFactory):
    """A published toolkit, dated today, then its chapters published in order: `chapters=["Know your aims", …]`."""

    title = "Running a campaign"
    summary = factory.LazyAttribute(lambda page: f"How to go about {page.title.lower()}.")
    audience = "Volunteers"

    class Meta:
        model = ToolkitPage

    @factory.post_generation
    def chapters(toolkit, create, titles, **kwargs):
        for title in titles or ():
            ToolkitChapterPageFactory(parent=toolkit, title=title)
        toolkit.refresh_from_db()
