"""Shared state is shared (issue 14, row 2 and "Must hold" 2): in production without
CACHE_URL, every worker process uses the database cache, created by ``migrate``."""

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from tests.live import Browser, fetch, gunicorn, manage, production_env

PAGE = "/en/about/about-us/"
UNPUBLISH = """
from intloffice.models import Page
page = Page.objects.get(slug="about-us")
page.status = "draft"
page.save()
"""


def spread(function, count, at_once=2):
    """``count`` calls, ``at_once`` at a time: the two sync workers each take some."""
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        return list(pool.map(lambda _: function(), range(count)))


def serving_workers(access_log, path):
    pids = [line.split()[0] for line in access_log.read_text().splitlines() if path in line]
    return pids


def both_workers_answering(base, access_log, seconds=60):
    """Wait until both workers have answered: on a loaded machine the second one boots late,
    and the first would take every request until then."""
    deadline = time.monotonic() + seconds
    while len(set(serving_workers(access_log, "/robots.txt"))) < 2:
        if time.monotonic() > deadline:
            raise AssertionError("the second gunicorn worker did not answer")
        spread(lambda: fetch(base + "/robots.txt").status, 4)


def test_two_workers_share_unpublishing_and_the_contact_limit(live_database, tmp_path):
    access_log = tmp_path / "access.log"
    env = production_env(live_database, tmp_path, DJANGO_PAGE_CACHE_SECONDS="300")
    with gunicorn(env, workers=2, access_log=access_log) as base:
        both_workers_answering(base, access_log)
        before = spread(lambda: fetch(base + PAGE).status, 12)
        assert before == [200] * 12
        manage("shell", "-c", UNPUBLISH, env=env)
        after = spread(lambda: fetch(base + PAGE).status, 12)

        visitor = Browser(base)
        assert visitor.get("/en/contact/").status == 200
        message = {"name": "A", "email": "a@example.org", "subject": "Hello", "message": "Hi"}
        # Four at a time over the two workers: the count is atomic across processes.
        sent = spread(lambda: visitor.post("/en/contact/", message).status, 10, at_once=4)
    assert after == [404] * 12
    assert sorted(sent) == [302] * 5 + [429] * 5
    saved = sqlite3.connect(live_database).execute("SELECT COUNT(*) FROM intloffice_contactmessage")
    assert saved.fetchone()[0] == 5
    # Both workers served pages before and after unpublishing, and contact messages.
    workers = serving_workers(access_log, PAGE)
    assert len(set(workers[:12])) == 2 and len(set(workers[12:])) == 2
    tables = {
        row[0]
        for row in sqlite3.connect(live_database).execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    assert {"intloffice_cache", "intloffice_page_cache"} <= tables  # made by migrate


def test_check_deploy_warns_about_a_per_process_cache(tmp_path):
    env = production_env(tmp_path / "db.sqlite3", tmp_path, DJANGO_HTTPS="1")
    env.pop("DJANGO_SETTINGS_MODULE")
    shared = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert "System check identified no issues" in shared.stdout
    per_process = manage(
        "check", "--deploy", env={**env, "CACHE_URL": "locmemcache://"}, check=False
    )
    assert "intloffice.W001" in per_process.stderr
    assert "The cache 'default' (LocMemCache) is not shared" in per_process.stderr


@pytest.fixture
def database_cache(settings, request):
    """A database cache of its own, its table made as ``migrate`` makes the site's."""
    alias = f"counter_{request.node.name[-20:]}"
    backend = "intloffice.cache_backends.FaultTolerantDatabaseCache"
    settings.CACHES = {**settings.CACHES, alias: {"BACKEND": backend, "LOCATION": alias}}
    call_command("createcachetable", alias, verbosity=0)
    return caches[alias]


@pytest.mark.django_db(transaction=True)
def test_the_database_cache_counts_simultaneous_increments_once_each(database_cache):
    """The contact limit's counter: threads with their own connections increment at once."""
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite's shared in-memory test database has table locks, not busy waits; "
            "the two-worker test above covers SQLite"
        )
    cache = database_cache
    cache.set("counter", 0, 600)

    def add_ten(_):
        try:
            for _ in range(10):
                cache.incr("counter")
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(add_ten, range(6)))
    assert cache.get("counter") == 60
    with pytest.raises(ValueError):
        cache.incr("missing")


@pytest.mark.django_db
def test_the_database_cache_increment_keeps_the_expiry(database_cache):
    cache = database_cache
    cache.set("short", 1, 2)
    assert cache.incr("short", 4) == 5
    assert cache.get("short") == 5
    time.sleep(2.1)
    assert cache.get("short") is None  # not given the default 600 s by the increment
    with pytest.raises(ValueError):
        cache.incr("short")
