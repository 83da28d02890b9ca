"""Event pages, written by the network or a member in its space, the listing of them all, and registrations."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from events.times import event_time_range
from hub.models.listing_pages import ListingIndexPage
from hub.models.plugin_pages import PluginPage
from hub.models.spaces import InMemberSpaceMixin
from hub.models.tagging import TaggedPage, checkboxes
from hub.public_forms import public_form
from hub.site_names import network_name
from hub.text_languages import TextInLanguage, text_language, with_text_language
from hub.visibility import public

ACCESSIBILITY_FIELDS = ("step_free_access", "hearing_loop", "bsl_interpretation", "accessible_toilets", "childcare")


class EventIndexPage(PluginPage, RoutablePageMixin, ListingIndexPage):
    """The events listing at /<lang>/events/: every event of the site, the network's and members', with a month
    view and a calendar feed. The network's own events live under it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    filterset_class = "events.filters.EventFilterSet"
    context_object_name = "events"

    class Meta:
        verbose_name = _("events listing")

    def listed_pages(self):
        return EventPage.for_listing(self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            month_url=self.url + self.reverse_subpage("month"),
            feed_url=self.url + self.reverse_subpage("calendar_feed"),
        )
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("month/")
    def month(self, request):
        from events.views import month_view

        return month_view(self, request)

    @path("calendar/")
    def calendar_feed(self, request):
        from events.views import listing_calendar

        return listing_calendar(self, request)


