"""The visits' figures (intloffice/plugins.py ``figures``): incoming visits and outgoing
delegations per year, visitors by category (the numbers of the home page's figures block,
``blocks.home_figures``). One query each."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from intloffice.charts import Chart, by_choice, per_year, year_column

from .models import Direction, Person, PersonCategory, Visit


def visits_per_year(year=None):
    visits = Visit.objects.published().order_by()
    if year is not None:
        counts = dict(
            visits.filter(starts_on__year=year).values_list("direction").annotate(n=Count("pk"))
        )
        return Chart(
            key="visits-by-direction",
            title=_("Visits and delegations in the year"),
            description=_("Incoming visits and outgoing delegations during the year."),
            category_label=_("Direction"),
            series=[_("Visits")],
            rows=by_choice(counts, Direction.choices),
        )
    rows = (
        visits.annotate(year=ExtractYear("starts_on"))
        .values_list("year", "direction")
        .annotate(n=Count("pk"))
    )
    counts = {(y, direction): n for y, direction, n in rows}
    return Chart(
        key="visits-per-year",
        title=_("Incoming visits and outgoing delegations per year"),
        description=_(
            "The number of incoming visits and of outgoing delegations each year "
            "(the last ten years)."
        ),
        category_label=year_column(),
        series=[label for _value, label in Direction.choices],
        rows=per_year(counts, [value for value, _label in Direction.choices]),
    )


def visitors_by_category(year=None):
    people = Person.objects.all()
    if year is None:
        people = people.visitors()
    else:
        people = people.filter(
            participations__visit__in=Visit.objects.published().filter(
                direction=Direction.INCOMING, starts_on__year=year
            )
        ).distinct()
    counts = people.counts_by_category()
    return Chart(
        key="visitors-by-category",
        title=_("Visitors by category"),
        description=_("The people who came on incoming visits, by category."),
        category_label=_("Category"),
        series=[_("Visitors")],
        rows=by_choice(counts, PersonCategory.choices),
    )


# --- the annual report's section (plugins.sections("annual_report")) --------------------------


def report_visits(report, request):
    """The visits and delegations of the report's year with their heads of delegation
    (2 queries, ``for_list`` prefetches the heads and photos)."""
    visits = list(
        Visit.objects.published()
        .filter(starts_on__year=report.year)
        .for_list()
        .order_by("starts_on", "pk")
    )
    return {"visits": visits} if visits else None


# --- partner activity and the admin dashboard (plugins.partner_activity, plugins.dashboard) -


def hosts_since(since):
    return Visit.objects.filter(starts_on__gte=since, host_partner__isnull=False).values(
        "host_partner"
    )


def organisations_since(since):
    from .models import VisitParticipant

    return VisitParticipant.objects.filter(
        visit__starts_on__gte=since, person__organisation__isnull=False
    ).values("person__organisation")


def visits_without_photos():
    return Visit.objects.without_photos().count()


def visits_without_arabic():
    return Visit.objects.without_arabic_text().count()
