"""The office in figures and the annual report (DESIGN.md URL map).

- ``/<lang>/about/figures/``: every chart the apps registered (``plugins.figures``), each an
  SVG (``intloffice.charts``) with the same numbers in a table beside it and its CSV/JSON
  download (``/<lang>/about/figures/<key>.csv|json``). A fixed number of queries: each
  registered chart runs its own fixed number.
- ``/<lang>/about/annual-report/<year>/`` and ``…/pdf/``: the ``AnnualReport`` of that year —
  the office's introduction, the year's charts, then the sections the apps registered for
  ``plugins.sections("annual_report")``. Visitors see published years only; staff preview the
  others. The PDF (WeasyPrint, fonts from ``static/fonts/``) is cached under the content
  version (``intloffice.cache``), so any content change makes the next request render anew;
  staff regenerate it from the admin (``AnnualReportAdmin``).
"""

import hashlib
import logging
import time
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from . import charts as chart_tools
from . import plugins
from .cache import content_version
from .digits import ARABIC_INDIC, arabic_digits_style
from .models import AnnualReport, SiteSettings
from .publishing import is_staff_request
from .text import parse_int

logger = logging.getLogger(__name__)

PDF_CACHE_SECONDS = 7 * 24 * 3600
FONTS = (
    # DejaVu's Arabic: one glyph per letter form, so the PDF's text reads back (README there).
    ("Report Arabic", 400, "fonts/dejavu-sans-arabic.woff2"),
    ("Report Arabic", 700, "fonts/dejavu-sans-arabic-bold.woff2"),
    ("Noto Sans", 400, "fonts/noto-sans-latin-400-normal.woff2"),
    ("Noto Sans", 700, "fonts/noto-sans-latin-700-normal.woff2"),
)


# --- the charts --------------------------------------------------------------------------


class ShownChart:
    """A chart with what its page shows: the SVG and the table's rows."""

    def __init__(self, chart, for_print=False):
        self.chart = chart
        self.key = chart.key
        if for_print:
            self.bars = chart_tools.bar_rows(chart)
        else:
            self.svg = mark_safe(chart_tools.svg(chart))  # escaped by charts.svg
        self.rows = chart_tools.table_rows(chart)
        self.multi = len(chart.series) > 1

    def __getattr__(self, name):
        return getattr(self.chart, name)


def all_charts(year=None):
    """Every registered chart (for one year when ``year`` is given), leaving out those that
    have nothing to show."""
    found = []
    for entry in plugins.figures:
        chart = entry.chart(year=year)
        if chart is not None and not chart.is_empty:
            found.append(chart)
    return found


def figures_page(request):
    shown = [ShownChart(chart) for chart in all_charts()]
    reports = list(AnnualReport.objects.published().values_list("year", flat=True))
    return render(request, "intloffice/figures.html", {"charts": shown, "reports": reports})


figures_page.query_params = ()


def chart_download(request, key, data_format):
    """One chart's numbers as CSV or JSON (in the page's language); unknown chart or format:
    404."""
    if data_format not in ("csv", "json"):
        raise Http404
    for entry in plugins.figures:
        chart = entry.chart()
        if chart is not None and chart.key == key:
            break
    else:
        raise Http404
    filename = f"{key}-{translation.get_language()}"
    if data_format == "json":
        response = HttpResponse(
            chart_tools.as_json(chart), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = f'inline; filename="{filename}.json"'
    else:
        response = HttpResponse(chart_tools.as_csv(chart), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


chart_download.query_params = ()


# --- the annual report -------------------------------------------------------------------


def get_report(request, year):
    """The report of ``year`` (text from the URL): 404 for anything but a year a visitor may
    see (staff see unpublished years too)."""
    number = parse_int(year)
    if number is None or not 1900 <= number <= 9999:
        raise Http404
    reports = AnnualReport.objects.all()
    if not is_staff_request(request):
        reports = reports.published()
    report = reports.filter(year=number).first()
    if report is None:
        raise Http404
    return report


def report_sections(report, request):
    """[{id, title, html}] of every section the apps registered with something for the year."""
    sections = []
    for entry in plugins.sections("annual_report"):
        data = entry.context(report, request)
        if data is None:
            continue
        sections.append(
            {
                "id": "report-" + entry.key.replace(".", "-"),
                "title": entry.options.get("title", ""),
                "html": mark_safe(render_to_string(entry.template, data, request=request)),
            }
        )
    return sections


def report_context(report, request, for_print=False):
    return {
        "report": report,
        "site": SiteSettings.get_solo(),
        "charts": [ShownChart(chart, for_print) for chart in all_charts(report.year)],
        "sections": report_sections(report, request),
        "other_years": list(
            AnnualReport.objects.published().exclude(pk=report.pk).values_list("year", flat=True)
        ),
    }


def annual_report(request, year):
    report = get_report(request, year)
    return render(request, "intloffice/annual_report.html", report_context(report, request))


annual_report.query_params = ()


def _font_faces():
    faces = []
    for family, weight, name in FONTS:
        path = finders.find(name) or Path(settings.STATIC_ROOT or "", name)
        faces.append((family, weight, Path(path).resolve().as_uri()))
    return faces


def pdf_cache_key(report, language):
    raw = f"{report.pk}:{report.year}:{report.updated_at.isoformat()}:{language}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:24]
    return f"intloffice:annual-report-pdf:{content_version()}:{digest}"


def render_pdf(report, request):
    """The report as PDF bytes, in the active language (WeasyPrint)."""
    from weasyprint import HTML  # imported on use: it loads pango

    context = report_context(report, request, for_print=True)
    context["palette"] = chart_tools.PALETTE
    context["fonts"] = _font_faces()
    context["page_counter_style"] = (
        "arabic-indic"
        if translation.get_language_bidi() and arabic_digits_style() == ARABIC_INDIC
        else "decimal"
    )
    html = render_to_string("intloffice/annual_report_pdf.html", context, request=request)
    return HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()


def report_pdf(report, request, refresh=False):
    """The cached PDF of ``report`` in the active language, rendered when missing (or when
    ``refresh``)."""
    key = pdf_cache_key(report, translation.get_language())
    pdf = None if refresh else cache.get(key)
    if pdf is None:
        started = time.perf_counter()
        pdf = render_pdf(report, request)
        logger.info(
            "annual report %s rendered in %.2f s", report.year, time.perf_counter() - started
        )
        try:
            cache.set(key, pdf, PDF_CACHE_SECONDS)
        except Exception:  # a failing cache: serve the PDF anyway
            logger.warning("could not cache the annual report PDF", exc_info=True)
    return pdf


def annual_report_pdf(request, year):
    report = get_report(request, year)
    response = HttpResponse(report_pdf(report, request), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="annual-report-{report.year}-{translation.get_language()}.pdf"'
    )
    return response


annual_report_pdf.query_params = ()
