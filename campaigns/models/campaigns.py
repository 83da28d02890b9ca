"""Campaign pages, in a member's space or the network's index, with their updates, supporters and the listing."""

import uuid

from django.core.cache import cache
from django.db import models
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.absolute_urls import page_url
from hub.caching import browsers_revalidate, purge_page_versions
from hub.models.listing_pages import ListingIndexPage
from hub.models.plugin_pages import PluginPage
from hub.models.spaces import InMemberSpaceMixin
from hub.models.tagging import TaggedPage
from hub.public_forms import public_form
from hub.text_languages import TextInLanguage, source_page, with_text_language
from hub.visibility import public

# The public count is cached this long, without a COUNT per visit under load; every pledge taken or withdrawn
# counts again (see CampaignPage.pledges_changed).
PLEDGE_COUNT_SECONDS = 60


class CampaignIndexPage(PluginPage, ListingIndexPage):
    """The listing at /campaigns/: every campaign of the site; the network's own campaigns live below it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    filterset_class = "campaigns.filters.CampaignFilterSet"
    context_object_name = "campaigns"

    class Meta:
        verbose_name = _("campaign listing")

    def listed_pages(self):
        return CampaignPage.for_listing(self.locale)


class CampaignPage(PluginPage, RoutablePageMixin, InMemberSpaceMixin, TaggedPage):
    """A campaign: its ask, whom it targets, what supporters can do, its updates and the pledges it gathers.

    Its lead organisation is the member whose space it lives in, or the network under the index."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WON = "won", _("Won")
        CLOSED = "closed", _("Closed")

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences: what is wrong and what must change.")
    )
    ask = RichTextField(
        _("the ask"),
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("Exactly what the campaign asks the decision-maker to do."),
    )
    decision_maker = models.CharField(
        _("decision-maker targeted"),
        max_length=255,
        help_text=_("For example: the Home Secretary, Birmingham City Council."),
    )
    body = RichTextField(_("background"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    is_core = models.BooleanField(
        _("core campaign"), default=False, help_text=_("One of the few campaigns the whole network runs this year.")
    )
    ended_on = models.DateField(
        _("ended on"), null=True, blank=True, editable=False, help_text=_("When the campaign was won or closed.")
    )
    core_year = models.PositiveSmallIntegerField(_("core campaign year"), null=True, blank=True)
    pledge_target = models.PositiveIntegerField(
        _("pledge target"), null=True, blank=True, help_text=_("How many pledges the campaign hopes to gather.")
    )
    pledge_text = models.CharField(
        _("pledge"),
        max_length=255,
        blank=True,
        help_text=_("What supporters sign, in one sentence. Leave empty to take no pledges."),
    )
    letter_recipient = models.CharField(
        _("write to"),
        max_length=120,
        blank=True,
        help_text=_("For example: your councillor or MP. Leave empty to offer no letter."),
    )
    letter_subject = models.CharField(_("letter subject"), max_length=200, blank=True)
    letter_body = models.TextField(
        _("template letter"), blank=True, help_text=_("Plain text a supporter copies and adapts before sending.")
    )
    event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("come to an event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An event page where supporters can meet and act."),
    )
    languages = ParentalManyToManyField(
        "hub.Language", verbose_name=_("languages"), blank=True, help_text=_("Languages the campaign works in.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("ask"),
        FieldPanel("decision_maker"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("is_core", permission="hub.onboard_member"), FieldPanel("core_year")]),
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [FieldPanel("pledge_text"), FieldPanel("pledge_target")],
            heading=_("Pledge"),
        ),
        MultiFieldPanel(
            [FieldPanel("letter_recipient"), FieldPanel("letter_subject"), FieldPanel("letter_body")],
            heading=_("Write to a decision-maker"),
        ),
        PageChooserPanel("event"),
        InlinePanel("updates", label=_("updates")),
        TaggedPage.tags_panel,
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("ask"),
        index.SearchField("decision_maker"),
        index.SearchField("body"),
        index.FilterField("status"),
        index.FilterField("is_core"),
    ]
    parent_page_types = ["hub.MemberOrganisationPage", "campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @classmethod
    def for_listing(cls, locale):
        """Live, public campaigns of one language's tree: active (core first), then won, then closed."""
        return (
            with_text_language(public(cls.objects.live()))
            .filter(locale=locale)
            .select_related("organisation__locale", "organisation__alias_of__locale")
            .prefetch_related("themes", "regions")
            .annotate(
                status_order=Case(
                    When(status=cls.Status.ACTIVE, then=Value(0)),
                    When(status=cls.Status.WON, then=Value(1)),
                    default=Value(2),
                )
            )
            .order_by("status_order", "-is_core", F("core_year").desc(nulls_last=True), "-first_published_at", "pk")
        )

    def save(self, *args, **kwargs):
        # The retention period of pledges runs from the day the campaign ended.
        if self.status == self.Status.ACTIVE:
            self.ended_on = None
        elif self.ended_on is None:
            self.ended_on = timezone.localdate()
        super().save(*args, **kwargs)

    @property
    def takes_pledges(self):
        return bool(self.pledge_text) and self.status == self.Status.ACTIVE

    def pledge_generation_key(self):
        return f"campaigns:pledge-generation:{self.translation_key}"

    def pledge_count_cache_key(self):
        """The count's key names the campaign's current generation of pledges. A change starts a new generation
        rather than deleting the count: a visit that counted just before a pledge was committed, and stores its
        count just after, stores it under the old generation, where nobody looks any more."""
        generation = cache.get_or_set(self.pledge_generation_key(), lambda: uuid.uuid4().hex, None)
        return f"campaigns:pledge-count:{self.translation_key}:{generation}"

    def pledge_count(self):
        """Pledges to the campaign in every language, counted at most once a minute (and after each change)."""
        from campaigns.models.pledges import Pledge

        key = self.pledge_count_cache_key()
        count = cache.get(key)
        if count is None:
            count = Pledge.objects.filter(campaign_key=self.translation_key).count()
            cache.set(key, count, PLEDGE_COUNT_SECONDS)
        return count

    def pledges_changed(self):
        """A pledge was taken or withdrawn (and committed): the next visit counts again, and the cached pages
        showing the count (the campaign and its thanks page, in every language) are purged, so it sees it."""
        cache.set(self.pledge_generation_key(), uuid.uuid4().hex, None)
        purge_page_versions(self)

    def supporters(self):
        """Accepted supporting organisations, each in this page's language where it has a version in it."""
        from campaigns.models.coalitions import CampaignSupport
        from hub.models import MemberOrganisationPage

        keys = CampaignSupport.objects.filter(
            campaign__translation_key=self.translation_key, status=CampaignSupport.Status.ACCEPTED
        ).values("organisation__translation_key")
        by_key = {}
        for organisation in with_text_language(public(MemberOrganisationPage.objects.live())).filter(
            translation_key__in=keys
        ):
            if organisation.translation_key not in by_key or organisation.locale_id == self.locale_id:
                by_key[organisation.translation_key] = organisation
        return sorted(by_key.values(), key=lambda organisation: organisation.title)

    def timeline(self):
        """The updates, newest first; a title a translator has not translated yet is marked with the language of
        the campaign's source, whose title it shows."""
        updates = list(self.updates.order_by("-date", "-pk"))
        source = source_page(self)
        if source is not None:
            kept = set(source.updates.values_list("title", flat=True))
            for update in updates:
                if update.title in kept:
                    update.title = TextInLanguage(update.title, source.locale.language_code)
        return updates

    def get_context(self, request, *args, **kwargs):
        from campaigns.forms import PledgeForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("pledge_form", PledgeForm())
        context.update(
            pledge_count=self.pledge_count(),
            supporters=self.supporters(),
            updates=self.timeline(),
            event_page=self.event.specific if self.event_id and self.event.live else None,
            pledge_url=self.url + self.reverse_subpage("pledge"),
            share_url=page_url(self),
        )
        if self.pledge_target:
            context["progress_percent"] = min(100, round(100 * context["pledge_count"] / self.pledge_target))
        return context

    @path("")
    def campaign(self, request):
        return browsers_revalidate(self.render(request))

    @path("pledge/")
    @public_form
    def pledge(self, request):
        from campaigns.views import pledge

        return pledge(request, self)

    @path("pledged/")
    def pledged(self, request):
        return browsers_revalidate(self.render(request, template="campaigns/pledge_thanks.html"))

    @path("withdraw/")
    def withdraw(self, request):
        from campaigns.views import withdraw

        # The signed token holds colons, which Wagtail's page paths do not allow: it travels in the query.
        return withdraw(request, self, request.GET.get("token", ""))


class CampaignUpdate(Orderable):
    """A dated step of the campaign (a meeting held, a vote won), shown on the page as a timeline."""

    page = ParentalKey(CampaignPage, related_name="updates", on_delete=models.CASCADE)
    date = models.DateField(_("date"), default=timezone.localdate)
    title = models.CharField(_("title"), max_length=200)
    text = RichTextField(_("text"), blank=True, features=["bold", "italic", "link"])

    panels = [FieldPanel("date"), FieldPanel("title"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("update")
        verbose_name_plural = _("updates")
