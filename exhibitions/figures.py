"""The events' figures (intloffice/plugins.py ``figures``): events per year by the office's
role. One query."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from intloffice.charts import Chart, by_choice, per_year, year_column

from .models import Exhibition, OfficeRole


def events_per_year(year=None):
    events = Exhibition.objects.published().order_by()
    if year is not None:
        counts = dict(
            events.filter(starts_on__year=year).values_list("role").annotate(n=Count("pk"))
        )
        return Chart(
            key="events-by-role",
            title=_("Events in the year by the office's role"),
            description=_(
                "The exhibitions, fairs and conferences of the year, by the office's role."
            ),
            category_label=_("Role"),
            series=[_("Events")],
            rows=by_choice(counts, OfficeRole.choices),
        )
    rows = (
        events.annotate(year=ExtractYear("starts_on"))
        .values_list("year", "role")
        .annotate(n=Count("pk"))
    )
    counts = {(y, role): n for y, role, n in rows}
    return Chart(
        key="events-per-year",
        title=_("Events per year by the office's role"),
        description=_(
            "The exhibitions, fairs and conferences the office organised, co-organised or took "
            "part in each year (the last ten years)."
        ),
        category_label=year_column(),
        series=[label for _value, label in OfficeRole.choices],
        rows=per_year(counts, [value for value, _label in OfficeRole.choices]),
    )


# --- the annual report's section (plugins.sections("annual_report")) --------------------------


def report_events(report, request):
    """The events of the report's year (one query)."""
    events = list(
        Exhibition.objects.published()
        .filter(starts_on__year=report.year)
        .order_by("starts_on", "pk")
    )
    return {"events": events} if events else None


# --- partner activity and the admin dashboard (plugins.partner_activity, plugins.dashboard) -


def partners_since(since):
    return Exhibition.objects.filter(starts_on__gte=since, partners__isnull=False).values(
        "partners"
    )


def upcoming_events():
    return Exhibition.objects.upcoming().count()
