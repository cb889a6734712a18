"""The shared page cache for anonymous visitors (DESIGN.md "Performance rules").

Every cached page's key holds the current *content version*, a number kept in the shared
cache. Saving or deleting any content bumps it, so every app server stops serving the old
pages at once; old entries simply expire.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control

VERSION_KEY = "intloffice:content-version"
# Rows that are not content: saving them must not empty the page cache.
NOT_CONTENT = {"sessions", "admin", "axes", "reversion", "contenttypes", "auth"}
NOT_CONTENT_MODELS = {"intloffice.contactmessage"}


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_content_version(**kwargs):
    sender = kwargs.get("sender")
    meta = getattr(sender, "_meta", None)
    if meta is not None and (
        meta.app_label in NOT_CONTENT or meta.label_lower in NOT_CONTENT_MODELS
    ):
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new value differs from the old keys
        cache.set(VERSION_KEY, 2, timeout=None)


post_save.connect(bump_content_version, dispatch_uid="intloffice-content-save")
post_delete.connect(bump_content_version, dispatch_uid="intloffice-content-delete")
m2m_changed.connect(bump_content_version, dispatch_uid="intloffice-content-m2m")


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


class PageCacheMiddleware:
    """Serve and store public GET pages for visitors who have no session.

    A response is stored only when it is a 200 that sets no cookie, does not vary on the
    cookie and is not marked private; pages with a form (contact) set the CSRF cookie and are
    therefore never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = _language_prefixes()

    def _key(self, request):
        raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
        return f"intloffice:page:{content_version()}:{digest}"

    def _cacheable_request(self, request):
        return (
            request.method in ("GET", "HEAD")
            and request.path.startswith(self.prefixes)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        seconds = settings.PAGE_CACHE_SECONDS
        key = None
        if seconds > 0:
            try:
                key = self._key(request)
            except Exception:  # a bad Host header: let Django answer 400 as usual
                return self.get_response(request)
            cached = cache.get(key)
            if cached is not None:
                cached["X-Cache"] = "hit"
                return cached
        response = self.get_response(request)
        if self._cacheable_response(response):
            # Shared caches in front (nginx, a CDN) may keep it briefly too.
            patch_cache_control(response, public=True, max_age=60)
            if key is not None:
                cache.set(key, response, seconds)
                response["X-Cache"] = "miss"
        return response

    @staticmethod
    def _cacheable_response(response):
        if response.status_code != 200 or response.cookies or response.streaming:
            return False
        vary = response.get("Vary", "").lower()
        control = response.get("Cache-Control", "").lower()
        return "cookie" not in vary and "private" not in control and "no-" not in control


def content_changed():
    """Bump the content version by hand (after a bulk update that sends no signals)."""
    bump_content_version()
