"""Charts of the office's figures: one table of numbers, drawn as a server-side SVG bar chart.

Every figure on the figures page and in the annual report is a ``Chart``: a title, a sentence
describing it, the label of its first column, one or more series, and its rows. The same
``Chart`` gives

- ``svg(chart)``: a horizontal bar chart that needs no JavaScript, no inline style (the CSP
  forbids it) and no web font: ``role="img"`` labelled by its ``<title>`` and ``<desc>``; a
  ``viewBox`` and ``width="100%"`` so it fits a 320 px screen; in Arabic the bars grow from
  the right, labels and the legend start on the right (mirrored), digits as the site sets them;
- the table shown beside it (``templates/includes/chart.html``) with the same numbers;
- ``as_csv(chart)`` and ``as_json(chart)`` for the downloads.

A value is a count (``int``) or a ``disclosure.Cell`` that is not shown (counts about people
below 3: "fewer than 3", or withheld): such a value draws no bar and reads as its words.
"""

import csv
import io
import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from django.utils import translation
from django.utils.translation import gettext, pgettext

from .digits import localize_digits
from .disclosure import SHOWN, SMALL, Cell
from .exports import safe_cell

#: Series colours (fills), distinguishable for the common colour-vision deficiencies and at
#: least 3:1 against white (WCAG non-text contrast).
PALETTE = ("#1f5f8b", "#c05a00", "#2e7d32", "#7b3f9e", "#8a6d00", "#b0274a", "#4a5a6a")

WIDTH = 320  # user units: about the CSS pixels of a 320 px phone, so text stays legible
FONT_SIZE = 16
BAR = 16
GAP = 6
LABEL_LINE = 22
ROW_GAP = 10
FONT_FAMILY = "Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif"


@dataclass
class Chart:
    key: str  # unique, a slug: the anchor and the download's name
    title: str
    description: str
    category_label: str  # the heading of the first column ("Region", "Year")
    series: list  # the series' labels (one series: no legend)
    rows: list = field(default_factory=list)  # [(label, [value per series])]
    note: str = ""

    @property
    def total(self):
        return sum(v for _label, values in self.rows for v in values if isinstance(v, int))

    @property
    def is_empty(self):
        return not self.rows


def shown(value):
    """The count of a value, or None when it is not shown."""
    if isinstance(value, Cell):
        return value.count if value.kind == SHOWN else None
    return value


def value_text(value):
    """A value as a reader sees it (digits per the site's setting)."""
    if isinstance(value, Cell) and value.kind != SHOWN:
        if value.kind == SMALL:
            return localize_digits(gettext("fewer than 3"))
        return gettext("not shown")
    return localize_digits(shown(value))


def table_rows(chart):
    """[(label, [text per series])] for the table beside the chart."""
    return [(label, [value_text(v) for v in values]) for label, values in chart.rows]


def bar_rows(chart):
    """[(label, [(text, percent of the largest, series index)])]: the chart drawn as HTML
    bars, for the PDF (WeasyPrint lays out right-to-left text in HTML, not in SVG)."""
    numbers = [shown(v) or 0 for _label, values in chart.rows for v in values]
    largest = max(numbers, default=0) or 1
    return [
        (
            label,
            [
                (value_text(v), round(85 * (shown(v) or 0) / largest, 1), index % len(PALETTE))
                for index, v in enumerate(values)
            ],
        )
        for label, values in chart.rows
    ]


def _text(x, y, content, direction, **attrs):
    """A line of text that starts at ``x`` in its direction (the right end in RTL)."""
    extra = "".join(f" {name.replace('_', '-')}={quoteattr(str(v))}" for name, v in attrs.items())
    return (
        f'<text x="{x:g}" y="{y:g}" direction="{direction}" text-anchor="start"{extra}>'
        f"{escape(str(content))}</text>"
    )


