"""Blocks for resource pages: the body reuses the core's content blocks (hub.blocks), attachments carry their own label."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from hub.blocks import DocumentLinkBlock, ImageBlock, QuoteBlock, heading_block, paragraph_block


class ResourceBodyBlock(blocks.StreamBlock):
    heading = heading_block()
    paragraph = paragraph_block()
    quote = QuoteBlock(label=_("quote"))
    image = ImageBlock(label=_("image"))
    # Shown as a link, never an iframe: the page makes no request to the video host until the visitor chooses.
    embed = EmbedBlock(label=_("embedded media"), template="resources/blocks/embed.html")
    document = DocumentLinkBlock(label=_("document link"))


class AttachmentBlock(blocks.StructBlock):
    """One file of the resource; its language is the document's own (hub.HubDocument.language)."""

    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("label"),
        required=False,
        help_text=_("For example “Full report” or “Summary for families”; the document's title otherwise."),
    )

    class Meta:
        icon = "doc-full"
        template = "resources/blocks/attachment.html"
