"""CSV exports that a spreadsheet opens as text, never as formulas.

A title or a name typed by someone else ("=HYPERLINK(...)", "+cmd|...") runs as a formula when an
organiser opens the export in a spreadsheet (CSV injection). Such a cell gets a leading apostrophe, which
spreadsheets read as "this is text" and do not show.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value):
    """The value as a CSV cell: text starting like a formula gets a leading apostrophe; other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For Wagtail's SpreadsheetExportMixin views: their CSV cells are formula-safe (their XLSX already is)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return formula_safe(value) if export_format == self.FORMAT_CSV else value