class EventPage(PluginPage, RoutablePageMixin, InMemberSpaceMixin, TaggedPage):
    """One event: when and where, who organises it, who speaks, in which languages, how accessible it is, and
    whether people register for it here."""

    class EventType(models.TextChoices):
        QUESTION_TIME = "question-time", _("Question Time meeting")
        REGIONAL_MEETING = "regional-meeting", _("Regional network meeting")
        CONFERENCE = "conference", _("Conference")
        TRAINING = "training", _("Training or workshop")
        ACTION = "action", _("March or action")
        CONSULTATION = "consultation", _("Consultation meeting")

    class RegistrationMode(models.TextChoices):
        OFF = "off", _("No registration")
        OPEN = "open", _("Registration open")
        CLOSED = "closed", _("Registration closed")

    event_type = models.CharField(_("type of event"), max_length=30, choices=EventType.choices)
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences: what and for whom."))
    description = RichTextField(_("description"), blank=True)
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("UK time (GMT or BST, as on the day)."))
    end = models.DateTimeField(_("ends"), db_index=True, help_text=_("UK time (GMT or BST, as on the day)."))
    all_day = models.BooleanField(
        _("all-day event"), default=False, help_text=_("Show the dates only; the times entered are ignored.")
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    online_link = models.URLField(
        _("online link"), blank=True, help_text=_("For online or hybrid events: where to join.")
    )
    speakers = models.TextField(_("speakers"), blank=True, help_text=_("One per line: name and role."))
    network_co_organises = models.BooleanField(
        _("the network co-organises"),
        default=False,
        help_text=_("For a member's event organised together with the network."),
    )
    languages = ParentalManyToManyField(
        "hub.Language", verbose_name=_("languages spoken"), blank=True, related_name="events"
    )
    interpretation_languages = ParentalManyToManyField(
        "hub.Language",
        verbose_name=_("interpretation offered"),
        blank=True,
        related_name="events_interpreted",
        help_text=_("Languages interpreters will be there for; people registering can ask for one."),
    )
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    bsl_interpretation = models.BooleanField(_("British Sign Language interpretation"), default=False)
    accessible_toilets = models.BooleanField(_("accessible toilets"), default=False)
    childcare = models.BooleanField(_("childcare"), default=False)
    accessibility_notes = models.TextField(_("more about access"), blank=True)
    cost = models.CharField(_("cost"), max_length=100, blank=True, help_text=_("Leave empty for a free event."))
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("How many people can come; leave empty for no limit.")
    )
    registration = models.CharField(
        _("registration"), max_length=10, choices=RegistrationMode.choices, default=RegistrationMode.OFF
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("event_type"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")], heading=_("When")
        ),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("address"), FieldPanel("postcode"), FieldPanel("online_link")],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [FieldPanel("network_co_organises"), InlinePanel("co_organisers", label=_("co-organising members"))],
            heading=_("Organisers"),
        ),
        MultiFieldPanel(
            [
                checkboxes("languages"),
                checkboxes("interpretation_languages"),
            ],
            heading=_("Languages"),
        ),
        MultiFieldPanel(
            [*(FieldPanel(name) for name in ACCESSIBILITY_FIELDS), FieldPanel("accessibility_notes")],
            heading=_("Accessibility"),
        ),
        MultiFieldPanel(
            [FieldPanel("cost"), FieldPanel("capacity"), FieldPanel("registration")], heading=_("Places and cost")
        ),
        TaggedPage.themes_and_regions_panel,
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.SearchField("speakers"),
        index.FilterField("event_type"),
        index.FilterField("start"),
    ]
    parent_page_types = ["hub.MemberOrganisationPage", "events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event ends before it starts: check the dates and times.")})
        if self.capacity is not None and self.translation_key:
            booked = Registration.objects.filter(
                event__translation_key=self.translation_key, status=Registration.Status.CONFIRMED
            ).count()
            if self.capacity < booked:
                raise ValidationError(
                    {
                        "capacity": _(
                            "%(booked)d people are already registered: the event needs at least that many places. "
                            "Ask people to cancel before lowering it."
                        )
                        % {"booked": booked}
                    }
                )

    @classmethod
    def for_listing(cls, locale):
        """Live, public events of one language's tree, with what a card shows fetched in fixed queries."""
        return (
            with_text_language(public(cls.objects.live()))
            .filter(locale=locale)
            .select_related("organisation__locale", "organisation__alias_of__locale")
            .prefetch_related(
                "regions",
                "languages",
                "co_organisers__organisation__locale",
                "co_organisers__organisation__alias_of__locale",
            )
        )

    def booking_event(self):
        """The one page of this event's translations that registrations belong to: the first one made (the
        source), so that every language's page fills the same places."""
        if self.pk is None:
            return self
        return EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first() or self

    @property
    def time_range(self):
        return event_time_range(self.start, self.end, self.all_day)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def registration_is_open(self):
        return self.registration == self.RegistrationMode.OPEN and not self.is_past

    def organisers(self):
        """Who organises it, as (name, page or None) pairs in the page's language; the network when it does."""
        found = [self.organisation] if self.organisation_id else []
        found.extend(link.organisation for link in self.co_organisers.all())
        # Members are usually in the event's own tree already: no query to find their copy in its language.
        found = [member if member.locale_id == self.locale_id else member.localized for member in found]
        names = [(TextInLanguage(member.title, text_language(member)), member) for member in found]
        if not self.organisation_id or self.network_co_organises:
            names.insert(0, (network_name(), None))
        return names

    def accessibility(self):
        return [self._meta.get_field(name).verbose_name for name in ACCESSIBILITY_FIELDS if getattr(self, name)]

    def speaker_list(self):
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", None)
        return context

    @path("")
    def event(self, request):
        from events.views import event_page

        return event_page(self, request)

    @path("register/")
    @public_form
    def register(self, request):
        from events.views import register

        return register(self, request)

    @path("calendar/")
    def ics(self, request):
        from events.views import event_calendar

        return event_calendar(self, request)

    @path("cancel/")
    def cancel(self, request):
        from events.views import cancel_registration

        return cancel_registration(self, request)


class EventCoOrganiser(Orderable):
    """A member organisation organising the event with the member whose space it is in (or with the network)."""

    page = ParentalKey(EventPage, related_name="co_organisers", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "hub.MemberOrganisationPage", verbose_name=_("member organisation"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("organisation", "hub.MemberOrganisationPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("co-organising member")


class Registration(models.Model):
    """A person's place at an event, or on its waiting list. Kept only until the retention period after the
    event (events.conf); compared by normalised email, one per person and event."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("Waiting list")

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))  # normalised (hub.personal_data.normalise_email)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    interpretation_language = models.ForeignKey(
        "hub.Language",
        verbose_name=_("interpretation wanted"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    access_needs = models.TextField(_("access needs"), blank=True)
    language = models.CharField(_("language of the emails"), max_length=12)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "email"], name="one_registration_per_email")]

    def __str__(self):
        return f"{self.name} — {self.event.title}"
