"""What exhibitions adds to pages it does not own, through the plug-in seam
(intloffice/plugins.py): the next events on the home page, the events of a partner on its page,
and the events column of the countries page. Registered in ``ExhibitionsConfig.ready()``; each
function runs a fixed number of queries."""

from django.utils.translation import gettext_lazy as _

from intloffice.fragments import Cards

from .models import CARD_MODELS, Exhibition

NEXT_ON_HOME = 4
OF_A_PARTNER = 6


def upcoming(request):
    """The next upcoming or ongoing events (2 queries; 1 while their cards are kept); nothing
    when there is none."""
    events = Cards(
        Exhibition.objects.published().upcoming().for_list()[:NEXT_ON_HOME], keep=CARD_MODELS
    )
    return {"exhibitions": events} if events else None


def partner_events(partner, request):
    """The latest events ``partner`` took part in (2 queries; 1 while their cards are kept)."""
    events = Exhibition.objects.published().with_partner(partner).for_list()
    events = Cards(events.order_by("-starts_on", "-pk")[:OF_A_PARTNER], keep=CARD_MODELS)
    if not events:
        return None
    return {"exhibitions": events, "heading": _("Exhibitions and events"), "partner": partner}


def counts_by_country():
    """{country code: published events} (one query)."""
    return Exhibition.objects.published().counts_by_country()


# --- the search (intloffice/search.py) -----------------------------------------------------


def exhibition_search_words(exhibition):
    """The place, in both languages: "book fair Cairo" finds the fair."""
    return " ".join(
        getattr(exhibition, f"{name}_{code}") or ""
        for name in ("venue", "city")
        for code in ("ar", "en")
    )
