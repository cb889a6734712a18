"""A failing part degrades, it does not take the site down (issue 14, row 1 and "Must hold" 1).

Against real services: gunicorn serving the production settings, Redis on a port where nothing
listens (then a throwaway Redis started there), a SQLite database that cannot be opened.
"""

import json
import logging
import time

import pytest
from django.core.cache import caches
from django.db import OperationalError

from tests.live import (
    Browser,
    database_down,
    fetch,
    free_port,
    gunicorn,
    production_env,
    redis_server,
)

from .conftest import ADMIN_PASSWORD

PAGE = "/en/about/about-us/"


def test_redis_down_pages_login_and_health_then_recovery(live_database, tmp_path):
    port = free_port()  # nothing listens there until the end of the test
    errors = tmp_path / "errors.log"
    env = production_env(
        live_database,
        tmp_path,
        CACHE_URL=f"redis://127.0.0.1:{port}/0?retry_after=1",
        DJANGO_PAGE_CACHE_SECONDS="300",
        DJANGO_LOG_LEVEL="WARNING",
    )
    with gunicorn(env, error_log=errors) as base:
        for path in (PAGE, "/ar/about/about-us/", "/en/", "/ar/partners/najaf/"):
            for _ in range(3):
                response = fetch(base + path)
                assert response.status == 200, path
                assert "X-Cache" not in response.headers  # rendered, not cached
        health = fetch(f"{base}/healthz")
        assert health.status == 503
        assert json.loads(health.text) == {"database": "ok", "cache": "unavailable"}

        # The admin login works: the session is kept in the database.
        admin = Browser(base)
        assert admin.get("/admin/login/").status == 200
        login = admin.post("/admin/login/", {"username": "admin", "password": ADMIN_PASSWORD})
        assert login.status == 302
        assert admin.get("/admin/").status == 200

        # Throttling still counts (in the database): the fifth failure locks the user name out
        # from this address, even with the right password.
        intruder = Browser(base)
        intruder.get("/admin/login/")
        wrong = {"username": "editor", "password": "wrong"}
        statuses = [intruder.post("/admin/login/", wrong).status for _ in range(5)]
        assert statuses == [200, 200, 200, 200, 429]
        right = {"username": "editor", "password": ADMIN_PASSWORD}
        assert intruder.post("/admin/login/", right).status == 429

        # Redis comes back: after the retry delay the pages are cached again, by themselves.
        with redis_server(port):
            time.sleep(1.5)
            assert fetch(base + PAGE).headers.get("X-Cache") == "miss"
            assert fetch(base + PAGE).headers.get("X-Cache") == "hit"
            assert fetch(f"{base}/healthz").status == 200
    log = errors.read_text()
    assert log.count("serving without it") == 1, log  # once per interval, not per request
    assert "is answering again" in log


def test_database_down_serves_cached_pages_and_a_styled_503_then_recovers(live_database, tmp_path):
    with redis_server() as port:
        env = production_env(
            live_database,
            tmp_path,
            CACHE_URL=f"redis://127.0.0.1:{port}/0",
            DJANGO_PAGE_CACHE_SECONDS="300",
        )
        with gunicorn(env) as base:
            assert fetch(base + PAGE).headers.get("X-Cache") == "miss"
            with database_down(live_database):
                cached = fetch(base + PAGE)
                assert cached.status == 200
                assert cached.headers["X-Cache"] == "hit"
                assert "About the office" in cached.text
                english = fetch(f"{base}/en/partners/")
                assert english.status == 503
                assert english.headers["Retry-After"] == "30"
                assert '<html lang="en" dir="ltr">' in english.text
                assert "The site is briefly unavailable" in english.text
                arabic = fetch(f"{base}/ar/partners/")
                assert arabic.status == 503
                assert '<html lang="ar" dir="rtl">' in arabic.text
                assert "الموقع غير متاح لبرهة" in arabic.text
                health = fetch(f"{base}/healthz")
                assert health.status == 503
                assert json.loads(health.text) == {"database": "unavailable", "cache": "ok"}
            assert fetch(f"{base}/en/partners/").status == 200
            assert fetch(f"{base}/healthz").status == 200


def test_a_database_error_in_a_view_answers_the_503_page(client, db, monkeypatch):
    def broken(self, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("intloffice.views.HomeView.get_context_data", broken)
    client.raise_request_exception = False
    response = client.get("/ar/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "الموقع غير متاح لبرهة" in response.content.decode()


@pytest.fixture
def dead_redis(settings):
    """Both cache aliases on a port where nothing listens, retried at once."""
    location = f"redis://127.0.0.1:{free_port()}/0"
    backend = "intloffice.cache_backends.FaultTolerantRedisCache"
    options = {"RETRY_AFTER": 0.3}
    settings.CACHES = {
        "default": {"BACKEND": backend, "LOCATION": location, "OPTIONS": options},
        "pages": {
            "BACKEND": backend,
            "LOCATION": location,
            "KEY_PREFIX": "pages",
            "OPTIONS": options,
        },
    }
    return location


def test_every_cache_operation_is_a_miss_while_redis_is_down(dead_redis):
    cache = caches["default"]
    assert cache.get("k") is None
    assert cache.get("k", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("k", 1) is False
    assert cache.set("k", 1) is None
    assert cache.has_key("k") is False
    assert cache.delete("k") is False
    assert cache.get_or_set("k", 5) == 5
    with pytest.raises(ValueError):
        cache.incr("k")
    assert cache.ping() is False


def test_failure_logged_once_and_not_retried_within_the_delay(dead_redis, caplog, monkeypatch):
    from intloffice.cache_backends import FaultTolerantRedisCache

    cache = caches["default"]
    calls = []
    real_get = FaultTolerantRedisCache.__mro__[2].get  # Django's RedisCache.get

    def counting_get(self, *args, **kwargs):
        calls.append(args)
        return real_get(self, *args, **kwargs)

    monkeypatch.setattr(FaultTolerantRedisCache.__mro__[2], "get", counting_get)
    with caplog.at_level(logging.ERROR, logger="intloffice.cache"):
        for _ in range(20):
            cache.get("k")
        caches["pages"].get("k")
    assert len(calls) == 1  # the first call failed; the others did not knock again
    assert len([r for r in caplog.records if r.name == "intloffice.cache"]) == 1


def test_the_cache_recovers_by_itself(dead_redis, caplog):
    cache = caches["default"]
    assert cache.get("k") is None
    port = int(dead_redis.rsplit(":", 1)[1].split("/")[0])
    with redis_server(port), caplog.at_level(logging.WARNING, logger="intloffice.cache"):
        time.sleep(0.35)
        cache.set("k", "back")
        assert cache.get("k") == "back"
        cache.clear()
    assert any("answering again" in record.getMessage() for record in caplog.records)
