"""Spreadsheet-safe values for every CSV and XLSX the site writes (open data, admin exports)."""

#: A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text that a spreadsheet would run as a formula, prefixed with ``'`` so it stays text.

    Numbers, dates and empty values are returned as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
