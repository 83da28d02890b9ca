"""Wagtail's database search backend, with each language's words analysed as that language (search/analysis.py).

Point WAGTAILSEARCH_BACKENDS' BACKEND here: SQLite with FTS5 and PostgreSQL get the analysing backends; any other
database keeps Wagtail's own.
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as WagtailDatabaseBackend
from wagtail.search.backends.database.fallback import DatabaseSearchBackend


def SearchBackend(params):  # the name Wagtail looks up in a backend's module
    if connection.vendor == "postgresql":
        from search.database_backends.postgres import AnalysingPostgresSearchBackend

        return AnalysingPostgresSearchBackend(params)
    backend = WagtailDatabaseBackend(params)
    if connection.vendor == "sqlite" and not isinstance(backend, DatabaseSearchBackend):
        # Wagtail chose FTS5 (its fallback is for a SQLite without it), whose models only then exist.
        from search.database_backends.sqlite import AnalysingSQLiteSearchBackend

        return AnalysingSQLiteSearchBackend(params)
    return backend
