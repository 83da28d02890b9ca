"""Factories for plain content pages."""

import factory

from home.models import ContentPage
from hub.factories import PublishedPageFactory


class ContentPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")

    class Meta:
        model = ContentPage
