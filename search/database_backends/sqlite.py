"""SQLite's FTS5 backend fed analysed words: the index keeps each page's words folded and stemmed in its language,
and a query's words go through the same steps in the visitor's language before FTS5 matches them."""

from functools import reduce
from operator import and_, or_

from wagtail.search.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from wagtail.search.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from wagtail.search.index import RelatedFields, SearchField
from wagtail.search.query import Phrase, PlainText
from wagtail.search.utils import get_content_type_pk

from search.analysis import analysed, word_forms
from search.database_backends.languages import language_of, locale_languages, query_language, query_languages


class AnalysingObjectIndexer(ObjectIndexer):
    def __init__(self, obj, backend, language_code):
        super().__init__(obj, backend)
        self.language_code = language_code

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            # Its fields come back through this method, and are analysed there once.
            yield from super().prepare_field(obj, field)
            return
        # Autocompletion matches the start of what is typed: folded, never stemmed.
        stem = isinstance(field, SearchField)
        for current_field, value in super().prepare_field(obj, field):
            yield current_field, analysed(value, self.language_code, stem=stem, for_index=True)


class AnalysingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """Wagtail's add_items, with every object's text analysed in its own language."""
        if not model.get_search_fields():
            return
        languages = locale_languages()
        indexers = [AnalysingObjectIndexer(obj, self.backend, language_of(obj, languages)) for obj in objs]
        if not indexers:
            return
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        fields = {
            indexer.id: {"title": indexer.title, "autocomplete": indexer.autocomplete, "body": indexer.body}
            for indexer in indexers
        }
        indexed_ids = set(entries.filter(object_id__in=fields).values_list("object_id", flat=True))
        for object_id in indexed_ids:
            entries.filter(object_id=object_id).update(**fields[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=get_content_type_pk(model), object_id=object_id, **values)
            for object_id, values in fields.items()
            if object_id not in indexed_ids
        )
        self._refresh_title_norms()


class WordForms(Lexeme):
    """One word of a query matched in any of its forms (its stems in the languages searched): ("form" OR "form")."""

    def as_sql(self, compiler, connection):
        suffix = "*" if self.prefix else ""
        return "%s", ["(" + " OR ".join(f'"{form}"{suffix}' for form in self.value) + ")"]


class AnalysingSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """A query's words analysed in the visitor's language (or in every one: `queries_read_in_every_language`), as
    the index analysed each page's in its own."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            words = [WordForms(forms) for forms in word_forms(query.query_string, query_languages())]
            if words:
                combine = and_ if query.operator.upper() == "AND" else or_
                return SearchQueryExpression(reduce(combine, words))
        elif isinstance(query, Phrase):
            query = Phrase(analysed(query.query_string, query_language()) or query.query_string)
        return super().build_search_query_content(query, config=config)


class AnalysingSQLiteAutocompleteQueryCompiler(SQLiteAutocompleteQueryCompiler):
    """What is typed, folded as autocompletion's index is (never stemmed, so alike in every language)."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            text = analysed(query.query_string, query_language(), stem=False) or query.query_string
            query = PlainText(text, operator=query.operator)
        return super().build_search_query_content(query, config=config)


class AnalysingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = AnalysingSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysingSQLiteAutocompleteQueryCompiler
    index_class = AnalysingSQLiteIndex
