"""The office in figures and the annual report on the demo content (seed_demo, scale 1):
the figures page, the report page, and the report's PDF rendered afresh (WeasyPrint, no cache)
in each language — target under 5 s (issue 18)."""

import statistics
import time

from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone, translation

YEAR = timezone.localdate().year - 1
PDF_TARGET_MS = 5000
PDF_ROUNDS = 3

PAGES = {
    "figures (ar)": ("/ar/about/figures/", 150),
    "figures (en)": ("/en/about/figures/", 150),
    "annual report (ar)": (f"/ar/about/annual-report/{YEAR}/", 150),
    "annual report (en)": (f"/en/about/annual-report/{YEAR}/", 150),
}


def prepare():
    from intloffice.models import AnnualReport

    call_command("seed_demo", verbosity=0)
    AnnualReport.objects.update_or_create(
        year=YEAR,
        defaults={
            "is_published": True,
            "introduction_en": "<p>The office's year: partners, visits, events.</p>",
            "introduction_ar": "<p>عام المكتب: شركاء وزيارات وفعاليات.</p>",
        },
    )


def report():
    """The PDF's render time (median of a few fresh renders), its size and page count."""
    import io

    import pypdf

    from intloffice.figures import render_pdf
    from intloffice.models import AnnualReport

    annual = AnnualReport.objects.get(year=YEAR)
    rows = []
    for language in ("ar", "en"):
        request = RequestFactory().get(f"/{language}/about/annual-report/{YEAR}/pdf/")
        request.user = None
        timings = []
        with translation.override(language):
            start = time.perf_counter()
            render_pdf(annual, request)  # the first render loads fonts and templates
            cold = (time.perf_counter() - start) * 1000
            for _ in range(PDF_ROUNDS):
                start = time.perf_counter()
                pdf = render_pdf(annual, request)
                timings.append((time.perf_counter() - start) * 1000)
        median = statistics.median(timings)
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        rows.append(
            f"{f'annual report PDF ({language})':<34} {f'{YEAR}, {pages} pages, {len(pdf) // 1024} KiB':<48}"
            f" {median:7.1f} ms  first render {cold:.0f} ms  target {PDF_TARGET_MS} ms"
            f"  {'ok' if median <= PDF_TARGET_MS else 'MISSED'}"
        )
    return rows
