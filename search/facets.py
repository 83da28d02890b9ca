"""Facets over the best matches of a search, worked out in the database for every backend alike.

Themes, regions and languages come from every searchable page type that is a `TaggedPage`, for the tags it has, and
organisations from every one that lives in member spaces (`InMemberSpaceMixin`); the year and a plugin's own facets read
one field (a date, a `SearchFacet.field`) from every page type that has it. A new page type joins the facets by
inheriting those bases, without a line here. Values are fetched once as (page id, value) pairs for the
matches; narrowing and counting then happen in memory: values of one facet widen (any of them), facets narrow
(all of them), and each facet counts as if its own choice were not made, so its other options stay useful.
"""

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub.models import InMemberSpaceMixin, Language, Region, TaggedPage, Theme
from hub.per_request import active_locale, default_locale
from hub.plugins import plugin_registry
from hub.text_languages import TextInLanguage, with_text_language

MAX_CHOSEN_VALUES = 20  # per facet: more is a malformed address, not a visitor


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    chosen: bool


@dataclass
class FacetCounts:
    key: str
    label: str
    options: list

    @property
    def chosen(self):
        return [option for option in self.options if option.chosen]


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def by_declaring_model(ids_by_model, field_name_for):
    """{(model, field name): [page id, …]}: the ids grouped by the model that declares each page type's field
    (`field_name_for(page type)`), so page types sharing a field by inheritance (a toolkit is a resource page; every
    page has `first_published_at`) are asked together, from the table that holds the field."""
    grouped = defaultdict(list)
    for model, ids in ids_by_model.items():
        name = field_name_for(model)
        if has_field(model, name):
            grouped[model._meta.get_field(name).model, name] += ids
    return grouped


def union_values(selects):
    """{page id: {value, …}} from (page id, value) SELECTs, one per model, asked as one UNION query."""
    values = defaultdict(set)
    if selects:
        for pk, value in selects[0].union(*selects[1:], all=True):
            if value is not None and value != "":
                values[pk].add(str(value))
    return values


def matching(model, ids):
    """`model`'s pages among `ids`, in no order: a UNION takes none, and pages' default order (by tree path) would
    join every page row for nothing. PostgreSQL gets the ids as one array instead of one parameter each, which Django
    prepares and psycopg quotes one by one: up to a thousand ids for each facet, a sixth of the facets' time."""
    pages = model.objects.order_by()
    if connection.vendor != "postgresql":
        return pages.filter(pk__in=ids)
    quote = connection.ops.quote_name
    return pages.filter(
        RawSQL(f"{quote(model._meta.db_table)}.{quote(model._meta.pk.column)} = ANY(%s)", [ids], BooleanField())
    )


def field_values(ids_by_model, field_name, lookup=None):
    """{page id: {value, …}} of `lookup` (default: the field itself) for every page type that has the field."""
    return union_values(
        [
            matching(model, ids).values_list("pk", lookup or field_name)
            for (model, _name), ids in by_declaring_model(ids_by_model, lambda _model: field_name).items()
        ]
    )


def tagged_with(ids_by_model, tag):
    """The page types of `ids_by_model` tagged with `tag` (see TaggedPage), with their ids."""
    return {model: ids for model, ids in ids_by_model.items() if issubclass(model, TaggedPage) and tag in model.tags()}


def is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


class Facet:
    key = ""
    label = ""
    sort_by_value = False

    def values(self, ids_by_model, content_types):
        raise NotImplementedError

    def labels(self, values, locales):
        """{value: name} for the values shown; `locales`: the visitor's and the default Locale, looked up once."""
        return {value: value for value in values}


class TypeFacet(Facet):
    key = "type"
    label = _("Type")

    def values(self, ids_by_model, content_types):
        return {pk: {model._meta.label_lower} for model, ids in ids_by_model.items() for pk in ids}

    def labels(self, values, locales):
        models = {model._meta.label_lower: model for model in plugin_registry.search_page_models()}
        return {value: capfirst(models[value]._meta.verbose_name) for value in values if value in models}


class TaxonomyFacet(Facet):
    """Themes or regions: by slug, the same in every language, named in the visitor's."""

    def __init__(self, key, label, tag, term_model):
        self.key, self.label, self.tag, self.term_model = key, label, tag, term_model

    def values(self, ids_by_model, content_types):
        return field_values(tagged_with(ids_by_model, self.tag), self.tag, f"{self.tag}__slug")

    def labels(self, values, locales):
        return {term.slug: term.name for term in self.term_model.in_active_language() if term.slug in values}


class LanguageFacet(Facet):
    key = "language"
    label = _("Language")

    def values(self, ids_by_model, content_types):
        return field_values(tagged_with(ids_by_model, "languages"), "languages", "languages__code")

    def labels(self, values, locales):
        return {language.code: str(language) for language in Language.objects.filter(code__in=values)}


