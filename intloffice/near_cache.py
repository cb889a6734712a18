"""This process's copies of what it read from the shared cache: pages, and version counters.

**Pages** (``NearCache``), from the shared page cache (Redis, the database).

Without them every page-cache hit moves the whole page (30–40 KB) out of the shared cache. With
them a hit reads only the content version there — the one round trip that keeps every server
exactly as fresh as the shared cache, since any edit on any server bumps it — and answers from
the copy. A copy is used only under the version it was rendered for and until its page's
expiry (``Page.expires``: no later than the next scheduled change), and the least recently used
copies are dropped beyond ``limit`` bytes of pages.

**Version counters** (``NearCounters``: the content version and each app's, cache.py), from
Redis. Every change of one is published on a channel in the same transaction as the change
(``FaultTolerantRedisCache.bump_counter``); the process listens on that channel and uses its
copies only while its subscription holds: any message drops them all, and so does a
reconnection (a message may have been missed meanwhile) or a fork. So a page-cache hit from a
copied page makes no Redis round trip at all — only a poll of the subscription's socket — and
an edit on any server still retires every copy before the next request.
"""

import contextlib
import os
import threading
from collections import OrderedDict
from typing import NamedTuple

from django.http import HttpResponse
from redis.exceptions import RedisError

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


class NearCounters:
    """This process's copies of the counters published on ``channel``; see the module's
    docstring. Safe to share between threads."""

    def __init__(self, channel):
        self.channel = channel
        self._values = {}
        self._pubsub = None
        self._pid = None
        self._listening = False  # subscribed, confirmed since the last (re)connection
        self._lock = threading.RLock()

    def known(self, client, keys):
        """{key: value} of the ``keys`` copied here and unchanged since (``client``, a
        ``redis.Redis``, subscribes on first use: its errors then are raised)."""
        with self._lock:
            self._read_news(client)
            return {key: self._values[key] for key in keys if key in self._values}

    def remember(self, values):
        """Copy ``values`` (read after the news) while the subscription is confirmed."""
        with self._lock:
            if self._listening and self._pid == os.getpid():
                self._values.update(values)

    def forget(self):
        with self._lock:
            self._values.clear()

    def _read_news(self, client):
        if self._pid != os.getpid():  # a new process: the parent's subscription is not ours
            self._pubsub, self._pid, self._listening = None, os.getpid(), False
            self._values.clear()
        if self._pubsub is None:
            self._pubsub = client.pubsub()
            self._pubsub.subscribe(self.channel)
            self._pubsub.connection.register_connect_callback(self._reconnected)
        try:
            while (message := self._pubsub.get_message(timeout=0)) is not None:
                self._values.clear()
                if message["type"] == "subscribe":
                    self._listening = True
        except (RedisError, OSError):  # the subscription broke: subscribe again next time
            self._values.clear()
            self._listening = False
            pubsub, self._pubsub = self._pubsub, None
            with contextlib.suppress(RedisError, OSError):
                pubsub.close()

    def _reconnected(self, connection):
        # redis-py subscribes again by itself; what was published meanwhile is lost.
        self._values.clear()
        self._listening = False


_counters = {}
_counters_lock = threading.Lock()


def near_counters(channel):
    """This process's ``NearCounters`` for ``channel``."""
    with _counters_lock:
        found = _counters.get(channel)
        if found is None:
            found = _counters[channel] = NearCounters(channel)
        return found
