"""Spreadsheet-safe values for every CSV and XLSX the site writes (open data, admin exports)."""

from import_export import resources

#: A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text that a spreadsheet would run as a formula, prefixed with ``'`` so it stays text.

    Numbers, dates and empty values are returned as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeModelResource(resources.ModelResource):
    """The base of every admin export (django-import-export): each exported cell goes through
    ``safe_cell``, so neither the CSV nor the XLSX file carries a live formula."""

    def export_field(self, field, instance, **kwargs):
        return safe_cell(super().export_field(field, instance, **kwargs))
