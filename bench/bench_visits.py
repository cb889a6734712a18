"""Visits: the list with participants and thumbnails, a filtered list, a detail page."""

from django.core.management import call_command

PAGES = {}


def prepare():
    call_command("seed_demo", scale=50, verbosity=0)
    from visits.models import Visit

    visits = Visit.objects.published()
    busiest = max(visits[:200], key=lambda v: v.participations.count())
    country = visits.values_list("country", flat=True).first()
    PAGES.update(
        {
            f"visit list ({visits.count()} visits, ar)": ("/ar/visits/", 50),
            "visit list, country + year (en)": (f"/en/visits/?country={country}&year=2025", 50),
            "visit detail, most participants (ar)": (f"/ar/visits/{busiest.slug}/", 30),
        }
    )
