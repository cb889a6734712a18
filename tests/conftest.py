import os
import shutil

import pytest
from django.core.cache import cache
from django.utils import translation

# Browser tests drive a live server from the test thread (see STYLE.md "Known pitfalls").
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Media in a temporary folder, fast hashing, a clean cache and language per test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    caches = {name: {**config} for name, config in settings.CACHES.items()}
    for config in caches.values():
        config["KEY_PREFIX"] = f"test-{worker}"
    settings.CACHES = caches
    cache.clear()
    yield
    cache.clear()
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


def chromium_path():
    return shutil.which("chromium")
