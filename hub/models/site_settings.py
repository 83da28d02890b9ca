import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="warning")
class SafetySettings(BaseSiteSetting):
    """Protections for visitors who may be watched: trafficked people, domestic workers, people at risk."""

    quick_exit_enabled = models.BooleanField(
        _("show the quick-exit button"),
        default=True,
        help_text=_("A button on every public page that replaces the page with a neutral site (also the Escape key)."),
    )
    quick_exit_url = models.URLField(
        _("neutral site"),
        default="https://www.bbc.co.uk/weather",
        help_text=_("Where the quick-exit button goes: an everyday site that draws no attention."),
    )

    panels = [FieldPanel("quick_exit_enabled"), FieldPanel("quick_exit_url")]

    class Meta:
        verbose_name = _("visitor safety")


def interface_languages():
    return settings.LANGUAGES


@register_setting(icon="site")
class SiteNames(ClusterableModel, BaseSiteSetting):
    """The site's name in each language: the site's own name (Wagtail's Sites) is one string, which would stay in
    English inside Arabic or Somali sentences ("organised by The hub")."""

    panels = [InlinePanel("translations", label=_("name in a language"))]

    class Meta:
        verbose_name = _("site name in each language")

    def name_in(self, language_code):
        """The name in that language, or None where nobody has written it yet."""
        return next((row.name for row in self.translations.all() if row.language == language_code), None)


class SiteNameTranslation(Orderable):
    site_names = ParentalKey(SiteNames, related_name="translations", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=12, choices=interface_languages)
    name = models.CharField(_("name"), max_length=255)

    panels = [FieldPanel("language"), FieldPanel("name")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["site_names", "language"], name="one_site_name_per_language"),
        ]


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """How the public reaches the network, and the pages a public body must link from every page: shown in the
    footer, each page in the visitor's language when it is translated."""

    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    select_related = ["contact_page", "privacy_page", "accessibility_page"]

    panels = [
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("address"),
        FieldPanel("contact_page"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("contact details")


ROBOTS_LINE = re.compile(r"(#.*|[A-Za-z-]+:[^\r\n]*)")


@register_setting(icon="globe")
class SearchEngineSettings(BaseSiteSetting):
    """What robots.txt tells search engines' crawlers (hub.sitemaps), beside the rules and the sitemap it always
    gives."""

    robots_rules = models.TextField(
        _("rules for crawlers"),
        blank=True,
        help_text=_(
            "Added to robots.txt, one rule per line, for example “Disallow: /en/search/”. Lines starting with # are "
            "comments. The sitemap's address and the admin's exclusion are always given."
        ),
    )

    panels = [FieldPanel("robots_rules")]

    class Meta:
        verbose_name = _("search engines")

    def rules(self):
        """The written rules and comments, one per line, without blank lines."""
        return [line.strip() for line in self.robots_rules.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        wrong = [line for line in self.rules() if not ROBOTS_LINE.fullmatch(line)]
        if wrong:
            raise ValidationError(
                {
                    "robots_rules": _("Each line must be a rule such as “Disallow: /path/” or a comment: %(lines)s")
                    % {"lines": "; ".join(wrong)}
                }
            )
