import contextlib
import os
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.cache import caches
from django.utils import translation

from intloffice import catalogue

# Browser tests drive a live server from the test thread (see STYLE.md "Known pitfalls").
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _per_worker_caches(caches):
    """Give each xdist worker its own Redis database: clear() empties a whole database."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    index = int(worker.removeprefix("gw") or 0) if worker.startswith("gw") else 0
    result = {}
    for name, config in caches.items():
        config = {**config, "KEY_PREFIX": f"test-{worker}-{config.get('KEY_PREFIX', '')}"}
        if config["BACKEND"].endswith("RedisCache"):
            url = urlsplit(config["LOCATION"])
            database = int(url.path.strip("/") or 0) + index
            config["LOCATION"] = urlunsplit(url._replace(path=f"/{database % 16}"))
        result[name] = config
    return result


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Media in a temporary folder, fast hashing, a clean cache and language per test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.PAGE_CACHE_SECONDS = 0  # tests that exercise the page cache switch it on
    # Likewise the fragments (intloffice/fragments.py): query counts here are of full renders.
    # The browser suite, the fragment and query-budget tests switch them on.
    settings.FRAGMENT_CACHE = False
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.CACHES = _per_worker_caches(settings.CACHES)
    for alias in settings.CACHES:
        caches[alias].clear()
    catalogue.reset()  # no interface translations edited in the browser (an empty table)
    # English at the start as well as at the end: a test that changed LOCALE_PATHS or
    # LANGUAGES has Django forget the active language when ``settings`` is restored, after
    # this fixture's teardown, and the next test would otherwise run in LANGUAGE_CODE (Arabic).
    translation.activate("en")
    yield
    for alias in settings.CACHES:
        with contextlib.suppress(Exception):  # a test may have pointed a cache at a dead server
            caches[alias].clear()
    translation.activate("en")


@pytest.fixture
def site(db):
    """The site settings as the demo fills them."""
    from intloffice.demo import SITE
    from intloffice.models import SiteSettings

    site = SiteSettings.get_solo()
    for key, value in SITE.items():
        setattr(site, key, value)
    site.save()
    return site


@pytest.fixture
def staff(db, django_user_model):
    return django_user_model.objects.create_user(
        "staffer", "staff@example.org", "pw", is_staff=True, is_superuser=True
    )


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client
