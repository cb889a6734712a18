"""Exhibitions and events: the list (upcoming first, past, filtered), an event, the iCal feed."""

from django.core.management import call_command

PAGES = {}


def prepare():
    call_command("seed_demo", scale=50, verbosity=0)
    from exhibitions.models import Exhibition

    events = Exhibition.objects.published()
    busiest = events.filter(slug="research-and-innovation-exhibition").first() or events.first()
    PAGES.update(
        {
            f"event list ({events.count()} events, ar)": ("/ar/exhibitions/", 50),
            "event list, past (en)": ("/en/exhibitions/?when=past", 50),
            "event list, kind + year (ar)": (
                f"/ar/exhibitions/?when=past&kind=conference&year={busiest.starts_on.year}",
                50,
            ),
            "event detail (ar)": (f"/ar/exhibitions/{busiest.slug}/", 30),
            "calendar.ics (en)": ("/en/exhibitions/calendar.ics", 50),
        }
    )
