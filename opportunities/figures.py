"""The opportunities' figures (intloffice/plugins.py ``figures``): opportunities published per
year by kind; the university's scholars abroad by degree and by region — aggregates only, with
the small counts hidden as on the home page (``blocks.scholars_abroad_figures``, the same
numbers, one query)."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from intloffice.charts import Chart, by_choice, per_year, year_column

from .blocks import scholars_abroad_figures
from .models import Opportunity, OpportunityKind


def opportunities_per_year(year=None):
    opportunities = Opportunity.objects.published().order_by()
    if year is not None:
        counts = dict(
            opportunities.filter(opens_on__year=year).values_list("kind").annotate(n=Count("pk"))
        )
        return Chart(
            key="opportunities-by-kind",
            title=_("Opportunities published in the year by kind"),
            description=_("The scholarships, calls and programmes announced during the year."),
            category_label=_("Kind"),
            series=[_("Opportunities")],
            rows=by_choice(counts, OpportunityKind.choices),
        )
    rows = (
        opportunities.annotate(year=ExtractYear("opens_on"))
        .values_list("year", "kind")
        .annotate(n=Count("pk"))
    )
    counts = {(y, kind): n for y, kind, n in rows}
    return Chart(
        key="opportunities-per-year",
        title=_("Opportunities published per year by kind"),
        description=_(
            "The scholarships, research funding calls, exchange programmes and trainings "
            "announced each year (the last ten years)."
        ),
        category_label=year_column(),
        series=[label for _value, label in OpportunityKind.choices],
        rows=per_year(counts, [value for value, _label in OpportunityKind.choices]),
    )


NOTE = gettext_lazy(
    "Counts about people: “fewer than 3” hides small numbers so that no student can be "
    "identified; “not shown” hides a further number so that the small ones cannot be worked "
    "out from the total."
)


def _scholars_chart(key, title, description, category, cells):
    return Chart(
        key=key,
        title=title,
        description=description,
        category_label=category,
        series=[_("Students")],
        rows=[(cell.label, [cell]) for cell in cells or ()],
        note=str(NOTE),
    )


def _scholars(year):
    """The current scholars' tables (one query): none for one year (they are a current state)."""
    if year is not None:
        return None
    figures = scholars_abroad_figures()
    return figures if figures["total"] and figures["tables"] else None


def scholars_by_degree(year=None):
    figures = _scholars(year)
    if figures is None:
        return None
    cells = dict(figures["tables"])["degree"]
    return _scholars_chart(
        "scholars-by-degree",
        _("Our scholars abroad by degree"),
        _("The university's students now taking a master's or a doctorate abroad, by degree."),
        _("Degree"),
        cells,
    )


def scholars_by_region(year=None):
    figures = _scholars(year)
    if figures is None:
        return None
    return _scholars_chart(
        "scholars-by-region",
        _("Our scholars abroad by region"),
        _("The university's students now taking a master's or a doctorate abroad, by region."),
        _("Region"),
        figures["by_region"],
    )


# --- partner activity and the admin dashboard (plugins.partner_activity, plugins.dashboard) -


def providers_since(since):
    return Opportunity.objects.filter(opens_on__gte=since, provider_partner__isnull=False).values(
        "provider_partner"
    )


def open_opportunities():
    return Opportunity.objects.open().count()
