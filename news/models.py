"""News pages, written by the network or a member in its space, and the news index that lists them all."""

from django.conf import settings
from django.db import models
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
from hub.public_forms import public_form
from hub.text_languages import with_text_language
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

    # Comments on any page that takes them are posted here (news.commenting): a page of another plugin
    # (a resource) has no route of its own for them.
    @path("comments/<int:page_id>/", name="comment")
    @public_form
    def comment(self, request, page_id):
        from news.views import post_comment

        return post_comment(request, self, page_id)

    @path("comments/<int:page_id>/sent/", name="comment_sent")
    def comment_sent(self, request, page_id):
        from news.views import comment_sent

        return comment_sent(request, self, page_id)

    @path("comments/report/<int:comment_id>/", name="report_comment")
    @public_form
    def report_comment(self, request, comment_id):
        from news.views import report_comment

        return report_comment(request, self, comment_id)


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
            with_text_language(public(cls.objects.live()))
            .filter(locale=locale)
            .select_related("organisation__locale", "organisation__alias_of__locale", "image")
            .prefetch_related("themes", "regions")
            .order_by("-date", "-first_published_at")
        )


class Comment(models.Model):
    """A comment the public wrote on a page that takes comments (news, and the page types news.conf lists), or an
    organisation's reply to one. Only approved comments are shown; the email is for replies, never shown."""

    class Status(models.TextChoices):
        HELD = "held", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    class HeldBecause(models.TextChoices):
        NOTHING = "", _("Not held")
        FIRST_TIME = "first-time", _("A first comment from this person")
        EVERY_COMMENT = "every-comment", _("Every comment is moderated")
        LINK = "link", _("It contains a link")
        REPORTED = "reported", _("A reader reported it")

    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    # The member whose space the page lives in (none: the network's page): whose editors moderate it.
    organisation = models.ForeignKey(
        "hub.MemberOrganisationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("reply to"), null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email"), blank=True)
    text = models.TextField(_("comment"), max_length=3000)
    language = models.CharField(_("language"), max_length=15)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.HELD)
    held_because = models.CharField(_("held because"), max_length=15, choices=HeldBecause.choices, blank=True)
    # Set on an organisation's reply: written by a moderator, shown under the organisation's name.
    reply_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reports = models.PositiveIntegerField(_("reports"), default=0)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["page", "status", "created_at"]),
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["email"]),
        ]

    def __str__(self):
        return f"{self.name}: {self.text[:40]}"

    @property
    def is_reply_of_organisation(self):
        return self.reply_by_id is not None


class ClosedToComments(models.Model):
    """A page a moderator has closed to new comments; those already approved stay shown."""

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    closed_at = models.DateTimeField(default=timezone.now)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
