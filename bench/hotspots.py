"""Where an uncached page spends its time (issue 15: "measured with a profiler, not guessed").

    .venv/bin/python bench/hotspots.py home "a partner"          # the pages of bench/load.py
    .venv/bin/python bench/hotspots.py --lang en --requests 200 "an article"

Uses `make bench`'s database (seeded once at --scale 50, bench/load.py), production settings
with the page cache off and fragments in local memory — bench/load.py's "uncached" mode —,
warms each page once, then runs it ``--requests`` times through Django's WSGI handler under
cProfile and prints the mean time per request, the queries per request and the functions that
take the most time (own time and with callees).
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import PAGES, WORK, prepare, site_env  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", choices=sorted(PAGES))
    parser.add_argument("--lang", default="ar", choices=("ar", "en"))
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--scale", type=int, default=50)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}")
    WORK.mkdir(parents=True, exist_ok=True)
    picked = prepare(database_url, args.scale)
    os.environ.update(
        site_env(
            database_url,
            DJANGO_PAGE_CACHE_SECONDS=0,
            CACHE_URL=os.environ.get("CACHE_URL", "locmemcache://"),
            DJANGO_ALLOWED_HOSTS="testserver",
        )
    )
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    client = Client()
    for name in args.pages:
        path = PAGES[name].format(lang=args.lang, **picked)
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        queries = []

        def counted(execute, sql, *rest, queries=queries):
            queries.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(counted):
            client.get(path)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(args.requests):
            client.get(path)
        profiler.disable()
        elapsed = (time.perf_counter() - started) / args.requests
        print(f"\n## {name} ({path}): {1000 * elapsed:.2f} ms a request under the profiler, "
              f"{len(queries)} queries, {len(response.content):,} bytes")  # fmt: skip
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
            print(out.getvalue().split("\n", 6)[-1])


if __name__ == "__main__":
    main()
