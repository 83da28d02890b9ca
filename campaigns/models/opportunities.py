"""Policy opportunities: consultations, inquiries and decisions where communities can influence policy."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from hub.models.listing_pages import ListingIndexPage
from hub.models.plugin_pages import PluginPage
from hub.models.tagging import TaggedPage
from hub.text_languages import with_text_language
from hub.visibility import public


class PolicyOpportunityIndexPage(PluginPage, RoutablePageMixin, ListingIndexPage):
    """The opportunity map at /policy-opportunities/: open ones by deadline; past ones move to the archive
    by themselves the day after their deadline."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.PolicyOpportunityPage"]
    max_count_per_parent = 1

    filterset_class = "campaigns.filters.OpportunityFilterSet"
    context_object_name = "opportunities"

    class Meta:
        verbose_name = _("policy opportunity listing")

    def listed_pages(self):
        return PolicyOpportunityPage.open(self.locale)

    @path("")
    def open_opportunities(self, request):
        return self.render(request, context_overrides={"archive": False, "archive_url": self.archive_url})

    @path("archive/")
    def archive(self, request):
        return self.render(
            request,
            pages=PolicyOpportunityPage.past(self.locale),
            context_overrides={"archive": True, "archive_url": self.archive_url},
        )

    @property
    def archive_url(self):
        return self.url + self.reverse_subpage("archive")


class PolicyOpportunityPage(PluginPage, TaggedPage):
    """A consultation, inquiry or decision, its deadline, and how communities can respond."""

    class Kind(models.TextChoices):
        CONSULTATION = "consultation", _("Consultation")
        INQUIRY = "inquiry", _("Inquiry")
        DECISION = "decision", _("Decision")
        BILL = "bill", _("Bill or law")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CONSULTATION)
    description = RichTextField(_("description"), features=["bold", "italic", "ol", "ul", "link"])
    decision_body = models.CharField(
        _("decision body"), max_length=255, help_text=_("For example: Home Office, Scottish Parliament.")
    )
    deadline = models.DateField(_("deadline"), help_text=_("The last day responses are accepted."))
    how_to_respond = RichTextField(_("how to respond"), features=["bold", "italic", "ol", "ul", "link"])
    related_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("related campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = None  # opportunities are not tagged by language: no field, no table

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("deadline")]),
        FieldPanel("decision_body"),
        FieldPanel("description"),
        FieldPanel("how_to_respond"),
        PageChooserPanel("related_campaign", "campaigns.CampaignPage"),
        TaggedPage.themes_and_regions_panel,
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("description"),
        index.SearchField("decision_body"),
        index.FilterField("deadline"),
    ]
    parent_page_types = ["campaigns.PolicyOpportunityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy opportunity")
        verbose_name_plural = _("policy opportunities")

    @classmethod
    def for_listing(cls, locale):
        return (
            with_text_language(public(cls.objects.live())).filter(locale=locale).prefetch_related("themes", "regions")
        )

    @classmethod
    def open(cls, locale):
        """Still open today (the deadline day included), soonest deadline first."""
        return cls.for_listing(locale).filter(deadline__gte=timezone.localdate()).order_by("deadline", "title")

    @classmethod
    def past(cls, locale):
        return cls.for_listing(locale).filter(deadline__lt=timezone.localdate()).order_by("-deadline", "title")

    @property
    def is_open(self):
        return self.deadline >= timezone.localdate()

    @property
    def days_left(self):
        return (self.deadline - timezone.localdate()).days

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaign = self.related_campaign
        context["campaign"] = campaign.localized if campaign and campaign.live else None
        return context
