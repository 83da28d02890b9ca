"""On PostgreSQL, the expression Wagtail's database backend searches has an index of its own."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index is PostgreSQL's (SQLite searches FTS5)")
def test_search_matches_title_and_body_through_an_index():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'hub_search_indexentry_title_body_gin'")
        (definition,) = cursor.fetchone()
    assert "USING gin" in definition and "(title || body)" in definition
