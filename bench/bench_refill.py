"""The first home page after an edit against the home page assembled from cached fragments
(issue 15, must-hold 4: "the first uncached home page after an edit renders within 3× the time
of a cached-fragment render"). Page cache off, as every bench/run.py module; --scale 5.

An edit is a save through the ORM as the admin does it: an article (the news app's fragments
are renewed, the other apps' stay), then a visit. For comparison, the home page after a bulk
change that renews every app's fragments (``content_changed()``) is shown too."""

import statistics
import time

from django.core.management import call_command
from django.test import Client

REFILL_TARGET = 3.0
ROUNDS = 15

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


def _after(client, path, change):
    timings = []
    for _ in range(ROUNDS):
        change()
        timings.append(_ms(client, path))
    return statistics.median(timings)


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
        cached = statistics.median(_ms(client, path) for _ in range(ROUNDS * 2))
        for label, change, judged in (
            ("an article saved", article.save, True),
            ("a visit saved", visit.save, True),
            ("every app (content_changed)", content_changed, False),
        ):
            median = _after(client, path, change)
            ratio = median / cached
            verdict = (
                ("ok" if ratio <= REFILL_TARGET else "MISSED") if judged else "(for comparison)"
            )
            rows.append(
                f"{f'home after {label} ({language})':<46} {median:7.1f} ms  x{ratio:4.1f} the "
                f"cached-fragment render ({cached:.1f} ms)  target x{REFILL_TARGET:.0f}  {verdict}"
            )
    return rows
