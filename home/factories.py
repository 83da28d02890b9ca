"""Factories for plain content pages."""

import factory

from home.models import ContentPage, PrivacyNoticePage
from hub.factories import PublishedPageFactory


class ContentPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")

    class Meta:
        model = ContentPage


class PrivacyNoticePageFactory(PublishedPageFactory):
    title = "Privacy notice"

    class Meta:
        model = PrivacyNoticePage
