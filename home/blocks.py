from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import AttachmentsBlock, DocumentLinkBlock, ImageBlock, QuoteBlock, heading_block, paragraph_block
from hub.plugins import plugin_registry


def home_section_choices():
    return [(section.key, section.label) for section in plugin_registry.home_sections()]


class ContentStreamBlock(blocks.StreamBlock):
    heading = heading_block()
    paragraph = paragraph_block()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    attachments = AttachmentsBlock()


class PluginSectionBlock(blocks.StructBlock):
    """A home-page section offered by an enabled plugin (latest resources, next events, …)."""

    section = blocks.ChoiceBlock(label=_("section"), choices=home_section_choices)
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        help_text=_("Leave empty for the section's own."),
    )
    count = blocks.IntegerBlock(label=_("how many items"), default=3, min_value=1, max_value=12)

    class Meta:
        icon = "list-ul"
        template = "home/blocks/plugin_section.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["section"] = plugin_registry.home_section(value["section"])
        if context["section"] is not None:
            request = (parent_context or {}).get("request")
            context["items"] = context["section"].get_items(request, value["count"])
        return context


class MembersSectionBlock(blocks.StructBlock):
    """Member organisations, newest first, with a link to the directory."""

    heading = blocks.CharBlock(label=_("heading"), required=False)
    count = blocks.IntegerBlock(label=_("how many organisations"), default=6, min_value=1, max_value=24)

    class Meta:
        icon = "group"
        template = "home/blocks/members_section.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["members"] = page.latest_members(value["count"]) if page is not None else []
        return context


class HomeStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("paragraph"), features=["bold", "italic", "link", "h2", "h3"])
    members = MembersSectionBlock(label=_("member organisations"))
    plugin_section = PluginSectionBlock(label=_("plugin section"))
