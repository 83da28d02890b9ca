"""Oral histories: a community's memories project and its recorded interviews, governed by consent.

The narrators may have insecure immigration status, so the consent record decides what the public
sees: an interview not cleared for the web (research only, under embargo, withdrawn) is not listed,
not searchable, and its page and recording answer 404; one cleared "on request" shows its summary
and index, and its recording and transcript only through a signed, expiring link.

The consent record is shared by every language version of an interview (oral_histories.consent). None of
it is ever shown publicly, indexed for search, or offered to translators.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailmedia.edit_handlers import MediaChooserPanel

from hub.models.plugin_pages import PluginPage
from hub.models.spaces import InMemberSpaceMixin
from hub.models.tagging import TaggedPage
from hub.public_forms import public_form
from hub.visibility import public
from oral_histories import conf
from oral_histories.blocks import SegmentIndexBlock
from oral_histories.consent import InterviewConsent
from oral_histories.timecodes import TimecodeField, format_timecode

INTERVIEWS_PER_PAGE = 30


class OralHistoryProjectPage(PluginPage, InMemberSpaceMixin, TaggedPage):
    """A community's memories project: what it set out to record, with whom, over which years."""

    description = RichTextField(_("description"), features=["bold", "italic", "link", "ol", "ul"])
    partners = models.CharField(
        _("partners"), max_length=300, blank=True, help_text=_("Organisations the project worked with.")
    )
    period = models.CharField(
        _("period remembered"), max_length=100, blank=True, help_text=_("For example: 1955–1975.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("partners"), FieldPanel("period")]),
        TaggedPage.tags_panel,
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("description"),
        index.SearchField("partners"),
    ]
    parent_page_types = ["hub.MemberOrganisationPage", "resources.ResourceIndexPage"]
    subpage_types = ["oral_histories.InterviewPage"]

    class Meta:
        # The tables the models had inside the resources app, kept (migrations 0001 here, 0005 there).
        db_table = "resources_oralhistoryprojectpage"
        verbose_name = _("oral history project")
        verbose_name_plural = _("oral history projects")

    def listed_interviews(self):
        """The interviews the public may know of, with what a card shows fetched in fixed queries."""
        return (
            public(InterviewPage.objects.child_of(self).live())
            .filter(InterviewPage.cleared_for_web_q())
            .prefetch_related("languages", "themes")
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.listed_interviews(), INTERVIEWS_PER_PAGE)
        interviews = paginator.get_page(request.GET.get("page"))
        context.update(interviews=interviews, paginator=paginator)
        return context


class InterviewPage(PluginPage, InterviewConsent, RoutablePageMixin, InMemberSpaceMixin, TaggedPage):
    """One recorded interview: who speaks, the recording, its transcript, its index, and the consent behind it."""

    class NameShown(models.TextChoices):
        REAL = "real", _("Real name")
        PSEUDONYM = "pseudonym", _("Pseudonym")
        ANONYMOUS = "anonymous", _("Anonymous")

    class Scope(models.TextChoices):
        PUBLIC = "public", _("Public on the web")
        ON_REQUEST = "on-request", _("On request only")
        RESEARCH = "research", _("Research only")

    # Who speaks, and how they are named in public.
    narrator_shown_as = models.CharField(
        _("narrator shown as"), max_length=20, choices=NameShown.choices, default=NameShown.ANONYMOUS
    )
    narrator_real_name = models.CharField(
        _("narrator's real name"),
        max_length=200,
        blank=True,
        help_text=_("Kept private: shown only when the narrator chose to appear under their real name."),
    )
    narrator_pseudonym = models.CharField(_("pseudonym"), max_length=200, blank=True)
    interviewer = models.CharField(_("interviewer"), max_length=200, blank=True)
    interview_date = models.DateField(_("date of the interview"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    origin = models.CharField(
        _("community or country of origin"), max_length=200, blank=True, help_text=_("For example: Somali, Kurdistan.")
    )
    summary = models.TextField(_("summary"), max_length=1000)

    # What was recorded.
    recording = models.ForeignKey(
        "hub.HubMedia",
        verbose_name=_("recording"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The audio or video file. It is served only to those the consent record allows."),
    )
    recording_link = models.URLField(
        _("recording elsewhere"),
        blank=True,
        help_text=_("If the recording is hosted elsewhere: its address, offered as a link (never embedded)."),
    )
    duration = TimecodeField(_("duration"), null=True, blank=True, help_text=_("hh:mm:ss or mm:ss"))
    transcript = RichTextField(
        _("transcript"),
        blank=True,
        features=["bold", "italic", "ol", "ul"],
        help_text=_("The full transcript, in this page's language; each translation carries its own."),
    )
    segments = StreamField(SegmentIndexBlock(), verbose_name=_("segment index"), blank=True)
    languages = ParentalManyToManyField("hub.Language", verbose_name=_("languages spoken"), blank=True)

    # The consent record: never public.
    consent_form = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("signed consent form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A scan of the signed form. Upload it anywhere: on saving, it is moved into the “Consent forms” "
            "collection, which only the network team can open."
        ),
    )
    consent_scope = models.CharField(
        _("consent given for"), max_length=20, choices=Scope.choices, blank=True, default=""
    )
    embargo_until = models.DateField(
        _("embargo until"), null=True, blank=True, help_text=_("Nothing of the interview is public before this day.")
    )
    consent_conditions = models.TextField(_("conditions"), blank=True)
    consent_withdrawn = models.BooleanField(_("consent withdrawn"), default=False, editable=False)
    consent_withdrawn_at = models.DateTimeField(_("consent withdrawn on"), null=True, blank=True, editable=False)

    CONSENT_FIELDS = ["narrator_real_name", "consent_form", "consent_scope", "embargo_until", "consent_conditions"]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("narrator_shown_as"),
                FieldPanel("narrator_pseudonym"),
                FieldRowPanel([FieldPanel("interviewer"), FieldPanel("interview_date")]),
                FieldRowPanel([FieldPanel("place"), FieldPanel("origin")]),
            ],
            heading=_("Narrator and interview"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [MediaChooserPanel("recording"), FieldPanel("recording_link"), FieldPanel("duration")],
            heading=_("Recording"),
        ),
        FieldPanel("segments"),
        FieldPanel("transcript"),
        TaggedPage.tags_panel,
    ]
    consent_panels = [
        FieldPanel("narrator_real_name"),
        FieldPanel("consent_form"),
        FieldPanel("consent_scope"),
        FieldPanel("embargo_until"),
        FieldPanel("consent_conditions"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(consent_panels, heading=_("Consent")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    # The consent record and the private name are copied between languages, never offered for translation.
    override_translatable_fields = [
        *[SynchronizedField(name, overridable=False) for name in CONSENT_FIELDS],
        SynchronizedField("recording", overridable=False),
        SynchronizedField("interviewer", overridable=False),
    ]
    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("narrator_public_name"),
        index.SearchField("place"),
        index.SearchField("origin"),
        index.SearchField("segment_index_text"),
        index.SearchField("public_transcript_text"),
        index.FilterField("consent_scope"),
    ]
    parent_page_types = ["oral_histories.OralHistoryProjectPage"]
    subpage_types = []

    class Meta:
        db_table = "resources_interviewpage"
        verbose_name = _("oral history interview")
        verbose_name_plural = _("oral history interviews")
        permissions = [("withdraw_interviewpage", _("Can withdraw an interview whose narrator withdrew consent"))]

    # --- Consent ------------------------------------------------------------------------------

    @staticmethod
    def cleared_for_web_q(today=None):
        """What a query keeps of interviews the public may know of: not withdrawn, not research only, not embargoed."""
        today = today or timezone.localdate()
        return (
            Q(consent_withdrawn=False)
            & Q(consent_scope__in=[InterviewPage.Scope.PUBLIC, InterviewPage.Scope.ON_REQUEST])
            & (Q(embargo_until__isnull=True) | Q(embargo_until__lte=today))
        )

    @property
    def under_embargo(self):
        return self.embargo_until is not None and self.embargo_until > timezone.localdate()

    @property
    def cleared_for_web(self):
        return (
            not self.consent_withdrawn
            and self.consent_scope in (self.Scope.PUBLIC, self.Scope.ON_REQUEST)
            and not self.under_embargo
        )

    @property
    def recording_is_public(self):
        return self.cleared_for_web and self.consent_scope == self.Scope.PUBLIC

    def clean(self):
        super().clean()
        if self.duration is None:
            return
        for number, segment in enumerate(self.segments, start=1):
            start = segment.value.get("start")
            if start is not None and start >= self.duration:
                message = _(
                    "Segment %(number)d (“%(title)s”) starts at %(start)s, after the end of the recording (%(duration)s)."
                ) % {
                    "number": number,
                    "title": segment.value.get("title"),
                    "start": format_timecode(start),
                    "duration": format_timecode(self.duration),
                }
                raise ValidationError({"duration": message})

    # --- What the public reads ----------------------------------------------------------------

    @property
    def duration_timecode(self):
        return format_timecode(self.duration)

    @property
    def narrator_public_name(self):
        """The only name of the narrator that ever leaves the admin."""
        if self.narrator_shown_as == self.NameShown.REAL:
            return self.narrator_real_name
        if self.narrator_shown_as == self.NameShown.PSEUDONYM:
            return self.narrator_pseudonym
        return ""

    def segment_index_text(self):
        return " ".join(
            f"{segment.value['title']} {segment.value['synopsis']} {segment.value['keywords']}"
            for segment in self.segments
        )

    def public_transcript_text(self):
        """Transcripts are searchable only where the public may read them."""
        if not self.recording_is_public:
            return ""
        partial = " ".join(segment.value["partial_transcript"] for segment in self.segments)
        return f"{strip_tags(self.transcript)} {partial}"

    def segment_entries(self):
        """The segments as the index lists them: number, start in seconds and as a timecode, and text."""
        return [
            {
                "number": number,
                "start": segment.value["start"],
                "timecode": format_timecode(segment.value["start"]),
                "title": segment.value["title"],
                "synopsis": segment.value["synopsis"],
                "keywords": [word.strip() for word in segment.value["keywords"].split(",") if word.strip()],
                "partial_transcript": segment.value["partial_transcript"],
            }
            for number, segment in enumerate(self.segments, start=1)
        ]

    def get_context(self, request, *args, **kwargs):
        from oral_histories.access import listening_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listening_context(self, request))
        return context

    @path("")
    def interview(self, request):
        response = self.render(request)
        if request.GET.get("access"):
            # A page opened by someone's personal link never goes into a shared cache.
            patch_cache_control(response, private=True, no_store=True)
        return response

    @path("recording/")
    def recording_file(self, request):
        from oral_histories.views import serve_recording

        return serve_recording(self, request)

    @path("request-access/")
    @public_form
    def request_access(self, request):
        from oral_histories.views import request_access

        return request_access(self, request)


class AccessRequest(models.Model):
    """Someone asking to hear an interview cleared "on request", and what the network team decided.

    Kept for the retention period, then deleted by the personal data purge; the decision itself stays
    in the interview's history (Wagtail's audit log) without the person's details."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    interview = models.ForeignKey(
        InterviewPage, verbose_name=_("interview"), on_delete=models.CASCADE, related_name="access_requests"
    )
    name = models.CharField(_("your name"), max_length=200)
    email = models.EmailField(_("your email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    intended_use = models.TextField(
        _("what you intend to do with the interview"), max_length=2000, help_text=_("Research, teaching, a film…")
    )
    created_at = models.DateTimeField(_("requested on"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_note = models.TextField(_("note"), blank=True)

    # How long requests are kept before the personal data purge deletes them.
    RETENTION = datetime.timedelta(days=365)

    class Meta:
        db_table = "resources_accessrequest"
        verbose_name = _("access request")
        verbose_name_plural = _("access requests")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} — {self.interview.title}"

    @property
    def access_until(self):
        if self.status != self.Status.APPROVED or self.decided_at is None:
            return None
        return self.decided_at + datetime.timedelta(days=conf.access_days())
