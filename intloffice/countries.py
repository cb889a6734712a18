"""Country names and their order (django-countries).

The package's Arabic names need a few corrections (hamza on the alef, the usual official
names): ``settings.COUNTRIES_OVERRIDE`` gives them as names translated in this catalogue.

The package sorts country lists with pyuca when it is installed, else by the ASCII letters of
each name — which leaves Arabic names in English order. ``use_site_collation()`` (called once
from ``IntlofficeConfig.ready``) makes it sort by ``collation_key``: the search folding of
``intloffice.text`` (hamza seats, alef variants, taa marbuta, diacritics, case, accents) with
the Arabic article set aside, so «إندونيسيا» files under ا, «اليابان» under ي, «Åland» under A.
"""

import django_countries
from django.utils.translation import gettext_lazy as _

from .text import normalize_search_text


def collation_key(name):
    """A sort key for a name in either script: folded as search folds it, and in Arabic without
    the article of its first word, as Arabic lists of countries are ordered (the United
    Nations' among them): «الأردن» files under ر after «إثيوبيا», «اليابان» under ي."""
    folded = normalize_search_text(name)
    if folded.startswith("ال") and len(folded) > 3:
        folded = folded[2:]
    return folded


def _sort_key(item):
    return collation_key(item[1])


def use_site_collation():
    """Make django-countries sort its lists with ``collation_key`` (its module-level key)."""
    django_countries.sort_key = _sort_key
    django_countries.countries.__dict__.pop("_iter_cache", None)


# --- regions (the figures page and the annual report group countries by them) -------------

ARAB_STATES, AFRICA, ASIA_PACIFIC, EUROPE, NORTH_AMERICA, LATIN_AMERICA, OTHER_REGION = (
    "arab_states",
    "africa",
    "asia_pacific",
    "europe",
    "north_america",
    "latin_america",
    "other",
)

#: The regions in the order they are listed, with their names (a UNESCO-like grouping: the
#: member states of the League of Arab States form their own region).
REGIONS = (
    (ARAB_STATES, _("Arab States")),
    (AFRICA, _("Africa")),
    (ASIA_PACIFIC, _("Asia and the Pacific")),
    (EUROPE, _("Europe")),
    (NORTH_AMERICA, _("North America")),
    (LATIN_AMERICA, _("Latin America and the Caribbean")),
    (OTHER_REGION, _("Other")),
)

_REGION_CODES = {
    ARAB_STATES: "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH",
    AFRICA: (
        "AO BJ BW BF BI CV CM CF TD CD CG CI GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MU "
        "YT MZ NA NE NG RE RW SH ST SN SC SL ZA SS TZ TG UG ZM ZW"
    ),
    ASIA_PACIFIC: (
        "AF AM AZ BD BT BN KH CN CY GE HK IN ID IR IL JP KZ KP KR KG LA MO MY MV MN MM NP PK "
        "PH SG LK TW TJ TH TL TR TM UZ VN AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG "
        "PN WS SB TK TO TV VU WF IO CX CC"
    ),
    EUROPE: (
        "AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV "
        "LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB"
    ),
    NORTH_AMERICA: "BM CA GL PM US UM",
    LATIN_AMERICA: (
        "AI AG AR AW BS BB BZ BO BQ BR VG KY CL CO CR CU CW DM DO EC SV FK GF GD GP GT GY HT "
        "HN JM MQ MX MS NI PA PY PE PR BL KN LC MF VC SX SR TT TC VI UY VE"
    ),
}
_REGION_OF = {code: region for region, codes in _REGION_CODES.items() for code in codes.split()}


def region_of(code):
    """The region key of an ISO 3166-1 alpha-2 country code (``OTHER_REGION`` when unknown)."""
    return _REGION_OF.get(str(code or "").upper(), OTHER_REGION)


def counts_by_region(counts):
    """{region key: n} from {country code: n}, in ``REGIONS`` order, empty regions left out."""
    totals = {}
    for code, n in counts.items():
        region = region_of(code)
        totals[region] = totals.get(region, 0) + n
    return {key: totals[key] for key, _label in REGIONS if totals.get(key)}
