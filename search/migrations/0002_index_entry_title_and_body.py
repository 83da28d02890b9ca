"""On PostgreSQL, a GIN index over what Wagtail's database backend matches queries against.

Its search filters index entries with `(title || body) @@ query`: the GIN indexes Wagtail keeps on `title` and on
`body` apart cannot serve that expression, so every search read the whole index table (226 ms for one word over
52,000 pages, 23 ms with this index: docs/performance.md). SQLite's backend searches its own FTS table instead.
"""

from django.db import migrations

INDEX = "hub_search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_weekly_query_counts"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
