from django.db import models
from wagtail.models import Page


class NoticeIndexPage(Page):
    parent_page_types = ["home.HomePage"]


class NoticePage(Page):
    """What member organisations may create in their space when the plugin is enabled."""

    urgency = models.CharField(max_length=20, default="normal")


class NetworkNoticePage(Page):
    """Only the network creates these: they live under the home page or the plugin's index."""

    parent_page_types = ["home.HomePage", "testapp.NoticeIndexPage"]
