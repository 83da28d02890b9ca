"""Toolkits: a guide in ordered chapters, read online chapter by chapter, printed whole or downloaded as a PDF.

A toolkit is a resource (it inherits ResourcePage's summary, themes, regions, languages and place in the
library, with the kind "toolkit"); its chapters are its child pages, in Wagtail's order.
"""

import math
import re
from html import unescape

from django.core.files.storage import default_storage
from django.db import models
from django.http import FileResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.models.plugin_pages import PluginPage
from hub.models.spaces import InMemberSpaceMixin
from hub.models.tagging import TaggedPage
from hub.visibility import public
from resources.blocks import AttachmentBlock, ResourceBodyBlock
from resources.models.library import ResourcePage

WORDS_PER_MINUTE = 200
TAG = re.compile(r"<[^>]+>")


def words_in(raw):
    """Words of a StreamField's stored JSON, without loading what its blocks point to (no queries)."""
    if isinstance(raw, str):
        return len(unescape(TAG.sub(" ", raw)).split())
    if isinstance(raw, dict):
        return sum(words_in(value) for key, value in raw.items() if key not in ("type", "id"))
    if isinstance(raw, list | tuple):
        return sum(words_in(item) for item in raw)
    return 0


def reading_minutes(*word_counts):
    return max(1, math.ceil(sum(word_counts) / WORDS_PER_MINUTE))


class ToolkitPage(RoutablePageMixin, ResourcePage):
    """A practical guide in chapters; the PDF of the whole is built in the background (resources.toolkit_pdf)."""

    audience = models.CharField(
        _("audience"),
        max_length=255,
        blank=True,
        help_text=_("Who the toolkit is for, for example “Volunteers starting a campaign”."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("publication_date"),
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("cover_image"),
        FieldPanel("body", heading=_("introduction")),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("external_publisher"), FieldPanel("licence")],
            heading=_("Authors and publisher"),
        ),
        TaggedPage.tags_panel,
    ]
    search_fields = [*ResourcePage.search_fields, index.SearchField("audience")]
    parent_page_types = ["hub.MemberOrganisationPage", "resources.ResourceIndexPage"]
    subpage_types = ["resources.ToolkitChapterPage"]
    template = "resources/toolkit_page.html"

    class Meta:
        verbose_name = _("toolkit")
        verbose_name_plural = _("toolkits")

    def save(self, *args, **kwargs):
        self.kind = ResourcePage.Kind.TOOLKIT
        super().save(*args, **kwargs)

    def chapters(self):
        """The live, public chapters in Wagtail's order: one query, whatever their number."""
        return list(public(ToolkitChapterPage.objects.child_of(self).live()).order_by("path"))

    def pdf_source(self):
        """The toolkit whose PDF this page offers: an alias shows its source's text, so its source's PDF."""
        if self.alias_of_id:
            return ToolkitPage.objects.get(pk=self.alias_of_id)
        return self

    def get_context(self, request, *args, **kwargs):
        from resources.toolkit_pdf import stored_pdf

        context = super().get_context(request, *args, **kwargs)
        chapters = self.chapters()
        context.update(
            chapters=chapters,
            reading_minutes=reading_minutes(*(chapter.word_count for chapter in chapters)),
            print_url=self.url + self.reverse_subpage("printable"),
            pdf_url=self.url + self.reverse_subpage("pdf"),
            pdf_ready=stored_pdf(self.pdf_source(), None if self.alias_of_id else chapters) is not None,
        )
        return context

    @path("")
    def toolkit(self, request):
        return self.render(request)

    @path("print/")
    def printable(self, request):
        """The whole toolkit on one page, laid out for printing."""
        return self.render(
            request,
            template="resources/toolkit_print_page.html",
            context_overrides={"printing": True},
        )

    @path("pdf/")
    def pdf(self, request):
        """The PDF built after publication; while it is not ready, a page saying so and offering the printable one."""
        from resources.toolkit_pdf import pdf_filename, stored_pdf

        source = self.pdf_source()
        name = stored_pdf(source)
        if name is None:
            return self.render(
                request,
                template="resources/toolkit_pdf_pending.html",
                context_overrides={"print_url": self.url + self.reverse_subpage("printable")},
            )
        return FileResponse(
            default_storage.open(name),
            as_attachment=True,
            filename=pdf_filename(source),
            content_type="application/pdf",
        )


class ToolkitChapterPage(PluginPage, InMemberSpaceMixin, Page):
    """One chapter of a toolkit, with the worksheets that go with it."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = StreamField(ResourceBodyBlock(), verbose_name=_("body"), blank=True)
    worksheets = StreamField(
        [("worksheet", AttachmentBlock())],
        verbose_name=_("worksheets"),
        blank=True,
        help_text=_("Documents to print and fill in while working through the chapter."),
    )
    word_count = models.PositiveIntegerField(_("word count"), default=0, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("summary")]),
        FieldPanel("body"),
        FieldPanel("worksheets"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["resources.ToolkitPage"]
    subpage_types = []
    template = "resources/toolkit_chapter_page.html"

    class Meta:
        verbose_name = _("toolkit chapter")
        verbose_name_plural = _("toolkit chapters")

    def save(self, *args, **kwargs):
        # Stored, so a table of contents of many chapters shows reading times without reading every body.
        self.word_count = words_in(self.title) + words_in(self.summary) + words_in(self.body.get_prep_value())
        super().save(*args, **kwargs)

    @property
    def reading_minutes(self):
        return reading_minutes(self.word_count)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        toolkit = ToolkitPage.objects.parent_of(self).first()
        chapters = toolkit.chapters() if toolkit else []
        position = next((i for i, chapter in enumerate(chapters) if chapter.pk == self.pk), None)
        context.update(toolkit=toolkit, chapters=chapters)
        if position is not None:
            context.update(
                number=position + 1,
                previous_chapter=chapters[position - 1] if position > 0 else None,
                next_chapter=chapters[position + 1] if position + 1 < len(chapters) else None,
            )
        return context