class OrganisationFacet(Facet):
    """The member organisation whose space a page lives in; the same organisation in every language."""

    key = "organisation"
    label = _("Organisation")

    def values(self, ids_by_model, content_types):
        in_spaces = {model: ids for model, ids in ids_by_model.items() if issubclass(model, InMemberSpaceMixin)}
        return field_values(in_spaces, "organisation", "organisation__translation_key")

    def labels(self, values, locales):
        active, default = locales
        names = {}
        keys = [value for value in values if is_uuid(value)]
        # The values are profile pages' translation keys, which only their translations share: asking the page table
        # alone lets PostgreSQL use its (translation key, locale) index instead of joining every page to the profiles.
        profiles = with_text_language(Page.objects.filter(translation_key__in=keys, locale__in=[active, default]))
        rows = profiles.order_by().values_list("translation_key", "locale_id", "title", "text_language")
        for key, locale_id, title, language in rows:
            if str(key) not in names or locale_id == active.pk:
                names[str(key)] = TextInLanguage(title, language)
        return names


class YearFacet(Facet):
    key = "year"
    label = _("Year")
    sort_by_value = True

    def labels(self, values, locales):
        return {value: value for value in values if value.isdigit()}

    def values(self, ids_by_model, content_types):
        return union_values(
            [
                matching(model, ids).annotate(year=ExtractYear(date_field)).values_list("pk", "year")
                for (model, date_field), ids in by_declaring_model(
                    ids_by_model, plugin_registry.search_date_field
                ).items()
            ]
        )


class PluginFacet(Facet):
    """A plugin's SearchFacet: the values of a plain field, named by the field's choices when it has them."""

    def __init__(self, declared):
        self.key, self.label, self.field_name = declared.key, declared.label, declared.field

    def values(self, ids_by_model, content_types):
        return field_values(ids_by_model, self.field_name)

    def labels(self, values, locales):
        names = {}
        for model in plugin_registry.search_page_models():
            if has_field(model, self.field_name):
                names.update(
                    {str(value): str(label) for value, label in model._meta.get_field(self.field_name).flatchoices}
                )
        return {value: names.get(value, value) for value in values}


def all_facets():
    return [
        TypeFacet(),
        TaxonomyFacet("theme", _("Theme"), "themes", Theme),
        TaxonomyFacet("region", _("Region"), "regions", Region),
        LanguageFacet(),
        OrganisationFacet(),
        YearFacet(),
        *[PluginFacet(declared) for declared in plugin_registry.search_facets()],
    ]


def chosen_values(query_dict, facets):
    return {facet.key: set(query_dict.getlist(facet.key)[:MAX_CHOSEN_VALUES]) for facet in facets}


def narrow(ranked_ids, content_types, chosen, facets=None):
    """The ranked ids that match every chosen facet value, each facet's counts, and the chosen values their facet
    does not know ([(facet label, value), …]), which are left out as if not chosen: a mistyped address is told, not given
    nothing."""
    facets = facets if facets is not None else all_facets()
    ids_by_model = defaultdict(list)
    models = {content_type: content_type.model_class() for content_type in set(content_types.values())}
    for pk, content_type in content_types.items():
        ids_by_model[models[content_type]].append(pk)
    values = {facet.key: facet.values(ids_by_model, content_types) for facet in facets}
    locales = active_locale(), default_locale()
    # Each facet's names, looked up once for the values of the matches and those chosen.
    labels = {}
    for facet in facets:
        wanted = set().union(*values[facet.key].values()) | chosen.get(facet.key, set())
        labels[facet.key] = facet.labels(wanted, locales) if wanted else {}
    unknown = [
        (facet.label, value)
        for facet in facets
        for value in sorted(chosen.get(facet.key, set()) - set(labels[facet.key]))
    ]
    chosen = {key: wanted & set(labels[key]) for key, wanted in chosen.items() if key in labels}

    # The facets whose choice each page misses: a page counts for a facet when it misses no other facet's choice.
    missed = {
        pk: {key for key, wanted in chosen.items() if wanted and not values[key].get(pk, set()) & wanted}
        for pk in ranked_ids
    }
    results = [pk for pk in ranked_ids if not missed[pk]]
    counted = []
    for facet in facets:
        counts = Counter(
            value for pk in ranked_ids if missed[pk] <= {facet.key} for value in values[facet.key].get(pk, ())
        )
        options = [
            FacetOption(value, labels[facet.key][value], counts.get(value, 0), value in chosen.get(facet.key, ()))
            for value in set(counts) | chosen.get(facet.key, set())
            if value in labels[facet.key]
        ]
        if facet.sort_by_value:
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            options.sort(key=lambda option: (-option.count, option.label.casefold()))
        if options:
            counted.append(FacetCounts(facet.key, facet.label, options))
    return results, counted, unknown
