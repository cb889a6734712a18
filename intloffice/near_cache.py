"""This process's copies of the pages it read from the shared page cache (Redis, the database).

Without them every page-cache hit moves the whole page (30–40 KB) out of the shared cache. With
them a hit reads only the content version there — the one round trip that keeps every server
exactly as fresh as the shared cache, since any edit on any server bumps it — and answers from
the copy. A copy is used only under the version it was rendered for and until its page's
expiry (``Page.expires``: no later than the next scheduled change), and the least recently used
copies are dropped beyond ``limit`` bytes of pages.
"""

import threading
from collections import OrderedDict
from typing import NamedTuple

from django.http import HttpResponse

#: Bytes of page bodies a process keeps copies of.
NEAR_CACHE_BYTES = 32 * 1024 * 1024


class Page(NamedTuple):
    """A stored page: plain values, so a copy is shared safely and unpickled cheaply."""

    version: int  # the content version it was rendered under
    expires: float  # time.time() after which it must not be served
    status: int
    headers: tuple  # ((name, value), ...)
    body: bytes

    @classmethod
    def of(cls, response, version, expires):
        return cls(
            version, expires, response.status_code, tuple(response.items()), response.content
        )

    def response(self):
        return HttpResponse(self.body, status=self.status, headers=dict(self.headers))


class NearCache:
    def __init__(self, limit=NEAR_CACHE_BYTES):
        self.limit = limit
        self.size = 0
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, key):
        return key in self._pages

    def get(self, key, version, now):
        """The copy of ``key`` if it was rendered under ``version`` and is not expired."""
        with self._lock:
            page = self._pages.get(key)
            if page is None:
                return None
            if page.version != version or page.expires <= now:
                self._discard(key)
                return None
            self._pages.move_to_end(key)
            return page

    def put(self, key, page):
        with self._lock:
            self._discard(key)
            if len(page.body) > self.limit:
                return
            self._pages[key] = page
            self.size += len(page.body)
            while self.size > self.limit:
                _key, oldest = self._pages.popitem(last=False)
                self.size -= len(oldest.body)

    def clear(self):
        with self._lock:
            self._pages.clear()
            self.size = 0

    def _discard(self, key):
        page = self._pages.pop(key, None)
        if page is not None:
            self.size -= len(page.body)


near_cache = NearCache()
