"""Counts per country for the countries page, from every app that has something to count.

Each *source* is ``(key, label, function)``; the function returns ``{country code: count}``
from one query. Partners register theirs here; another app adds its own from its AppConfig's
``ready()`` without this app importing it::

    from partners.countries import register_count_source
    register_count_source("visits", _("Visits"), visit_counts_by_country, "visits:visit_list")

``list_url_name`` names the list that a ``?country=XX`` filters: each count links there.
"""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import Partner

_SOURCES = {}


def register_count_source(key, label, function, list_url_name):
    _SOURCES[key] = (label, function, list_url_name)


def count_sources():
    """[(key, label)] in registration order (the table's columns)."""
    return [(key, label) for key, (label, _function, _url) in _SOURCES.items()]


def source_list_urls():
    """{key: URL of the list that ``?country=XX`` filters}."""
    return {key: reverse(url_name) for key, (_label, _function, url_name) in _SOURCES.items()}


def partner_counts_by_country():
    rows = (
        Partner.objects.published()
        .order_by()
        .values("country")
        .annotate(n=Count("pk"))
        .values_list("country", "n")
    )
    return {code: n for code, n in rows if code}


register_count_source("partners", _("Partners"), partner_counts_by_country, "partners:partner_list")


def country_rows():
    """One row per country with anything to count: code, name (active language), the count of
    every source (0 where it has none) and their total. Unsorted."""
    per_source = {key: function() for key, (_label, function, _url) in _SOURCES.items()}
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
