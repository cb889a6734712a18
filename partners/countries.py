"""The countries page's table: one row per country, one column per count an app registered
on the plug-in seam (``plugins.country_counts`` — partners and visits register theirs in their
``AppConfig.ready()``, each with a label, a ``counts()`` function returning
``{country code: n}`` from one query, the list that ``?country=XX`` filters, and an order)."""

from django.urls import reverse
from django_countries import countries

from intloffice import plugins


def count_sources():
    """[(key, label)] in their declared order (the table's columns)."""
    return [(entry.key, entry.label) for entry in plugins.country_counts]


def source_list_urls():
    """{key: URL of the list that ``?country=XX`` filters}."""
    return {entry.key: reverse(entry.list_url) for entry in plugins.country_counts}


def country_rows():
    """One row per country with anything to count: code, name (active language), the count of
    every source (0 where it has none) and their total. Unsorted."""
    per_source = {entry.key: entry.counts() for entry in plugins.country_counts}
    codes = set().union(*per_source.values()) if per_source else set()
    names = dict(countries)
    rows = []
    for code in codes:
        if code not in names:  # a code django-countries does not know (data from elsewhere)
            continue
        counts = {key: per_source[key].get(code, 0) for key in per_source}
        rows.append(
            {
                "code": code,
                "name": str(names[code]),
                "counts": counts,
                "total": sum(counts.values()),
            }
        )
    return rows
