"""What visits adds to pages it does not own, through the plug-in seam (intloffice/plugins.py):
home-page figures and recent visits, the visits of a partner on its page, the visit an
agreement was signed during on the agreement's page, and the visits column of the countries
page. Registered in ``VisitsConfig.ready()``; each function runs a fixed number of queries."""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intloffice.fragments import Cards

from .models import CARD_MODELS, Person, PersonCategory, Visit, card_lookups

RECENT_ON_HOME = 4
OF_A_PARTNER = 6


def home_figures(request):
    """Visits this year, countries visited from or to, visitors by category (2 queries);
    nothing while no visit is published."""
    year = timezone.localdate().year
    totals = Visit.objects.published().aggregate(
        this_year=Count("pk", filter=Q(starts_on__year=year)),
        countries=Count("country", distinct=True),
        total=Count("pk"),
    )
    if not totals["total"]:
        return None
    counts = Person.objects.visitors().counts_by_category()
    categories = [
        (label, counts[value]) for value, label in PersonCategory.choices if counts.get(value)
    ]
    return {"year": year, "totals": totals, "categories": categories}


def recent(request):
    """The latest published visits, as cards (3 queries; 1 while their cards are kept)."""
    return {"visits": Cards(Visit.objects.published()[:RECENT_ON_HOME], card_lookups, CARD_MODELS)}


def partner_visits(partner, request):
    """The latest visits hosted by ``partner`` or with its people taking part (3 queries; 1
    while their cards are kept)."""
    visits = Visit.objects.published().with_partner(partner)[:OF_A_PARTNER]
    return {
        "visits": Cards(visits, card_lookups, CARD_MODELS),
        "heading": _("Visits and delegations"),
        "partner": partner,
    }


def with_signing_visit(queryset):
    """The agreement page's own query reads the visit too (``select_related``)."""
    return queryset.select_related("signing__visit")


def agreement_visit(agreement, request):
    """The published visit ``agreement`` was signed during, or nothing."""
    try:
        visit = agreement.signing.visit
    except ObjectDoesNotExist:
        return None
    return {"visit": visit} if visit.is_published else None


def counts_by_country():
    """{country code: published visits} (one query)."""
    return Visit.objects.published().counts_by_country()


# --- the search (intloffice/search.py) -----------------------------------------------------


def visit_search_words(visit):
    """The people shown on the visit (honorific, name, position) and its city, in every
    language, so a search for a visitor's name finds the visits they took part in."""
    words = [visit.city_ar, visit.city_en]
    for participation in visit.participations.all():
        person = participation.person
        for field in ("honorific", "name", "position"):
            words += [getattr(person, f"{field}_ar", ""), getattr(person, f"{field}_en", "")]
    return " ".join(filter(None, words))


def visits_for_search(queryset):
    return queryset.prefetch_related("participations__person")


def visit_of_participation(participation):
    return [participation.visit_id]


def visits_of_person(person):
    return person.participations.values_list("visit_id", flat=True)
