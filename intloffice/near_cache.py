"""This process's copies of what it read from the shared cache: pages, values that never change
under their key, and version counters.

**Pages** (``NearCache``), from the shared page cache (Redis, the database).

Without them every page-cache hit moves the whole page (30–40 KB) out of the shared cache. With
them a hit reads only the content version there — the one round trip that keeps every server
exactly as fresh as the shared cache, since any edit on any server bumps it — and answers from
the copy. A copy is used only under the version it was rendered for and until its page's
expiry (``Page.expires``: no later than the next scheduled change), and the least recently used
copies are dropped beyond ``limit`` bytes of pages.

**Values** (``get_many``, ``set_many``): fragments and the like, whose keys carry every
version they depend on, so a key's value never changes while it exists; a copy is kept until
the moment the value would expire in the shared cache (the next scheduled change at most).
Without copies a page-cache miss reads every fragment of its page from the shared cache.

**Version counters** (``NearCounters``: the content version and each app's, cache.py), from
Redis. Every change of one is published on a channel in the same transaction as the change
(``FaultTolerantRedisCache.bump_counters``); the process listens on that channel and uses its
copies only while its subscription holds: any message drops them all, and so does a
reconnection (a message may have been missed meanwhile) or a fork. So a page-cache hit from a
copied page makes no Redis round trip at all — only a poll of the subscription's socket — and
an edit on any server still retires every copy before the next request.
"""

import contextlib
import os
import pickle
import threading
import time
from collections import OrderedDict
from typing import NamedTuple

from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse
from redis.exceptions import RedisError

#: Bytes of page bodies a process keeps copies of.
NEAR_CACHE_BYTES = 32 * 1024 * 1024
#: Seconds before subscribing again when Redis refused a subscription.
RESUBSCRIBE_AFTER = 30
#: Bytes of other values (fragments) it keeps copies of.
NEAR_VALUES_BYTES = 32 * 1024 * 1024


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
    """Copies kept up to ``limit`` bytes, the least recently used dropped first. A page
    (``put``) is used only under the version it was rendered for and until its expiry; a value
    (``keep``) until its expiry."""

    def __init__(self, limit=NEAR_CACHE_BYTES):
        self.limit = limit
        self.size = 0
        self._entries = OrderedDict()  # key -> (value, version, expires, size)
        self._lock = threading.Lock()

    def __contains__(self, key):
        return key in self._entries

    def get(self, key, version, now):
        """The copy of ``key`` if it was kept under ``version`` and is not expired."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            value, kept_version, expires, _size = entry
            if kept_version != version or expires <= now:
                self._discard(key)
                return None
            self._entries.move_to_end(key)
            return value

    def put(self, key, page):
        self.keep(key, page, page.expires, len(page.body), page.version)

    def keep(self, key, value, expires, size, version=None):
        with self._lock:
            self._discard(key)
            if size > self.limit:
                return
            self._entries[key] = (value, version, expires, size)
            self.size += size
            while self.size > self.limit:
                _key, oldest = self._entries.popitem(last=False)
                self.size -= oldest[3]

    def clear(self):
        with self._lock:
            self._entries.clear()
            self.size = 0

    def _discard(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self.size -= entry[3]


near_cache = NearCache()
#: Values read from a shared cache under keys whose value never changes while they exist: the
#: fragments (their keys carry every version they depend on), the next scheduled change of a
#: content version, the site settings of a version of their app.
near_values = NearCache(NEAR_VALUES_BYTES)


def _frozen(value):
    # A copy is shared by every request of the process: text as it is (immutable), anything
    # else pickled, so each read gets its own object, as a read from the shared cache does.
    return value if isinstance(value, str) else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def _thawed(value):
    return pickle.loads(value) if isinstance(value, bytes) else value


def _copying(cache):
    # Not of a cache in this process's memory already, nor while the shared cache is down
    # (cache_backends.py): every version then reads 0, and a copy kept under it would outlive
    # an edit made meanwhile.
    return not isinstance(cache, LocMemCache) and getattr(cache, "_available", lambda: True)()


def get_many(cache, keys, expires):
    """``cache.get_many(keys)`` through this process's copies (``near_values``); a value read
    from ``cache`` (a backend, not the ``django.core.cache.cache`` proxy) is copied until
    ``expires(value)`` (a ``time.time()``). For keys whose value never changes while they
    exist; a cache in this process's memory already is read as it is."""
    if not _copying(cache):
        return cache.get_many(keys)
    now, found, missing = time.time(), {}, []
    for key in keys:
        value = near_values.get(key, None, now)
        if value is None:
            missing.append(key)
        else:
            found[key] = _thawed(value)
    if missing:
        read = cache.get_many(missing)
        for key, value in read.items():
            frozen = _frozen(value)
            near_values.keep(key, frozen, expires(value), len(frozen))
        found.update(read)
    return found


def set_many(cache, values, timeout):
    """``cache.set_many(values, timeout)``, copied here too (see ``get_many``)."""
    cache.set_many(values, timeout)
    if _copying(cache):
        until = time.time() + timeout
        for key, value in values.items():
            frozen = _frozen(value)
            near_values.keep(key, frozen, until, len(frozen))


class NearCounters:
    """This process's copies of the counters published on ``channel``; see the module's
    docstring. Safe to share between threads."""

    def __init__(self, channel):
        self.channel = channel
        self._values = {}
        self._pubsub = None
        self._pid = None
        self._listening = False  # subscribed, confirmed since the last (re)connection
        self._confirmed = False  # the subscription was confirmed once (it is not refused)
        self._subscribe_after = 0.0  # time.monotonic() before which not to subscribe again
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
            if self._listening:  # known() ran first: a forked process is not listening yet
                self._values.update(values)

    def forget(self):
        with self._lock:
            self._values.clear()

    def _read_news(self, client):
        if self._pid != os.getpid():  # a new process: the parent's subscription is not ours
            self._pubsub, self._pid, self._listening = None, os.getpid(), False
            self._values.clear()
        if self._pubsub is None:
            if time.monotonic() < self._subscribe_after:
                return
            self._pubsub, self._confirmed = client.pubsub(), False
            self._pubsub.subscribe(self.channel)
            self._pubsub.connection.register_connect_callback(self._reconnected)
        try:
            while (message := self._pubsub.get_message(timeout=0)) is not None:
                self._values.clear()
                if message["type"] == "subscribe":
                    self._listening = self._confirmed = True
        except (RedisError, OSError):
            # A subscription that broke is made again at the next read; one refused (a Redis
            # whose ACL forbids SUBSCRIBE) is tried again after a while: no copies meanwhile.
            if not self._confirmed:
                self._subscribe_after = time.monotonic() + RESUBSCRIBE_AFTER
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
