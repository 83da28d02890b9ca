"""Themes, regions and communities: the shared vocabulary network editors manage and every page is tagged with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term whose slug stays the same in every language, so filters work across locales."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=True,
        help_text=_("Used in web addresses and filters; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def in_active_language(cls, active=None, default=None):
        """Every term once, in the active language where it is translated, in the default language otherwise."""
        active = active or Locale.get_active()
        default = default or Locale.get_default()
        chosen = {}
        for term in cls.objects.filter(locale__in={active.pk, default.pk}):
            if term.translation_key not in chosen or term.locale_id == active.pk:
                chosen[term.translation_key] = term
        return sorted(chosen.values(), key=lambda term: term.name.casefold())


class Theme(TaxonomyTerm):
    """A policy area: asylum, detention, housing, …"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")]


class Region(TaxonomyTerm):
    """A region of the network's work, with its regional network group."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_per_locale")]


class Community(TaxonomyTerm):
    """A community served, named by country or region of origin."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_community_slug_per_locale")]
