"""Wagtail's Elasticsearch and OpenSearch backends, made to analyse each page in its own language.

Every page of every language shares one index, whose default analyzer normalises all scripts without stemming
(search/engine_settings.py). On top of that, each page's searchable text is copied into a field for its language,
analysed with the engine's analyzer for that language (stemming, stop words, elision), and a query also matches
that field for the visitor's language: in French, "logements" finds "logement". Languages the engines have no
analyzer for get no such field; the default analysis serves them.

`settings.WAGTAILSEARCH_BACKENDS` names one module of this package per engine (search/engine_settings.py).
"""

from django.utils import translation
from django.utils.functional import cached_property
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import RelatedFields, SearchField
from modelsearch.query import MatchAll
from wagtail.models import Locale

from search.engine_settings import AUTOCOMPLETE_SEARCH_ANALYZER, LANGUAGE_ANALYZERS

# Autocompletion forgives one wrong, missing or extra letter in words of four letters or more.
AUTOCOMPLETE_FUZZINESS = "AUTO:4,100"


def language_field(language_code):
    return f"_text_{language_code}"


def searchable_text(mapping, fields, document):
    """The strings that the SearchField entries among `fields` put in `document`, nested ones included."""
    for field in fields:
        value = document.get(mapping.get_field_column_name(field))
        if isinstance(field, SearchField):
            values = value if isinstance(value, list) else [value]
            yield from (text for text in values if isinstance(text, str))
        elif isinstance(field, RelatedFields) and value:
            nested_mapping = type(mapping)(field.get_field(mapping.model).related_model)
            for nested_document in value if isinstance(value, list) else [value]:
                yield from searchable_text(nested_mapping, field.fields, nested_document)


class LanguageFieldsMapping:
    """Adds a field per analysed language to the mapping, and fills the page's own language's field."""

    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": AUTOCOMPLETE_SEARCH_ANALYZER}

    def get_mapping(self):
        mapping = super().get_mapping()
        for code, analyzer in LANGUAGE_ANALYZERS.items():
            # The index's default_search analyzer would otherwise analyse queries on this field too.
            field = {"type": "text", "analyzer": analyzer, "search_analyzer": analyzer}
            mapping["properties"][language_field(code)] = field
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        code = self.language_of(obj)
        if code in LANGUAGE_ANALYZERS:
            document[language_field(code)] = "\n".join(searchable_text(self, self.model.get_search_fields(), document))
        return document

    def language_of(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        return None if locale_id is None else self.language_codes.get(locale_id)

    @cached_property
    def language_codes(self):
        # One mapping indexes a whole batch: the locales are read once for it, not once per page.
        return dict(Locale.objects.values_list("pk", "language_code"))


class LanguageFieldsQueryCompiler:
    """Matches the visitor's language field as well as the shared text fields, either sufficing."""

    def get_inner_query(self):
        inner_query = super().get_inner_query()
        code = translation.get_language()
        if self.fields or isinstance(self.query, MatchAll) or code not in LANGUAGE_ANALYZERS:
            return inner_query
        in_language = self._compile_query(self.query, Field(language_field(code)))
        return {"bool": {"should": [inner_query, in_language], "minimum_should_match": 1}}


class TypoTolerantAutocompleteQueryCompiler:
    """What is typed matches the beginnings of words, allowing for one typo."""

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        compiled = super()._compile_plaintext_query(query, fields, boost)
        match = compiled.get("multi_match") or next(iter(compiled["match"].values()))
        match.update({"fuzziness": AUTOCOMPLETE_FUZZINESS, "prefix_length": 1})
        return compiled


def language_aware_backend(engine_module):
    """The SearchBackend of one of Wagtail's engine modules, with the language fields mixed in."""
    base = engine_module.SearchBackend
    mapping = type("LanguageFieldsMapping", (LanguageFieldsMapping, base.mapping_class), {})
    query_compiler = type(
        "LanguageFieldsQueryCompiler",
        (LanguageFieldsQueryCompiler, base.query_compiler_class),
        {"mapping_class": mapping},
    )
    autocomplete_compiler = type(
        "AutocompleteQueryCompiler",
        (TypoTolerantAutocompleteQueryCompiler, base.autocomplete_query_compiler_class),
        {"mapping_class": mapping},
    )
    return type(
        f"LanguageAware{base.__name__}",
        (base,),
        {
            "mapping_class": mapping,
            "query_compiler_class": query_compiler,
            "autocomplete_query_compiler_class": autocomplete_compiler,
        },
    )
