"""Regional network groups (the network's founding proposal: they "meet … at least twice a year"): a page per
region under a groups index, with the region's member organisations, its coordinators, its next meetings (from the
plugins that hold them, through the registry) and the record of past meetings with their minutes."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page
from wagtail_localize.fields import SynchronizedField

from hub.models.plugin_pages import PluginPage
from membership.models.join_page import RICH_TEXT


def terms_in_the_default_language():
    return {"locale": Locale.get_default()}


class RegionalGroupsIndexPage(PluginPage, Page):
    """The regional network groups, on a map of the UK's regions and as a list."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["membership.RegionalGroupPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("regional groups index")

    def get_context(self, request, *args, **kwargs):
        from membership.groups import groups_by_region
        from membership.regions import MAP_VIEWBOX

        context = super().get_context(request, *args, **kwargs)
        context["regions"] = groups_by_region(self)
        context["map_viewbox"] = MAP_VIEWBOX
        return context


class RegionalGroupPage(PluginPage, Page):
    """One region's network group."""

    region = models.ForeignKey(
        "hub.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=terms_in_the_default_language,
    )
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("introduction"),
        InlinePanel("coordinators", label=_("coordinators")),
        InlinePanel("meetings", label=_("past meetings")),
    ]
    parent_page_types = ["membership.RegionalGroupsIndexPage"]
    subpage_types = []
    # The region is a term of the default language (limit_choices_to): every translation keeps that term, which
    # shows in the reader's language, rather than needing the term translated before the page can be.
    override_translatable_fields = [SynchronizedField("region")]

    class Meta:
        verbose_name = _("regional network group")
        verbose_name_plural = _("regional network groups")

    def clean(self):
        super().clean()
        if not self.region_id:
            return
        others = RegionalGroupPage.objects.filter(region__slug=self.region.slug).exclude(
            translation_key=self.translation_key
        )
        if others.exists():
            raise ValidationError({"region": _("This region has its network group already.")})

    def get_context(self, request, *args, **kwargs):
        from membership.groups import group_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_context(self))
        return context

    def meetings_held_since(self, day):
        return sum(1 for meeting in self.meetings.all() if day <= meeting.date <= timezone.localdate())


class GroupCoordinator(Orderable):
    """Who coordinates the group: a member organisation, and the person it puts forward (a public role)."""

    group = ParentalKey(RegionalGroupPage, related_name="coordinators", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "hub.MemberOrganisationPage", verbose_name=_("member organisation"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("name"), max_length=150, blank=True, help_text=_("Shown publicly; may stay empty."))
    role = models.CharField(_("role"), max_length=100, blank=True)

    panels = [FieldPanel("organisation"), FieldRowPanel([FieldPanel("name"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("coordinator")
        verbose_name_plural = _("coordinators")


class GroupMeeting(Orderable):
    """A meeting the group held, with its minutes."""

    group = ParentalKey(RegionalGroupPage, related_name="meetings", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True, help_text=_("Or “online”."))
    summary = models.TextField(_("summary"), blank=True)
    minutes = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("place")]), FieldPanel("summary"), FieldPanel("minutes")]

    class Meta(Orderable.Meta):
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def clean(self):
        super().clean()
        if self.date and self.date > timezone.localdate() + datetime.timedelta(days=1):
            raise ValidationError({"date": _("Record meetings once held; the next ones are events.")})
