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
