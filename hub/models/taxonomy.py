"""Themes, regions and communities: the shared vocabulary network editors manage and every page is tagged with."""

from django.db import models
from django.db.models import Min, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.per_request import active_locale, default_locale, once_per_request


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
    def for_locale(cls, locale, default):
        """Every term once: in `locale` where it is translated, else in the default locale, else in the language
        it was first written in (a term a Somali organisation added in Somali, say). One query, however used."""
        in_locale = cls.objects.filter(locale=locale).values("translation_key")
        in_default = cls.objects.filter(locale=default).values("translation_key")
        first_written = cls.objects.order_by().values("translation_key").annotate(first=Min("pk")).values("first")
        untranslated = ~Q(translation_key__in=in_locale)
        return cls.objects.filter(
            Q(locale=locale)
            | Q(locale=default) & untranslated
            | Q(pk__in=first_written) & untranslated & ~Q(translation_key__in=in_default)
        )

    @classmethod
    def in_active_language(cls):
        """Every term once, in the active language where it is translated (see for_locale), sorted by name: asked
        once per request however many filters, facets and cards of a page show the terms."""
        return _terms_in_language(cls, get_language())


@once_per_request
def _terms_in_language(model, language_code):
    # The language is the key: a request may switch it and ask again.
    return tuple(sorted(model.for_locale(active_locale(), default_locale()), key=lambda term: term.name.casefold()))


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
