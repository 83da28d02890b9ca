"""StreamField blocks the core offers every page type, the plugins' included."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


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
