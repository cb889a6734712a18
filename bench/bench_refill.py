"""The first home page after an edit against the home page assembled from cached fragments
(issue 15, must-hold 4: "the first uncached home page after an edit renders within 3× the time
of a cached-fragment render"). Page cache off, as every bench/run.py module; --scale 5.

An edit is a save through the ORM as the admin does it, of the latest article then of the latest
visit (both on the home page): its title edited (its card and the block listing it are drawn
anew, the figures and the other cards are kept). For comparison, the home page after a visit's
start date is moved (the visits' figures are counted again too) and after a bulk change that
renews every app's fragments (``content_changed()``)."""

import datetime
import itertools
import statistics
import time

from django.core.management import call_command
from django.test import Client

REFILL_TARGET = 3.0
ROUNDS = 25

PAGES = {
    "home, fragments cached (ar)": ("/ar/", 30),
    "home, fragments cached (en)": ("/en/", 30),
}


def prepare():
    call_command("seed_demo", scale=5, verbosity=0)


def _ms(client, path):
    start = time.perf_counter()
    response = client.get(path)
    assert response.status_code == 200, path
    return (time.perf_counter() - start) * 1000


def _edit(item, field):
    """A change of ``item``'s ``field`` (one of two values each time), saved."""
    first, rounds = getattr(item, field), itertools.count()

    def change():
        n = next(rounds)
        if isinstance(first, str):
            value = first if n % 2 else f"{first} ({n})"
        else:
            value = first if n % 2 else first - datetime.timedelta(days=1)
        setattr(item, field, value)
        item.save()

    return change


def _after(client, path, change):
    """(median ms of the first render after ``change``, median ms of the cached-fragment render
    right after it): measured in pairs, so a noisy neighbour slows both alike."""
    refills, cached = [], []
    for _ in range(ROUNDS):
        change()
        refills.append(_ms(client, path))
        cached.append(_ms(client, path))
    return statistics.median(refills), statistics.median(cached)


def report():
    from intloffice.cache import content_changed
    from news.models import Article
    from visits.models import Visit

    article = Article.objects.published().order_by("-published_at").first()
    visit = Visit.objects.published().order_by("-starts_on").first()
    client = Client()
    rows = []
    for language in ("ar", "en"):
        path = f"/{language}/"
        for _ in range(3):
            _ms(client, path)
        for label, change, judged in (
            ("an article's title edited", _edit(article, f"title_{language}"), True),
            ("a visit's title edited", _edit(visit, f"title_{language}"), True),
            ("a visit's date moved", _edit(visit, "starts_on"), False),
            ("every app (content_changed)", content_changed, False),
        ):
            median, cached = _after(client, path, change)
            ratio = median / cached
            verdict = (
                ("ok" if ratio <= REFILL_TARGET else "MISSED") if judged else "(for comparison)"
            )
            rows.append(
                f"{f'home after {label} ({language})':<46} {median:7.1f} ms  x{ratio:4.1f} the "
                f"cached-fragment render ({cached:.1f} ms)  target x{REFILL_TARGET:.0f}  {verdict}"
            )
    return rows
