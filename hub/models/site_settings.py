from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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
