"""PostgreSQL's full-text backend with each page indexed by its own language's text search configuration.

Wagtail's backend reads every page with one configuration (English by default). Here a page's text is first
normalised in Python (search/analysis.py: accents folded, which works without the `unaccent` extension a
database user may not be allowed to create; Arabic letter variants and article), then turned into a vector with its
language's configuration where PostgreSQL has one (`pg_ts_config`: its stemmer and stop words) and `simple`
elsewhere, stemmed in Python when Snowball has the language. A query goes through the same steps in the visitor's
language, or in every language when the visitor searches all of them.
"""

from functools import cache, reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery
from django.db import connections, router
from django.db.models.sql.subqueries import InsertQuery
from wagtail.search.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.index import RelatedFields, SearchField
from wagtail.search.query import Phrase, PlainText
from wagtail.search.utils import get_content_type_pk

from search.analysis import analysed, normalised_words, snowball_language, stems
from search.database_backends.languages import language_of, locale_languages, query_language, query_languages

SIMPLE = "simple"


@cache
def text_search_configurations(alias):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(name for (name,) in cursor.fetchall())


def configuration_for(language_code, alias):
    name = snowball_language(language_code)
    return name if name in text_search_configurations(alias) else SIMPLE


class AnalysingObjectIndexer(ObjectIndexer):
    def __init__(self, obj, backend, language_code, alias):
        super().__init__(obj, backend)
        self.language_code = language_code
        self.config = configuration_for(language_code, alias)

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            # Its fields come back through this method, and are analysed there once.
            yield from super().prepare_field(obj, field)
            return
        # Stemmed here only where PostgreSQL has no stemmer for the language; autocompletion is never stemmed.
        stem = isinstance(field, SearchField) and self.config == SIMPLE
        for current_field, weight, value in super().prepare_field(obj, field):
            yield current_field, weight, analysed(value, self.language_code, stem=stem, for_index=True)


class AnalysingPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Wagtail's add_items (one upsert for the batch), with every object analysed in its own language."""
        if not model.get_search_fields():
            return
        languages = locale_languages()
        alias = self.write_connection.alias
        indexers = [AnalysingObjectIndexer(obj, self.backend, language_of(obj, languages), alias) for obj in objs]
        if not indexers:
            return
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        content_type_pk = get_content_type_pk(model)
        rows_sql, params = [], []
        for indexer in indexers:
            vectors_sql = []
            params += [content_type_pk, indexer.id]
            for field_name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(IndexEntry._meta.get_field(field_name), getattr(indexer, field_name))
                sql, vector_params = value.as_sql(compiler, self.write_connection)
                vectors_sql.append(sql)
                params += vector_params
            params += [indexer.title_text, indexer.body_text]
            rows_sql.append(f"(%s, %s, {', '.join(vectors_sql)}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows_sql)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                    body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class AnalysingPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    """A query's words analysed in the visitor's language (or in every one: `queries_read_in_every_language`), as
    the index analysed each page's in its own: each word matches in any of its languages' readings."""

    def get_config(self, backend):
        return configuration_for(query_language(), router.db_for_read(IndexEntry))

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText) and not invert:
            words = [self.word_query(word) for word in normalised_words(query.query_string)]
            if words:
                return reduce(and_ if query.operator == "and" else or_, words)
        elif isinstance(query, PlainText | Phrase):
            # The visitor's language alone: a phrase keeps its words in order, only one reading at a time.
            text = analysed(query.query_string, query_language(), stem=config == SIMPLE) or query.query_string
            query = Phrase(text) if isinstance(query, Phrase) else PlainText(text, operator=query.operator)
        return super().build_tsquery_content(query, config=config, invert=invert)

    def word_query(self, word):
        alias = router.db_for_read(IndexEntry)
        readings = {}
        for language_code in query_languages():
            configuration = configuration_for(language_code, alias)
            form = stems([word], language_code)[0] if configuration == SIMPLE else word
            readings[(configuration, form)] = SearchQuery(Lexeme(form), search_type="raw", config=configuration)
        return reduce(or_, readings.values())


class AnalysingPostgresAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    """What is typed, folded as autocompletion's index is (never stemmed, so alike in every language)."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText):
            text = analysed(query.query_string, query_language(), stem=False) or query.query_string
            query = PlainText(text, operator=query.operator)
        return super().build_tsquery_content(query, config=config, invert=invert)


class AnalysingPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = AnalysingPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysingPostgresAutocompleteQueryCompiler
    index_class = AnalysingPostgresIndex
