"""Interface strings changed in the admin, kept in the database so that every worker sees them and a redeploy keeps
them (hub.interface_catalogues lays them over the catalogues in locales/)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InterfaceTranslation(models.Model):
    language = models.CharField(_("language"), max_length=12)
    msgctxt = models.TextField(_("context"), blank=True, default="")
    msgid = models.TextField(_("English source"))
    msgid_plural = models.TextField(_("English plural"), blank=True, default="")
    # The singular's translation, or one translation per plural form.
    msgstr = models.TextField(_("translation"), blank=True, default="")
    msgstr_plural = models.JSONField(_("plural translations"), default=list, blank=True)
    needs_review = models.BooleanField(_("needs review by a speaker"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("interface translation")
        verbose_name_plural = _("interface translations")
        # Held by every language's translators and reviewers (their groups say which language): the admin shows
        # them the interface's strings without asking for anyone else's groups.
        permissions = [("translate_interface", "Can translate the interface into a language")]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "msgctxt", "msgid"], name="one_interface_translation_per_string"
            )
        ]

    def __str__(self):
        return f"{self.language}: {self.msgid[:60]}"
