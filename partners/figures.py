"""The partners' figures (intloffice/plugins.py ``figures``): partners by region and by kind,
agreements in force by kind, agreements signed per year. One query each; the home page's
figures (``blocks.home_figures``) count the same QuerySets."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from intloffice.charts import Chart, by_choice, per_year, year_column
from intloffice.countries import REGIONS, counts_by_region

from .blocks import counts_by_country
from .models import Agreement, AgreementKind, PartnerKind


def partners_by_region(year=None):
    if year is not None:
        return None
    counts = counts_by_region(counts_by_country())
    return Chart(
        key="partners-by-region",
        title=_("Partners by region"),
        description=_("The number of partner institutions in each region of the world."),
        category_label=_("Region"),
        series=[_("Partners")],
        rows=by_choice(counts, REGIONS),
    )


def partners_by_kind(year=None):
    if year is not None:
        return None
    from .models import Partner

    counts = dict(
        Partner.objects.published().order_by().values_list("kind").annotate(n=Count("pk"))
    )
    return Chart(
        key="partners-by-kind",
        title=_("Partners by kind"),
        description=_("The number of partner institutions of each kind."),
        category_label=_("Kind"),
        series=[_("Partners")],
        rows=by_choice(counts, PartnerKind.choices),
    )


def agreements_in_force_by_kind(year=None):
    agreements = Agreement.objects.published().public()
    if year is None:
        agreements = agreements.in_force()
        title = _("Agreements in force by kind")
        description = _("The agreements in force today, by kind.")
    else:
        agreements = agreements.filter(signed_on__year=year)
        title = _("Agreements signed in the year by kind")
        description = _("The agreements signed during the year, by kind.")
    counts = dict(agreements.order_by().values_list("kind").annotate(n=Count("pk")))
    return Chart(
        key="agreements-by-kind",
        title=title,
        description=description,
        category_label=_("Kind"),
        series=[_("Agreements")],
        rows=by_choice(counts, AgreementKind.choices),
    )


def agreements_per_year(year=None):
    if year is not None:
        return None
    rows = (
        Agreement.objects.published()
        .public()
        .order_by()
        .annotate(year=ExtractYear("signed_on"))
        .values_list("year")
        .annotate(n=Count("pk"))
    )
    counts = {(y, "all"): n for y, n in rows}
    return Chart(
        key="agreements-per-year",
        title=_("Agreements signed per year"),
        description=_("The number of agreements signed each year (the last ten years)."),
        category_label=year_column(),
        series=[_("Agreements signed")],
        rows=per_year(counts, ["all"]),
    )


# --- the annual report's section (plugins.sections("annual_report")) --------------------------


def report_agreements(report, request):
    """The public agreements signed in the report's year, with their partners (2 queries)."""
    agreements = list(
        Agreement.objects.published()
        .public()
        .filter(signed_on__year=report.year)
        .prefetch_related("partners")
        .order_by("signed_on", "pk")
    )
    return {"agreements": agreements} if agreements else None


# --- the admin dashboard (plugins.dashboard) -----------------------------------------------


def agreements_without_scan():
    return Agreement.objects.filter(document="").count()


def inactive_partners():
    from .models import Partner, inactive_cutoff

    return Partner.objects.inactive_since(inactive_cutoff()).count()
