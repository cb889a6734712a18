"""Date ranges written the way each site language writes them (shared by every app).

"12–15 March 2026", "28 March – 2 April 2026", "28 December 2025 – 3 January 2026", and in
Arabic "١٢–١٥ مارس ٢٠٢٦" (or Western digits: the digits setting, ``intloffice.digits``). The
month names come from Django's catalogue for the active language. Each end of the range is a
``<time datetime="YYYY-MM-DD">`` so machines read the exact days.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html

from .digits import localize_digits

DAY, DAY_MONTH, FULL = "j", "j F", "j F Y"
TIGHT, SPACED = "–", " – "


def range_pattern(start, end):
    """(start's format, separator, end's format), or None for a single day."""
    if start == end or end is None:
        return None
    if (start.year, start.month) == (end.year, end.month):
        return DAY, TIGHT, FULL
    if start.year == end.year:
        return DAY_MONTH, SPACED, FULL
    return FULL, SPACED, FULL


def _part(value, pattern):
    return localize_digits(date_format(value, pattern))


def date_range_text(start, end=None):
    """The range as plain text in the active language."""
    pattern = range_pattern(start, end)
    if pattern is None:
        return _part(start, FULL)
    first, separator, last = pattern
    return f"{_part(start, first)}{separator}{_part(end, last)}"


def date_range_html(start, end=None):
    """The range as HTML: one ``<time>`` per end."""
    pattern = range_pattern(start, end)
    if pattern is None:
        return format_html('<time datetime="{}">{}</time>', start.isoformat(), _part(start, FULL))
    first, separator, last = pattern
    return format_html(
        '<time datetime="{}">{}</time>{}<time datetime="{}">{}</time>',
        start.isoformat(),
        _part(start, first),
        separator,
        end.isoformat(),
        _part(end, last),
    )


def machine_datetime(value):
    """The value of a ``<time datetime>`` attribute: ``2026-03-12`` for a date, and for a
    datetime the local time in ISO 8601 to the second with its offset
    (``2026-03-12T09:30:00+03:00``) — the HTML standard allows no microseconds."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
