"""How far each page is translated into each language, read from wagtail-localize's own records.

A page is listed once it is published (until then it is in its own language's tree only: hub.published_aliases),
by its published title: its editors' unpublished changes are theirs.
A source page is a page of its own (not an alias) that is not the target of a translation. In every
other language it is one of:
- missing: only an alias of the source is there (how synchronised trees hold untranslated pages), and
  nobody has started translating it;
- out of date: the source has a revision newer than the translation's last sync;
- waiting for translations: synced, but some strings are not translated yet (wagtail-localize's words);
- machine-translated: some strings still come from a machine translator. Editing a string in
  wagtail-localize's editor makes it "manual", which is what counts as a person's review;
- translated.
"""

from dataclasses import dataclass

import django_filters
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, Site, get_page_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from hub.models import MemberOrganisationPage
from hub.plugins import plugin_registry
from hub.roles import locales_user_may_translate_into
from hub.spreadsheets import SafeSpreadsheetExportMixin
from hub.tree_aliases import PUBLISHED_ONCE

PAGE_SIZE = 50

SOURCE = "source"
MISSING = "missing"
OUT_OF_DATE = "out-of-date"
WAITING = "waiting"
MACHINE = "machine"
TRANSLATED = "translated"

STATE_LABELS = {
    SOURCE: _("Source language"),
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    WAITING: _("Waiting for translations"),
    MACHINE: _("Machine-translated, not reviewed"),
    TRANSLATED: _("Translated"),
}

STATE_DESCRIPTIONS = {
    MISSING: _("Not translated: the page is shown in its source language. Select it to start a translation."),
    OUT_OF_DATE: _("The source page has changed since the translation was last synced."),
    WAITING: _("Some of the text is not translated yet."),
    MACHINE: _("Some of the text comes from machine translation and no person has checked it yet."),
    TRANSLATED: _("Translated and up to date."),
}


def unreviewed_machine_strings():
    """The machine-made strings of an outer Translation's current source, in its target language."""
    return StringTranslation.objects.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        locale_id=OuterRef("target_locale_id"),
        # One join: the same segment must belong to the source and carry the string's context.
        translation_of__segments__source_id=OuterRef("source_id"),
        translation_of__segments__context_id=F("context_id"),
    )


def is_machine_translated(page):
    """Whether a page's published text still holds strings no person has reviewed (one query)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .filter(Exists(unreviewed_machine_strings()))
        .exists()
    )


def count_of(queryset):
    return Coalesce(
        Subquery(queryset.order_by().values("source_id").annotate(count=Count("pk")).values("count")),
        0,
        output_field=IntegerField(),
    )


def translation_records(keys, locale_ids):
    """Enabled translations of these pages into these languages, with what their state needs: one query."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated_segments = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    )
    return (
        Translation.objects.filter(source__object_id__in=keys, target_locale_id__in=locale_ids, enabled=True)
        .annotate(
            translation_key=F("source__object_id"),
            source_locale_id=F("source__locale_id"),
            synced_at=F("source__last_updated_at"),
            segment_count=count_of(segments),
            translated_count=count_of(translated_segments),
            machine=Exists(unreviewed_machine_strings()),
        )
        .values(
            "translation_key",
            "source_locale_id",
            "target_locale_id",
            "synced_at",
            "segment_count",
            "translated_count",
            "machine",
        )
    )


def source_pages():
    translated_from_elsewhere = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    )
    return (
        Page.objects.filter(depth__gt=1, alias_of__isnull=True)
        .filter(PUBLISHED_ONCE)
        .exclude(Exists(translated_from_elsewhere))
        .only(
            "pk",
            "title",
            "translation_key",
            "locale_id",
            "content_type_id",
            "latest_revision_created_at",
        )
        .order_by("path")
    )


@dataclass
class Row:
    page: Page
    language_code: str
    cells: list


@dataclass
class Cell:
    locale: Locale
    state: str
    url: str = ""

    @property
    def label(self):
        return STATE_LABELS[self.state]


def cell_state(source, record):
    if record is None:
        return TRANSLATED  # translated, and no longer kept in sync: nothing to compare with
    if source.latest_revision_created_at and source.latest_revision_created_at > record["synced_at"]:
        return OUT_OF_DATE
    if record["translated_count"] < record["segment_count"]:
        return WAITING
    if record["machine"]:
        return MACHINE
    return TRANSLATED


def rows_of_cells(sources, locales):
    """For each source page, one Cell per locale; three queries whatever the number of pages."""
    language_codes = dict(Locale.objects.values_list("pk", "language_code"))
    keys = [source.translation_key for source in sources]
    locale_ids = [locale.pk for locale in locales]
    in_locale = {
        (key, locale_id): (pk, alias_of_id)
        for pk, key, locale_id, alias_of_id in Page.objects.filter(
            translation_key__in=keys, locale_id__in=locale_ids
        ).values_list("pk", "translation_key", "locale_id", "alias_of_id")
    }
    records = {
        (record["translation_key"], record["source_locale_id"], record["target_locale_id"]): record
        for record in translation_records(keys, locale_ids)
    }
    rows = []
    for source in sources:
        cells = []
        for locale in locales:
            if locale.pk == source.locale_id:
                cells.append(Cell(locale, SOURCE))
                continue
            pk, alias_of_id = in_locale.get((source.translation_key, locale.pk), (None, None))
            record = records.get((source.translation_key, source.locale_id, locale.pk))
            # A first translation stays an alias until its review publishes it (hub.translation_drafts).
            if pk is None or (alias_of_id is not None and record is None):
                submit = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
                cells.append(Cell(locale, MISSING, f"{submit}?{urlencode({'select_locale': locale.language_code})}"))
                continue
            cells.append(Cell(locale, cell_state(source, record), reverse("wagtailadmin_pages:edit", args=[pk])))
        rows.append(Row(source, language_codes[source.locale_id], cells))
    return rows


