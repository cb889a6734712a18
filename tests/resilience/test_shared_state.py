"""Shared state is shared (issue 14, row 2 and "Must hold" 2): in production without
CACHE_URL, every worker process uses the database cache, created by ``migrate``."""

import sqlite3
from concurrent.futures import ThreadPoolExecutor

from tests.live import Browser, fetch, gunicorn, manage, production_env

PAGE = "/en/about/about-us/"
UNPUBLISH = """
from intloffice.models import Page
page = Page.objects.get(slug="about-us")
page.status = "draft"
page.save()
"""


def spread(function, count):
    """``count`` calls, two at a time: two sync workers each take some."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda _: function(), range(count)))


def serving_workers(access_log, path):
    pids = [line.split()[0] for line in access_log.read_text().splitlines() if path in line]
    return pids


def test_two_workers_share_unpublishing_and_the_contact_limit(live_database, tmp_path):
    access_log = tmp_path / "access.log"
    env = production_env(live_database, tmp_path, DJANGO_PAGE_CACHE_SECONDS="300")
    with gunicorn(env, workers=2, access_log=access_log) as base:
        before = spread(lambda: fetch(base + PAGE).status, 12)
        assert before == [200] * 12
        manage("shell", "-c", UNPUBLISH, env=env)
        after = spread(lambda: fetch(base + PAGE).status, 12)

        visitor = Browser(base)
        assert visitor.get("/en/contact/").status == 200
        message = {"name": "A", "email": "a@example.org", "subject": "Hello", "message": "Hi"}
        # One after another: the database cache's increment is not atomic, so two messages
        # landing in the same instant could both pass (noted for issue 14's follow-up).
        sent = [visitor.post("/en/contact/", message).status for _ in range(8)]
    assert after == [404] * 12
    assert sorted(sent) == [302] * 5 + [429] * 3
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
