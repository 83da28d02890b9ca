"""The one rule for every spreadsheet the admin exports: what people typed stays text, and no cache keeps it.

A title or a name typed by someone else ("=HYPERLINK(...)", "+cmd|...") runs as a formula when an
organiser opens the export in a spreadsheet (CSV injection). In CSV such a cell gets a leading apostrophe,
which spreadsheets read as "this is text" and do not show; in XLSX Wagtail writes every text as a text
cell, which no spreadsheet runs. Exports list people and their addresses: private, never stored by a cache.
"""

from django.utils.cache import patch_cache_control

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value):
    """The value as a CSV cell: text starting like a formula gets a leading apostrophe; other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def column_export(columns):
    """A report's `list_export` and `export_headings` when it exports what it shows: its columns, under their labels."""
    return [column.name for column in columns], {column.name: column.label for column in columns}


class SafeSpreadsheetExportMixin:
    """For views on Wagtail's SpreadsheetExportMixin (its reports and ours): formula-safe CSV cells, no-store."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return formula_safe(value) if export_format == self.FORMAT_CSV else value

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        patch_cache_control(response, private=True, no_store=True)
        return response
