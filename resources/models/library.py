"""Resource pages, written by the network or a member in its space, and the library that lists them all."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.models.listing_pages import ListingIndexPage
from hub.models.plugin_pages import PluginPage
from hub.models.spaces import InMemberSpaceMixin
from hub.models.tagging import TaggedPage
from hub.text_languages import with_text_language
from hub.visibility import public
from resources.blocks import AttachmentBlock, ResourceBodyBlock


class ResourceIndexPage(PluginPage, RoutablePageMixin, ListingIndexPage):
    """The library at /resources/: every resource of the whole site, network's and members', in one list."""

    parent_page_types = ["home.HomePage"]
    # No subpage_types: the library holds every page type that names it among its parent_page_types, a
    # plugin's (oral history projects) as well as its own, so that it names no other plugin.
    max_count_per_parent = 1

    filterset_class = "resources.filters.LibraryFilterSet"
    context_object_name = "resources"

    class Meta:
        verbose_name = _("resource library")

    def listed_pages(self):
        return ResourcePage.for_listing(self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_url"] = self.url + self.reverse_subpage("feed")
        return context

    @path("")
    def library(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        from resources.views import ResourceFeed

        return ResourceFeed(self)(request)


class ResourcePage(PluginPage, InMemberSpaceMixin, TaggedPage):
    """A report, briefing, guide…: its files in several languages, tagged so the library can find it."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        POLICY_BRIEFING = "policy-briefing", _("Policy briefing")
        RESEARCH = "research", _("Research")
        GUIDE = "guide", _("Guide")
        CONSULTATION_RESPONSE = "consultation-response", _("Consultation response")
        NEWSLETTER = "newsletter", _("Newsletter")
        TOOLKIT = "toolkit", _("Toolkit")

    class Licence(models.TextChoices):
        CC_BY = "cc-by-4.0", _("Creative Commons Attribution 4.0")
        CC_BY_SA = "cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0")
        CC_BY_NC = "cc-by-nc-4.0", _("Creative Commons Attribution-NonCommercial 4.0")
        OGL = "ogl-3.0", _("Open Government Licence 3.0")
        ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.REPORT)
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences: what it is about and who it is for.")
    )
    body = StreamField(ResourceBodyBlock(), verbose_name=_("body"), blank=True)
    authors = models.CharField(_("authors"), max_length=255, blank=True, help_text=_("Names separated by commas."))
    external_publisher = models.CharField(
        _("published by another organisation"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty when the network, or the member organisation whose space this is, publishes it."),
    )
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    attachments = StreamField([("attachment", AttachmentBlock())], verbose_name=_("files to download"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = ParentalManyToManyField(
        "hub.Language",
        verbose_name=_("languages"),
        blank=True,
        help_text=_("Every language the resource is available in."),
    )
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.ALL_RIGHTS_RESERVED
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("publication_date")]),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("external_publisher"), FieldPanel("licence")],
            heading=_("Authors and publisher"),
        ),
        TaggedPage.tags_panel,
        InlinePanel("related_resources", label=_("related resources")),
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.SearchField("external_publisher"),
        index.SearchField("attachment_text"),
        index.FilterField("kind"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["hub.MemberOrganisationPage", "resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def publisher_name(self):
        return self.external_publisher or super().publisher_name

    @classmethod
    def for_listing(cls, locale):
        """Live, public resources of one language's tree, with what a card shows fetched in fixed queries."""
        return (
            with_text_language(public(cls.objects.live()))
            .filter(locale=locale)
            .select_related("organisation__locale", "organisation__alias_of__locale", "cover_image")
            .prefetch_related("themes", "regions", "languages")
        )

    def attachment_text(self):
        """What the attached files say (read by hub.document_text), so search finds a report by its contents."""
        # The raw stream holds the documents' ids: one query for all their texts, none for the rest of them.
        ids = [block["value"]["document"] for block in self.attachments.raw_data if block["value"].get("document")]
        texts = get_document_model().objects.filter(pk__in=ids).values_list("text", flat=True)
        return "\n".join(text for text in texts if text)

    def related_pages(self):
        """Related resources in this page's language, live ones only."""
        pages = [link.resource.localized for link in self.related_resources.select_related("resource")]
        return [page for page in pages if page.live]


class RelatedResource(Orderable):
    page = ParentalKey(ResourcePage, related_name="related_resources", on_delete=models.CASCADE)
    resource = models.ForeignKey(
        "resources.ResourcePage", verbose_name=_("resource"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("resource", "resources.ResourcePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related resource")
