"""Demo content of the news app (``manage.py seed_demo``): articles of every kind over three
years, statements of every kind (one of them corrected, with its history), the fortnightly
magazine, leaflets, a catalogue, a film and clips in several languages. Creates news rows only;
articles point at the partners, visits and events the earlier demos made (``DEPENDS_ON``).

Idempotent: rows are found by slug (articles by the stable key at the start of it, see
``articles.article_key``) and only missing ones are created. ``--scale N`` adds
``(N - 1) * 42`` archive articles through ``bulk_create`` (already-clean HTML, no pictures).
"""

from .articles import archive, articles, categories
from .event_news import event_news
from .publications import publications
from .statements import statements

DEPENDS_ON = ("partners", "visits", "exhibitions")


def seed(scale=1, stdout=None):
    found = categories()
    return {
        "articles": articles(found) + event_news(found) + archive(found, scale),
        "statements": statements(),
        "publications": publications(),
    }
