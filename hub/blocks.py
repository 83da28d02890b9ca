"""StreamField blocks the core offers every page type, the plugins' included: one place for what bodies share.

Moving a block here changes no migration: a StructBlock is recorded by its fields, not by its class's path. The
heading keeps its template's path, which migrations do record."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


def heading_block():
    return blocks.CharBlock(label=_("heading"), form_classname="title", template="home/blocks/heading.html")


def paragraph_block():
    return blocks.RichTextBlock(label=_("paragraph"), features=["bold", "italic", "link", "ol", "ul", "h3"])


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        template = "hub/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "hub/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "doc-full"
        template = "hub/blocks/document_link.html"


class AttachmentsBlock(blocks.StructBlock):
    """Documents to download, each with its language, type and size.

    In a translated page wagtail-localize lets the translator replace each document by its version in
    that language (the document chooser is an "overridable" segment); where nobody did, visitors get the
    source page's document, labelled with its language so they know what they are downloading.
    """

    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        help_text=_("Leave empty for “Documents”."),
    )
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("document")), label=_("documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("documents to download")
        template = "hub/blocks/attachments.html"
