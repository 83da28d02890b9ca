from django.apps import apps
from django.http import Http404
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from home.blocks import ContentStreamBlock, HomeStreamBlock
from hub.models import MemberOrganisationPage
from hub.page_routing import route_from
from hub.plugins import plugin_registry

HOME_MEMBERS_COUNT = 6
HOME_SECTION_COUNT = 3


class HomePage(Page):
    """The network's front page: an introduction, then sections the core and the enabled plugins offer."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(
        HomeStreamBlock(),
        verbose_name=_("sections"),
        blank=True,
        help_text=_("Leave empty to show the member organisations and every plugin's section."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """A page missing from this language's tree is served from the default language's, never a 404."""
        try:
            return route_from(self, request, path_components)
        except Http404:
            source = self.get_translation_or_none(Locale.get_default())
            if source is None or source.pk == self.pk:
                raise
            return source.specific.route(request, path_components)

    def latest_members(self, limit):
        return (
            MemberOrganisationPage.for_listing()
            .filter(locale_id=self.locale_id)
            .order_by("-first_published_at")[:limit]
        )

    def default_sections(self, request):
        """What the home page shows when editors have not arranged its sections."""
        return [
            {
                "key": section.key,
                "heading": section.label,
                "template": section.template,
                "items": section.get_items(request, HOME_SECTION_COUNT),
            }
            for section in plugin_registry.home_sections()
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not self.body:
            context["members"] = self.latest_members(HOME_MEMBERS_COUNT)
            context["sections"] = self.default_sections(request)
        context["directory"] = (
            apps.get_model("hub.MembersIndexPage").objects.live().filter(locale_id=self.locale_id).first()
        )
        return context


class ContentPage(Page):
    """A plain page: about the network, contact, a member's own 'our work' page, …"""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    # Named, so that a plugin's index page (the library, the events listing), which takes whatever names it,
    # does not take plain pages too.
    parent_page_types = ["home.HomePage", "home.ContentPage", "hub.MemberOrganisationPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")


class PrivacyNoticePage(Page):
    """What the hub keeps about the public, why, for how long, and how to get it or have it erased.

    The part about the data is written from what the enabled plugins declare (hub.plugins.PersonalDataSource:
    what each collects, and its retention period as configured), so it never falls behind a plugin or a setting;
    the network's editors write the introduction and anything more (who the controller is, complaints)."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("more information"),
        blank=True,
        help_text=_("Shown after what the hub keeps: who is responsible for the data, how to complain."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy notice")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["personal_data"] = [
            {
                "label": source.label,
                "collects": source.collects,
                "retention": import_string(source.retention)() if source.retention else "",
            }
            for source in plugin_registry.personal_data_sources()
        ]
        return context
