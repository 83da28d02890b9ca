"""Factories for the test plugin's pages."""

import factory

from hub.factories import PublishedPageFactory
from tests.testapp.models import NetworkNoticePage, NoticeIndexPage, NoticePage, PetitionPage, StoryPage


class NoticeIndexPageFactory(PublishedPageFactory):
    title = "Notices"

    class Meta:
        model = NoticeIndexPage


class NoticePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Notice {n}")

    class Meta:
        model = NoticePage


class NetworkNoticePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Network notice {n}")

    class Meta:
        model = NetworkNoticePage


class StoryPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")

    class Meta:
        model = StoryPage


class PetitionPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Petition {n}")

    class Meta:
        model = PetitionPage
