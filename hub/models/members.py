"""Member organisations: the directory, each organisation's public profile, and the space below it."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.models.listing_pages import ListingIndexPage
from hub.models.tagging import TaggedPage, checkboxes
from hub.plugins import plugin_registry
from hub.text_languages import with_text_language
from hub.visibility import public

PROFILE_SECTION_COUNT = 10
LOGO_RENDITION = "max-160x160"


class MembersIndexPage(ListingIndexPage):
    """The public directory of member organisations, at /members/."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["hub.MemberOrganisationPage"]
    max_count_per_parent = 1

    filterset_class = "hub.filters.DirectoryFilterSet"
    context_object_name = "members"
    page_size = 24

    class Meta:
        verbose_name = _("member directory")

    def listed_pages(self):
        return MemberOrganisationPage.for_listing().child_of(self).order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = context.get(self.context_object_name)
        if members is not None:
            # What plugins say of each member on its card (a membership level…), for the whole page at once.
            facts = plugin_registry.member_facts(list(members))
            for member in members:
                member.plugin_facts = facts.get(member.translation_key, [])
        return context


class MemberOrganisationPage(TaggedPage):
    """A member organisation's public profile; every page it publishes lives below it (its space)."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mission = models.TextField(
        _("mission"),
        max_length=600,
        blank=True,
        help_text=_("One or two sentences: why the group exists."),
    )
    about = RichTextField(
        _("about the organisation"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
    )
    communities = ParentalManyToManyField("hub.Community", verbose_name=_("communities served"), blank=True)
    languages = ParentalManyToManyField("hub.Language", verbose_name=_("languages spoken"), blank=True)
    boroughs = models.CharField(
        _("boroughs and local areas"),
        max_length=255,
        blank=True,
        help_text=_("For example: Hackney, Newham, Tower Hamlets"),
    )
    themes = ParentalManyToManyField("hub.Theme", verbose_name=_("themes worked on"), blank=True)
    trusted_publisher = models.BooleanField(
        _("trusted publisher"),
        default=False,
        help_text=_("Its editors publish without network review: a trust the network grants, whatever the membership."),
    )
    charity_number = models.CharField(_("registered charity number"), max_length=40, blank=True)
    company_number = models.CharField(_("company number"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("logo"),
        FieldPanel("mission"),
        FieldPanel("about"),
        MultiFieldPanel(
            [
                checkboxes("communities"),
                checkboxes("languages"),
                checkboxes("regions"),
                FieldPanel("boroughs"),
                checkboxes("themes"),
            ],
            heading=_("Who and where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("phone")]),
                FieldPanel("address"),
                FieldPanel("website"),
                InlinePanel("social_links", label=_("social media")),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("trusted_publisher", permission="hub.onboard_member"),
                FieldRowPanel([FieldPanel("charity_number"), FieldPanel("company_number")]),
                FieldPanel("year_founded"),
            ],
            heading=_("Membership and registration"),
        ),
    ]

    search_fields = [
        *TaggedPage.search_fields,
        index.SearchField("mission"),
        index.SearchField("about"),
        index.SearchField("boroughs"),
        index.RelatedFields("communities", [index.SearchField("name")]),
    ]

    parent_page_types = ["hub.MembersIndexPage"]

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        permissions = [
            ("onboard_member", _("Can onboard member organisations")),
            ("act_for_network", _("Can review, publish and manage pages for the whole network")),
        ]

    @classmethod
    def for_listing(cls):
        """Live, public organisations with all that a card shows fetched in a fixed number of queries."""
        from wagtail.images import get_image_model

        return with_text_language(public(cls.objects.live())).prefetch_related(
            Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_RENDITION)),
            "regions",
            "themes",
            "languages",
        )

    def clean(self):
        super().clean()
        if self.year_founded and self.year_founded > timezone.now().year:
            raise ValidationError({"year_founded": _("The year founded cannot be in the future.")})

    def published_pages(self):
        """This organisation's public pages, without those of switched-off plugins."""
        return (
            with_text_language(public(self.get_children().live()))
            .exclude(content_type__app_label__in=plugin_registry.disabled_labels())
            .order_by("-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["plugin_facts"] = plugin_registry.member_facts([self]).get(self.translation_key, [])
        context["published_pages"] = self.published_pages()[:20]
        context["profile_sections"] = self.profile_sections(request)
        return context

    def profile_sections(self, request):
        """What enabled plugins add to the profile; a section with nothing to list is left out."""
        sections = []
        for section in plugin_registry.profile_sections():
            items = section.get_items(request, self, PROFILE_SECTION_COUNT)
            if items:
                sections.append(
                    {"key": section.key, "heading": section.label, "template": section.template, "items": items}
                )
        return sections


class SocialLink(Orderable):
    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        X = "x", "X"
        BLUESKY = "bluesky", "Bluesky"
        MASTODON = "mastodon", "Mastodon"
        YOUTUBE = "youtube", "YouTube"
        TIKTOK = "tiktok", "TikTok"
        LINKEDIN = "linkedin", "LinkedIn"
        TELEGRAM = "telegram", "Telegram"
        WHATSAPP = "whatsapp", "WhatsApp"
        OTHER = "other", _("Other")

    page = ParentalKey(MemberOrganisationPage, related_name="social_links", on_delete=models.CASCADE)
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    url = models.URLField(_("address"))

    panels = [FieldRowPanel([FieldPanel("platform"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
