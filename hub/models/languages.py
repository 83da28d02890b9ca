"""Languages organisations speak. The list comes from settings; rows exist so pages can relate to them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hub.language_names import language_name


class Language(models.Model):
    code = models.CharField(_("code"), max_length=12, primary_key=True)
    name = models.CharField(_("name in English"), max_length=80)
    name_local = models.CharField(_("name in the language itself"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        """Named in the reader's language (CLDR): "الصومالية" on an Arabic page."""
        return language_name(self.code)

    @classmethod
    def sync_from_settings(cls):
        """Make the rows match settings.HUB_SPOKEN_LANGUAGES; rows no longer listed are kept for existing links."""
        for code, name, name_local in settings.HUB_SPOKEN_LANGUAGES:
            cls.objects.update_or_create(code=code, defaults={"name": name, "name_local": name_local})