def svg(chart, rtl=None):
    """The chart as an accessible inline SVG (a string, safe to mark safe)."""
    if rtl is None:
        rtl = translation.get_language_bidi()
    n_series = max(len(chart.series), 1)
    numbers = [shown(v) or 0 for _label, values in chart.rows for v in values]
    largest = max(numbers, default=0) or 1
    value_room = 80  # room after the longest bar for its number (or "fewer than 3")
    scale = (WIDTH - value_room) / largest

    def x_at(offset):
        """A horizontal position measured from the inline start (mirrored in RTL)."""
        return WIDTH - offset if rtl else offset

    start = "rtl" if rtl else "ltr"  # the direction of every text
    parts = []
    y = 0
    if len(chart.series) > 1:  # the legend, in reading order
        offset = 0
        y = LABEL_LINE
        for index, label in enumerate(chart.series):
            width = 16 + 9 * len(str(label))  # the swatch and an estimate of the text
            if offset and offset + width > WIDTH:  # the next line
                offset, y = 0, y + LABEL_LINE
            colour = PALETTE[index % len(PALETTE)]
            box = x_at(offset + 12) if rtl else x_at(offset)
            parts.append(f'<rect x="{box:g}" y="{y - 12}" width="12" height="12" fill="{colour}"/>')
            parts.append(_text(x_at(offset + 16), y, label, start))
            offset += width + 18
        y += ROW_GAP
    for label, values in chart.rows:
        y += LABEL_LINE
        parts.append(_text(x_at(0), y - 6, label, start, font_weight="bold"))
        for index in range(n_series):
            value = values[index] if index < len(values) else 0
            count = shown(value)
            length = (count or 0) * scale
            colour = PALETTE[index % len(PALETTE)]
            if count:
                bar_x = x_at(length) if rtl else 0
                parts.append(
                    f'<rect x="{bar_x:g}" y="{y:g}" width="{length:g}" height="{BAR}" '
                    f'fill="{colour}"/>'
                )
            parts.append(_text(x_at(length + 4), y + BAR - 3, value_text(value), start))
            y += BAR + GAP
        y += ROW_GAP - GAP
    height = y + 4
    title_id, desc_id = f"chart-{chart.key}-title", f"chart-{chart.key}-desc"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height:g}" width="100%" preserveAspectRatio="xMidYMin meet" '
        f'aria-labelledby="{title_id} {desc_id}" font-family="{FONT_FAMILY}" '
        f'font-size="{FONT_SIZE}" fill="#1b1b1b" direction="{start}">'
        f'<title id="{title_id}">{escape(str(chart.title))}</title>'
        f'<desc id="{desc_id}">{escape(describe(chart))}</desc>'
        f"{''.join(parts)}</svg>"
    )


def describe(chart):
    """The chart's description: its own sentence, then what a sighted reader sees first."""
    parts = [str(chart.description)]
    if not chart.rows:
        parts.append(gettext("No data yet."))
        return " ".join(parts)
    if len(chart.series) == 1:
        best = max(chart.rows, key=lambda row: shown(row[1][0]) or 0)
        if shown(best[1][0]):
            parts.append(
                gettext("Largest: %(label)s, %(value)s.")
                % {"label": best[0], "value": value_text(best[1][0])}
            )
    parts.append(
        gettext("%(rows)s rows; the table below the chart gives every number.")
        % {"rows": localize_digits(len(chart.rows))}
    )
    return " ".join(parts)


def _plain(value):
    """A value for the downloads: the count, or the words standing for a hidden count."""
    if isinstance(value, Cell) and value.kind != SHOWN:
        return "<3" if value.kind == SMALL else None
    return shown(value)


def as_rows(chart):
    return [
        {
            "label": str(label),
            **{str(series): _plain(v) for series, v in zip(chart.series, values, strict=False)},
        }
        for label, values in chart.rows
    ]


def as_json(chart):
    return json.dumps(
        {
            "key": chart.key,
            "title": str(chart.title),
            "description": str(chart.description),
            "language": translation.get_language(),
            "category": str(chart.category_label),
            "series": [str(s) for s in chart.series],
            "rows": as_rows(chart),
            "note": str(chart.note),
        },
        ensure_ascii=False,
        indent=1,
    )


def as_csv(chart):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [safe_cell(str(chart.category_label)), *(safe_cell(str(s)) for s in chart.series)]
    )
    for label, values in chart.rows:
        writer.writerow([safe_cell(str(label)), *(_plain(v) for v in values)])
    return out.getvalue()


def year_column():
    return pgettext("chart column", "Year")


def per_year(counts, series_keys, last=10):
    """Rows [(year, [n per series])] from {(year, series key): n}: every year from the first
    with data to the last (at most ``last`` years), empty years included."""
    years = sorted({year for year, _key in counts if year})
    if not years:
        return []
    first = max(years[0], years[-1] - last + 1)
    return [
        (localize_digits(year), [counts.get((year, key), 0) for key in series_keys])
        for year in range(first, years[-1] + 1)
    ]


def by_choice(counts, choices):
    """Rows [(label, [n])] from {choice value: n}, in the choices' order, zeros left out."""
    return [(label, [counts[value]]) for value, label in choices if counts.get(value)]