def page_type_choices():
    """Page types grouped by the plugin that brings them, then the core's; switched-off plugins' left out."""
    from_plugins = []
    claimed = set()
    for info in plugin_registry.enabled():
        models = info.page_models()
        claimed.update(models)
        from_plugins.append((info.name, [(model._meta.label_lower, model._meta.verbose_name) for model in models]))
    core = [
        (model._meta.label_lower, model._meta.verbose_name)
        for model in get_page_models()
        if model is not Page and model not in claimed and not plugin_registry.belongs_to_disabled_plugin(model)
    ]
    return [("", _("Any")), *from_plugins, (_("Core"), core)]


def locales_for_translation_status(user):
    """The languages whose column a user sees: every one for the network, their own for a translator."""
    site_root = Site.objects.get(is_default_site=True).root_page
    allowed = Locale.objects.filter(pk__in=locales_user_may_translate_into(user, site_root))
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(allowed, key=lambda locale: order.index(locale.language_code))


def organisation_choices():
    organisations = MemberOrganisationPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
    return [(str(pk), title) for pk, title in organisations.order_by("title").values_list("pk", "title")]


def plugin_choices():
    return [(info.label, info.name) for info in plugin_registry.enabled()]


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters for the dashboard. Unknown values are reported and ignored, never an error page."""

    organisation = django_filters.ChoiceFilter(
        label=_("Member organisation"), choices=organisation_choices, empty_label=_("Any"), method="in_organisation"
    )
    plugin = django_filters.ChoiceFilter(
        label=_("Plugin"), choices=plugin_choices, empty_label=_("Any"), method="of_plugin"
    )
    page_type = django_filters.ChoiceFilter(
        label=_("Page type"), choices=page_type_choices, empty_label=None, method="of_page_type"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), empty_label=_("All your languages"), method="columns_only"
    )

    class Meta:
        model = Page
        fields = ["organisation", "plugin", "page_type", "language"]

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.locales = locales
        self.filters["language"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]

    def columns(self):
        self.is_valid()
        code = self.form.cleaned_data.get("language")
        return [locale for locale in self.locales if locale.language_code == code] if code else self.locales

    def in_organisation(self, pages, name, organisation):
        profiles = Page.objects.filter(
            translation_key=Subquery(Page.objects.filter(pk=organisation).values("translation_key"))
        )
        return pages.filter(path_in_any_of(profiles.values_list("path", flat=True)))

    def of_plugin(self, pages, name, plugin):
        return pages.filter(content_type__in=content_types(plugin_registry.get(plugin).page_models()))

    def of_page_type(self, pages, name, page_type):
        return pages.filter(content_type__in=content_types([page_model(page_type)]))

    def columns_only(self, pages, name, language):
        return pages  # a language chooses the columns, not the pages


class TranslationStatusView(SafeSpreadsheetExportMixin, ReportView):
    """Pages × languages: what is missing, out of date, machine-translated or done, each a link to act on it.
    It opens for whoever has a language to translate, and shows those languages only."""

    page_title = _("Translation status")
    header_icon = "site"
    template_name = "hub/admin/translation_status.html"
    results_template_name = "hub/admin/translation_status_results.html"
    index_url_name = "hub_translation_status"
    index_results_url_name = "hub_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = PAGE_SIZE
    export_filename = "translation-status"
    no_results_message = _("No page matches these filters.")

    def dispatch(self, request, *args, **kwargs):
        self.locales = locales_for_translation_status(request.user)
        if not self.locales:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "locales": self.locales}

    def get_queryset(self):
        return source_pages()

    def filter_queryset(self, queryset):
        self.filters.is_valid()  # values not offered are reported beside the filters; the others still apply
        return self.filters.filter_queryset(queryset)

    def decorate_paginated_queryset(self, object_list):
        return rows_of_cells(object_list, self.filters.columns())

    @property
    def list_export(self):
        return ["title", *(locale.language_code for locale in self.filters.columns())]

    def get_heading(self, queryset, field):
        names = {locale.language_code: locale.get_display_name() for locale in self.filters.columns()}
        return str(names.get(field, _("Page")))

    def to_row_dict(self, row):
        return {
            "title": row.page.title,
            **{cell.locale.language_code: str(cell.label) for cell in row.cells},
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = self.filters.columns()
        context["legend"] = [(STATE_LABELS[state], description) for state, description in STATE_DESCRIPTIONS.items()]
        return context


def path_in_any_of(paths):
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(path__startswith=path)
    return query


def page_model(label_lower):
    return next(model for model in get_page_models() if model._meta.label_lower == label_lower)


def content_types(models):
    return ContentType.objects.get_for_models(*models, for_concrete_models=False).values()
