"""Copies of shared-cache pages and fragments in each process (intloffice/near_cache.py, issue
15 "Must hold" 2, 3 and 4): a hit reads only the content version from the shared cache, a miss
assembles fragments from the process's copies, and a copy is never served after an edit made on
any server, nor past its page's expiry, nor while the shared cache is down. The copies of the
version counters on Redis: tests/intloffice/test_http_caching.py."""

import pytest
from django.core.cache import caches
from django.core.management import call_command

from intloffice import cache as page_cache_module
from intloffice.cache import VERSION_KEY, bump_version
from intloffice.fragments import FRAGMENT_KEY
from intloffice.near_cache import NearCache, Page, near_cache, near_values
from tests.factories import PageFactory
from tests.live import free_port
from tests.news.factories import ArticleFactory

LANGUAGES = ["ar", "en"]


@pytest.fixture
def shared_pages(settings, site):
    """The page cache in a database table, as production without Redis (shared, not local
    memory): the near copies are in use. On Redis (CI's PostgreSQL pass) the same holds."""
    settings.PAGE_CACHE_SECONDS = 300
    backend = "intloffice.cache_backends.FaultTolerantDatabaseCache"
    settings.CACHES = {**settings.CACHES, "pages": {"BACKEND": backend, "LOCATION": "near_test"}}
    call_command("createcachetable", "near_test", verbosity=0)  # table names, not aliases
    near_cache.clear()
    PageFactory(slug="about-us", title_en="About the office", title_ar="عن المكتب")
    yield caches["pages"]
    near_cache.clear()


def _reads(monkeypatch, cache, method):
    """The keys ``cache.<method>`` (``get`` or ``get_many``) is asked for from now on."""
    reads = []
    original = getattr(type(cache), method)

    def recording(self, keys, *args, **kwargs):
        reads.extend([keys] if method == "get" else keys)
        return original(self, keys, *args, **kwargs)

    monkeypatch.setattr(type(cache), method, recording)
    return reads


@pytest.fixture
def page_reads(shared_pages, monkeypatch):
    """The keys read from the shared page cache, in order."""
    return _reads(monkeypatch, shared_pages, "get")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hit_answers_from_the_copy_without_reading_the_page_again(client, page_reads, language):
    url = f"/{language}/about/about-us/"
    first = client.get(url)
    assert first["X-Cache"] == "miss"
    second = client.get(url)  # read from the shared cache, and copied
    assert second["X-Cache"] == "hit" and page_reads
    read = len(page_reads)
    third = client.get(url)
    assert third["X-Cache"] == "hit" and len(page_reads) == read  # from the copy
    assert third.content == first.content and third["ETag"] == first["ETag"]
    assert third["Content-Type"] == first["Content-Type"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_an_edit_on_another_server_retires_every_copy(client, shared_pages):
    url = "/en/about/about-us/"
    client.get(url)
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    bump_version(VERSION_KEY)  # what a save on another server does to the shared version
    assert client.get(url)["X-Cache"] == "miss"


def test_a_copy_is_not_served_past_its_pages_expiry(client, shared_pages, monkeypatch):
    url = "/en/about/about-us/"
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    later = page_cache_module.time.time() + 301  # after PAGE_CACHE_SECONDS
    monkeypatch.setattr(page_cache_module.time, "time", lambda: later)
    assert client.get(url)["X-Cache"] == "miss"


def test_local_memory_pages_are_not_copied_again(client, settings, site):
    settings.PAGE_CACHE_SECONDS = 300
    locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "near"}
    settings.CACHES = {**settings.CACHES, "pages": locmem}
    near_cache.clear()
    PageFactory(slug="about-us")
    client.get("/en/about/about-us/")
    assert client.get("/en/about/about-us/")["X-Cache"] == "hit"
    assert near_cache.size == 0  # the page cache is this process's memory already


def _page(body, version=1, expires=100.0):
    return Page(version, expires, 200, (("Content-Type", "text/html"),), body)


def test_the_copies_keep_to_their_byte_limit_dropping_the_least_recently_used():
    near = NearCache(limit=10)
    near.put("a", _page(b"1234"))
    near.put("b", _page(b"5678"))
    assert near.get("a", 1, 50.0) is not None  # "a" is now the most recently used
    near.put("c", _page(b"90ab"))
    assert "b" not in near and "a" in near and "c" in near
    assert near.size == 8
    near.put("d", _page(b"x" * 11))  # larger than the whole limit: not kept
    assert "d" not in near and near.size == 8


def test_a_copy_of_another_version_or_expired_is_dropped():
    near = NearCache()
    near.put("a", _page(b"old", version=1, expires=100.0))
    assert near.get("a", 2, 50.0) is None and "a" not in near
    near.put("a", _page(b"old", version=1, expires=100.0))
    assert near.get("a", 1, 100.0) is None and near.size == 0


@pytest.fixture
def shared_default(settings, site):
    """Fragments on, the page cache off, and the default alias in a database table, as
    production without Redis: shared between servers, so this process keeps copies."""
    settings.FRAGMENT_CACHE = True
    backend = "intloffice.cache_backends.FaultTolerantDatabaseCache"
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": backend, "LOCATION": "near_d"}}
    call_command("createcachetable", "near_d", verbosity=0)
    near_values.clear()
    yield caches["default"]
    near_values.clear()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_reads_its_fragments_from_this_processs_copies(
    client, shared_default, monkeypatch, language
):
    article = ArticleFactory(title_en="Tapir exchange", title_ar="تبادل التابير")
    title = {"ar": "تبادل التابير", "en": "Tapir exchange"}[language]
    read = _reads(monkeypatch, shared_default, "get_many")
    url = f"/{language}/news/"
    first = client.get(url).content.decode()
    assert title in first
    assert any(FRAGMENT_KEY in key for key in read)  # looked for, drawn, kept in both places
    read.clear()
    again = client.get(url).content.decode()
    assert again == first
    assert not [key for key in read if FRAGMENT_KEY in key]  # this process's copies
    article.title_en, article.title_ar = "Zebra exchange", "تبادل الحمار الوحشي"
    article.save()  # a new version of the news app: new keys, drawn again
    edited = client.get(url).content.decode()
    assert {"ar": "تبادل الحمار الوحشي", "en": "Zebra exchange"}[language] in edited
    assert title not in edited


def test_nothing_is_copied_while_the_shared_cache_is_down(client, settings, site):
    """Every version reads 0 while Redis does not answer: a copy kept under it would hide
    an edit made meanwhile."""
    settings.FRAGMENT_CACHE = True
    location = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    backend = "intloffice.cache_backends.FaultTolerantRedisCache"
    dead = {"BACKEND": backend, "LOCATION": location, "OPTIONS": {"RETRY_AFTER": 60}}
    settings.CACHES = {"default": dead, "pages": {**dead, "KEY_PREFIX": "pages"}}
    near_values.clear()
    article = ArticleFactory(title_en="Tapir exchange")
    for _ in range(2):
        assert "Tapir exchange" in client.get("/en/news/").content.decode()
    article.title_en = "Zebra exchange"
    article.save()
    html = client.get("/en/news/").content.decode()
    assert "Zebra exchange" in html and "Tapir exchange" not in html
    assert near_values.size == 0
