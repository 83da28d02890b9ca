"""Asking the search backend, with the database backend standing in whenever the engine fails.

The engine only ranks: it returns pages, best first, which every backend loads from the database through the queryset
it was given, so they are live and public now even when the engine's index lags behind. Facets and pagination are
then worked out in the database over their ids, the same way whatever the backend (see search/facets.py).
"""

import logging
import unicodedata

from django.conf import settings
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import parse_query_string

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200  # characters: longer queries are cut (README, Search)
MAX_HITS = 1000  # the best matches facets and pages are made from
# What the search page needs of each match: to list it, and to tell its copies in other languages (search/copies.py).
LISTED_FIELDS = ("pk", "content_type_id", "title", "locale_id", "translation_key", "alias_of_id")


def engine_errors():
    """What the engines' clients raise when the engine is down, slow or refuses a request."""
    errors = []
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [TransportError, ApiError]
    except ImportError:
        pass
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:
        pass
    return tuple(errors)


ENGINE_ERRORS = engine_errors()


def clean_query(text):
    return " ".join((text or "").split())[:MAX_QUERY_LENGTH]


def searchable_words(text):
    """The query as backends can take it: punctuation and symbols become spaces (every backend splits words on
    them anyway, and some read them as operators), double quotes stay for phrases, an unpaired one is dropped."""
    kept = "".join(
        " " if unicodedata.category(character)[0] in "PS" and character != '"' else character for character in text
    )
    if kept.count('"') % 2:
        head, _quote, tail = kept.rpartition('"')
        kept = head + " " + tail
    return kept


def uses_engine():
    return "database" in settings.WAGTAILSEARCH_BACKENDS


def _ask(backend_name, method, query, queryset, limit, **kwargs):
    backend = get_search_backend(backend_name)
    return list(getattr(backend, method)(query, queryset, **kwargs)[:limit])


def _ask_with_fallback(method, query, queryset, limit, **kwargs):
    if uses_engine():
        try:
            return _ask("default", method, query, queryset, limit, **kwargs)
        except ENGINE_ERRORS as error:
            logger.warning("Search engine unavailable (%s); answering from the database", error)
            return _ask("database", method, query, queryset, limit, **kwargs)
    return _ask("default", method, query, queryset, limit, **kwargs)


def ranked_pages(text, queryset, limit=MAX_HITS, operator="and"):
    """The pages of `queryset` matching `text`, best first: words must all match ("or": any of them), "quoted words"
    as a phrase. Only their id, type and title are loaded (a thousand whole pages would take longer to build than to
    rank)."""
    words = searchable_words(clean_query(text))
    if not words.replace('"', " ").strip():
        return []
    _filters, query = parse_query_string(words, operator=operator)
    return _ask_with_fallback(
        "search", query, queryset.only(*LISTED_FIELDS), limit, operator=operator, order_by_relevance=True
    )


def autocomplete_ids(text, queryset, limit):
    words = searchable_words(clean_query(text)).replace('"', " ").strip()
    return [page.pk for page in _ask_with_fallback("autocomplete", words, queryset, limit)] if words else []
