"""News pages, written by the network or a member in its space, and the news index that lists them all."""

from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from hub.models.listing_pages import ListingIndexPage
from hub.models.plugin_pages import PluginPage
from hub.models.spaces import InMemberSpaceMixin
from hub.models.tagging import TaggedPage
from hub.visibility import public


class NewsIndexPage(PluginPage, RoutablePageMixin, ListingIndexPage):
    """The news at /news/: every news page of one language's tree, the network's and the members', newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    filterset_class = "news.filters.NewsFilterSet"
    context_object_name = "news_pages"

    class Meta:
        verbose_name = _("news index")

    def listed_pages(self):
        return NewsPage.for_listing(self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_url"] = self.url + self.reverse_subpage("feed")
        return context

    @path("")
    def news(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        from news.views import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(PluginPage, InMemberSpaceMixin, TaggedPage):
    """A news item: what happened or what is coming, by whom, when, tagged with the themes and regions it concerns."""

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences shown in listings, feeds and search.")
    )
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "image", "embed"]
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    authors = models.CharField(_("authors"), max_length=255, blank=True, help_text=_("Names separated by commas."))
    date = models.DateField(_("date"), default=timezone.localdate)
    languages = None  # a news page is in its page's language: no field, no table

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("authors")]),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        TaggedPage.themes_and_regions_panel,
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.FilterField("date"),
    ]
    parent_page_types = ["hub.MemberOrganisationPage", "news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    @classmethod
    def for_listing(cls, locale):
        """Live, public news of one language's tree, newest first, with what a card shows fetched in fixed queries."""
        return (
            public(cls.objects.live())
            .filter(locale=locale)
            .select_related("organisation", "image")
            .prefetch_related("themes", "regions")
            # An alias shows its source's text: the card marks it with the source's language.
            .annotate(text_language=Coalesce("alias_of__locale__language_code", "locale__language_code"))
            .order_by("-date", "-first_published_at")
        )
