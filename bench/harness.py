"""Shared benchmark harness: median time of uncached page renders, as figures and as a ratio
against a bare Django view measured in the same run (DESIGN.md "Performance rules").

A benchmark module under bench/ defines ``prepare()`` (fill the database, e.g. call seed_demo
with --scale) and ``PAGES`` (name -> (path, target_ms)); ``bench/run.py`` runs them all on a
fresh SQLite database (or DATABASE_URL) with the page cache off.
"""

import statistics
import time

from django.db import connection, reset_queries
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext


def bare_view(request):
    return HttpResponse("ok")


def measure(client, path, rounds=30, warmup=3):
    """(median ms, queries per request, status) for GET path."""
    for _ in range(warmup):
        response = client.get(path)
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    query_count = len(queries)  # read before reset_queries(): captured_queries is lazy
    reset_queries()
    return statistics.median(timings), query_count, response.status_code


def run_pages(pages, rounds=30):
    """Measure every page; return rows and whether every target was met."""
    client = Client()
    bare_ms, _queries, _status = measure(client, "/__bench_bare__", rounds=rounds)
    rows, ok = [], True
    for name, (path, target_ms) in pages.items():
        median_ms, queries, status = measure(client, path, rounds=rounds)
        met = status == 200 and median_ms <= target_ms
        ok &= met
        rows.append(
            f"{name:<34} {path:<48} {median_ms:7.1f} ms  x{median_ms / bare_ms:6.1f} bare"
            f"  {queries:3d} queries  target {target_ms} ms  {'ok' if met else 'MISSED'}"
        )
    rows.insert(0, f"{'bare Django view':<34} {'/__bench_bare__':<48} {bare_ms:7.1f} ms")
    return rows, ok
