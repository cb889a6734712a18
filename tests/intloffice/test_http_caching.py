"""HTTP caching (issue 15, "Must hold" 4 and 5): ETag and 304 on anonymous pages, whether
rendered or served from the page cache; shared caches in front keep a page at most a minute and
never past the moment a scheduled item is due; staff pages are private."""

import datetime
import io
import json
import os
import subprocess
import sys
import time

import pytest
from django.utils import timezone

from intloffice.cache import SHARED_MAX_AGE
from intloffice.models import Page
from intloffice.publishing import Status
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory

LANGUAGES = ["ar", "en"]


@pytest.fixture
def cached(settings, site):
    settings.PAGE_CACHE_SECONDS = 300
    PageFactory(slug="about-us", title_en="About the office", title_ar="عن المكتب")


def max_age(response):
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        if name == "max-age":
            return int(value)
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_answers_304_to_its_etag_rendered_or_cached(client, cached, language):
    url = f"/{language}/about/about-us/"
    first = client.get(url)
    assert first["X-Cache"] == "miss"
    etag = first["ETag"]
    assert etag.startswith('"') and len(etag) > 10
    assert "public" in first["Cache-Control"] and max_age(first) == SHARED_MAX_AGE
    hit = client.get(url)
    assert hit["X-Cache"] == "hit" and hit["ETag"] == etag
    not_modified = client.get(url, headers={"if-none-match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert client.get(url, headers={"if-none-match": '"stale"'}).status_code == 200


def test_an_edit_changes_the_etag(client, cached):
    etag = client.get("/en/about/about-us/")["ETag"]
    page = PageFactory._meta.model.objects.get(slug="about-us")
    page.title_en = "About us, rewritten"
    page.save()
    response = client.get("/en/about/about-us/", headers={"if-none-match": etag})
    assert response.status_code == 200
    assert "About us, rewritten" in response.content.decode()
    assert response["ETag"] != etag


def test_the_pages_of_the_two_languages_have_their_own_etags(client, cached):
    assert client.get("/ar/about/about-us/")["ETag"] != client.get("/en/about/about-us/")["ETag"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_pages_are_private_and_never_stored(client, cached, staff, language):
    client.force_login(staff)
    response = client.get(f"/{language}/about/about-us/")
    assert response.status_code == 200
    control = response["Cache-Control"]
    assert "private" in control and "no-cache" in control and "public" not in control
    assert "X-Cache" not in response


def test_a_page_is_kept_no_longer_than_until_a_scheduled_item_is_due(client, cached):
    due = timezone.now() + datetime.timedelta(seconds=3)
    ArticleFactory(title_en="Scheduled bulletin", status=Status.PUBLISHED, published_at=due)
    first = client.get("/en/news/")
    assert "Scheduled bulletin" not in first.content.decode()
    assert first["X-Cache"] == "miss"
    assert max_age(first) <= 3
    assert client.get("/en/news/")["X-Cache"] == "hit"
    time.sleep(max(0, (due - timezone.now()).total_seconds()) + 1.1)
    later = client.get("/en/news/")
    assert "Scheduled bulletin" in later.content.decode()  # on time: the old page is gone
    assert max_age(later) == SHARED_MAX_AGE  # nothing else is scheduled


def test_a_draft_in_the_future_does_not_shorten_the_cache(client, cached):
    ArticleFactory(
        title_en="Draft",
        status=Status.DRAFT,
        published_at=timezone.now() + datetime.timedelta(seconds=5),
    )
    response = client.get("/en/news/")
    assert max_age(response) == SHARED_MAX_AGE
    assert client.get("/en/news/")["X-Cache"] == "hit"


@pytest.fixture
def redis_commands(settings, monkeypatch):
    """The Redis commands this process sends (the test needs CACHE_URL on Redis)."""
    from django.core.cache import caches

    if not settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        pytest.skip("needs CACHE_URL=redis://… (the PostgreSQL pass of CI sets it)")
    import redis

    sent = []
    original = redis.client.Redis.execute_command

    def counting(self, *args, **options):
        sent.append((args[0], len(args) - 1))  # (command, number of keys or arguments)
        return original(self, *args, **options)

    monkeypatch.setattr(redis.client.Redis, "execute_command", counting)
    assert caches["default"]._cache.get_client() is caches["default"]._cache.get_client()
    return sent


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_cache_hit_is_one_redis_round_trip_then_none(
    client, cached, redis_commands, language
):
    url = f"/{language}/about/about-us/"
    assert client.get(url)["X-Cache"] == "miss"
    redis_commands.clear()
    response = client.get(url)
    assert response["X-Cache"] == "hit"
    assert redis_commands == [("MGET", 2)]  # the content version and the page
    client.get(url)  # the page is this process's copy now, and so is the version soon
    redis_commands.clear()
    for _ in range(3):
        again = client.get(url)
        assert again["X-Cache"] == "hit" and again.content == response.content
    assert redis_commands == []  # both copies are used while Redis published no change


def _edit_elsewhere(settings, code):
    """Run ``code`` in another process sharing this test's Redis database and key prefix:
    what a save on another app server does to the shared cache."""
    setup = (
        "import json, os, django; from django.conf import settings; django.setup(); "
        "settings.CACHES = json.loads(os.environ['SHARED_CACHES']); "
    )
    env = {**os.environ, "SHARED_CACHES": json.dumps(settings.CACHES), "DJANGO_DEBUG": "1"}
    env["DJANGO_SETTINGS_MODULE"] = "intloffice.settings"
    subprocess.run([sys.executable, "-c", setup + code], env=env, check=True, timeout=120)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_edit_on_another_server_retires_this_processs_copies(
    client, cached, redis_commands, settings, language
):
    url = f"/{language}/about/about-us/"
    for _ in range(3):
        client.get(url)
    redis_commands.clear()
    assert client.get(url)["X-Cache"] == "hit" and redis_commands == []
    _edit_elsewhere(settings, "from intloffice.cache import content_changed; content_changed()")
    response = client.get(url)
    assert response["X-Cache"] == "miss" and redis_commands  # the new version was read
    assert client.get(url)["X-Cache"] == "hit"


def test_no_copy_is_trusted_after_the_subscription_broke(client, cached, redis_commands):
    """A change published while the process was not listening is lost: a reconnection drops
    every copy, and the version is read again."""
    from django.core.cache import caches

    from intloffice.cache import VERSION_KEY

    url = "/en/about/about-us/"
    for _ in range(3):
        client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    default = caches["default"]
    redis = default._cache.get_client(write=True)
    database = redis.connection_pool.connection_kwargs["db"]
    subscribers = [
        entry["id"] for entry in redis.client_list(_type="pubsub") if int(entry["db"]) == database
    ]
    assert subscribers  # this process listens
    for subscriber in subscribers:
        redis.client_kill_filter(_id=subscriber)
    redis.incr(default.make_and_validate_key(VERSION_KEY))  # changed without a message
    redis_commands.clear()
    assert client.get(url)["X-Cache"] == "miss" and ("MGET", 1) in redis_commands
    for _ in range(3):
        client.get(url)  # listening again
    redis_commands.clear()
    assert client.get(url)["X-Cache"] == "hit" and redis_commands == []


def test_seed_demo_empties_the_page_cache_after_bulk_inserts(client, cached, monkeypatch):
    """Demos bulk-create (no signals); the command still makes the next request fresh."""
    import types

    from django.core.management import call_command

    from intloffice.management.commands import seed_demo
    from intloffice.models import Page

    def seed(scale, stdout):
        Page.objects.bulk_create(
            [Page(slug="bulk", title_en="Bulk page", title_ar="صفحة", status=Status.PUBLISHED)]
        )

    fake = types.SimpleNamespace(seed=seed, DEPENDS_ON=())
    monkeypatch.setattr(seed_demo, "demo_modules", lambda: {"intloffice": fake})
    client.get("/en/about/about-us/")
    assert client.get("/en/about/about-us/")["X-Cache"] == "hit"
    call_command("seed_demo", stdout=io.StringIO())
    assert client.get("/en/about/about-us/")["X-Cache"] == "miss"


def test_a_redis_that_refuses_subscriptions_serves_without_copies(
    client, cached, redis_commands, settings, caplog, monkeypatch
):
    """A Redis whose ACL forbids SUBSCRIBE: every version is read each time (no copy is
    trusted), the refused subscription is not asked again on every request, Redis is not
    taken for down, and an edit is seen at once."""
    import redis
    from django.core.cache import caches

    subscriptions = []
    subscribe = redis.client.PubSub.subscribe

    def counting(self, *args, **kwargs):
        subscriptions.append(args)
        return subscribe(self, *args, **kwargs)

    monkeypatch.setattr(redis.client.PubSub, "subscribe", counting)

    default = settings.CACHES["default"]
    admin = caches["default"]._cache.get_client(write=True)
    user = f"intloffice-no-subscribe-{os.getpid()}"
    admin.acl_setuser(
        user, enabled=True, passwords=["+no-subscribe-pw"], keys=["*"], channels=["*"],
        commands=["+@all", "-subscribe", "-psubscribe", "-ssubscribe"], reset=True,
    )  # fmt: skip
    try:
        location = default["LOCATION"].replace("redis://", f"redis://{user}:no-subscribe-pw@")
        settings.CACHES = {
            "default": {**default, "LOCATION": location},
            "pages": {**settings.CACHES["pages"], "LOCATION": location},
        }
        url = "/en/about/about-us/"
        with caplog.at_level("ERROR", logger="intloffice.cache"):
            for _ in range(4):
                assert client.get(url).status_code == 200
            redis_commands.clear()
            assert client.get(url)["X-Cache"] == "hit"
            assert ("MGET", 1) in redis_commands  # the version, read: no copy is trusted
            page = Page.objects.get(slug="about-us")
            page.title_en = "The office, edited"
            page.save()
            response = client.get(url)
            assert response["X-Cache"] == "miss"
            assert "The office, edited" in response.content.decode()
        assert len(subscriptions) == 1  # refused once, not asked again meanwhile
        assert not caplog.records  # Redis was never taken for down
    finally:
        admin.acl_deluser(user)
