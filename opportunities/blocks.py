"""What opportunities adds to pages it does not own, through the plug-in seam
(intloffice/plugins.py): the opportunities closing soonest and the "our scholars abroad"
figures on the home page, and a partner's open opportunities on its page. Registered in
``OpportunitiesConfig.ready()``; each function runs a fixed number of queries."""

from django.db.models import Count
from django.utils import translation
from django_countries import countries

from intloffice.countries import REGIONS, counts_by_region
from intloffice.disclosure import THRESHOLD, WITHHELD, protect_counts

from .models import Degree, Opportunity, StudentAbroad

CLOSING_ON_HOME = 4
OF_A_PARTNER = 6


def closing_soon(request):
    """The open opportunities with the nearest deadlines (one query); nothing when none is open."""
    opportunities = list(
        Opportunity.objects.published()
        .open()
        .for_cards()
        .order_by("deadline", "pk")[:CLOSING_ON_HOME]
    )
    return {"opportunities": opportunities} if opportunities else None


def partner_opportunities(partner, request):
    """The open and upcoming opportunities ``partner`` offers (one query)."""
    opportunities = list(
        Opportunity.objects.published()
        .not_closed()
        .filter(provider_partner=partner)
        .with_state()
        .in_list_order()
        .for_cards()[:OF_A_PARTNER]
    )
    return {"opportunities": opportunities, "partner": partner} if opportunities else None


def _field_key(field_ar, field_en):
    """Rows with the same field (either language, case and spaces ignored) count together."""
    return " ".join((field_en or field_ar or "").split()).casefold()


def scholars_abroad_figures():
    """The students currently abroad as safe aggregate tables (one query): ``total`` and
    ``tables`` [(title, cells or None)], or ``{"total": n}`` alone below the threshold."""
    rows = (
        StudentAbroad.objects.current()
        .order_by()
        .values_list("degree", "country", "field_ar", "field_en")
        .annotate(n=Count("pk"))
    )
    language = translation.get_language()
    by_degree, by_country, by_field, field_labels = {}, {}, {}, {}
    total = 0
    for degree, country, field_ar, field_en, n in rows:
        total += n
        by_degree[degree] = by_degree.get(degree, 0) + n
        by_country[country] = by_country.get(country, 0) + n
        key = _field_key(field_ar, field_en)
        by_field[key] = by_field.get(key, 0) + n
        shown = (field_ar if language == "ar" else field_en) or field_en or field_ar
        field_labels.setdefault(key, shown.strip())
    if total < THRESHOLD:
        return {"total": total, "tables": []}
    names = dict(countries)
    tables = [
        ("degree", protect_counts(by_degree, dict(Degree.choices))),
        (
            "country",
            protect_counts(by_country, {code: names.get(code, code) for code in by_country}),
        ),
        ("field", protect_counts(by_field, field_labels)),
    ]
    withheld = any(cell.kind == WITHHELD for _name, cells in tables for cell in cells or ())
    by_region = counts_by_region(by_country)
    return {
        "total": total,
        "tables": tables,
        "withheld": withheld,
        # The figures page's region chart (opportunities/figures.py), protected the same way.
        "by_region": protect_counts(by_region, dict(REGIONS)),
    }


def scholars_abroad(request):
    figures = scholars_abroad_figures()
    return figures if figures["total"] else None


# --- the search (intloffice/search.py) -----------------------------------------------------


def opportunity_search_words(opportunity):
    """The provider, named in text or as a partner, in both languages."""
    partner = opportunity.provider_partner
    names = [opportunity.provider_name_ar, opportunity.provider_name_en]
    if partner is not None:
        names += [partner.name_ar, partner.name_en]
    return " ".join(name or "" for name in names)


def opportunities_for_search(queryset):
    return queryset.select_related("provider_partner")


def opportunities_of_partner(partner):
    """Renaming a partner reindexes the opportunities it provides."""
    return partner.opportunities.values_list("pk", flat=True)
