"""Cache backends that degrade instead of failing (DESIGN.md "Settings and services").

Every cache alias uses one of these. When the cache's service (Redis, or the database for the
database cache) does not answer, each operation behaves as a miss: reads return the default,
writes store nothing, ``incr`` raises ``ValueError`` as for a missing key. So the site keeps
serving, uncached, and sessions, site settings and the page cache fall back to the database.

After a failure the backend does not try the service again for ``RETRY_AFTER`` seconds
(``OPTIONS``, or ``?retry_after=`` in ``CACHE_URL``; 5 by default), so a dead server costs one refused connection per interval, not
one per cache call; then it tries again by itself and recovers as soon as the service answers.
The failure is logged once per ``LOG_INTERVAL`` (60 s) per cache, and its return once.

``ping()`` asks the service for real, whatever the retry interval (the health check uses it).
"""

import base64
import functools
import logging
import pickle
import threading
import time
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db import DatabaseError, connections, router, transaction
from django.utils import timezone
from redis.exceptions import RedisError

from .near_cache import near_counters

logger = logging.getLogger("intloffice.cache")

DEFAULT_RETRY_AFTER = 5
LOG_INTERVAL = 60
#: Redis connection limits: a server that does not answer must not hold a request for long.
REDIS_TIMEOUTS = {"socket_connect_timeout": 1, "socket_timeout": 1}

_MISSING = object()
_lock = threading.Lock()
#: Per service (backend class and location), shared by every thread of the process.
_state = {}


class _ServiceState:
    def __init__(self):
        self.down_until = 0.0  # monotonic time before which the service is not tried
        self.down = False
        self.last_logged = None


def _redacted(location):
    """The location without a password (the user name kept: two users are two services), for
    log messages."""
    parts = urlsplit(str(location))
    if parts.password:
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        if parts.username:
            host = f"{parts.username}@{host}"
        parts = parts._replace(netloc=host)
        return urlunsplit(parts)
    return str(location)


def _guarded(default, *, raises=None):
    """Run the operation unless the service is known to be down; on failure, ``default``."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if not self._available():
                if raises:
                    raise raises("Cache unavailable")
                return _default(default, args, kwargs)
            try:
                result = method(self, *args, **kwargs)
            except self.service_errors as error:
                self._failed(error)
                if raises:
                    raise raises("Cache unavailable") from error
                return _default(default, args, kwargs)
            self._succeeded()
            return result

        return wrapper

    return decorate


def _default(default, args, kwargs):
    if default == "default-argument":  # get(key, default=None)
        if "default" in kwargs:
            return kwargs["default"]
        return args[1] if len(args) > 1 else None
    if callable(default):
        return default()
    return default


class FaultTolerantMixin:
    """Turns the service's errors into misses; see the module's docstring."""

    service_errors = ()

    def __init__(self, location, params):
        params = {**params}
        options = {**params.get("OPTIONS", {})}
        # RETRY_AFTER in OPTIONS, or ?retry_after= in CACHE_URL (django-environ's spelling).
        retry_after = options.pop("RETRY_AFTER", options.pop("retry_after", DEFAULT_RETRY_AFTER))
        self.retry_after = float(retry_after)
        params["OPTIONS"] = options
        self._service = f"{type(self).__name__}:{_redacted(location)}"
        super().__init__(location, params)

    # -- service state ------------------------------------------------------------------

    def _state(self):
        with _lock:
            return _state.setdefault(self._service, _ServiceState())

    def _available(self):
        return time.monotonic() >= self._state().down_until

    def _failed(self, error):
        state = self._state()
        now = time.monotonic()
        with _lock:
            state.down = True
            state.down_until = now + self.retry_after
            log = state.last_logged is None or now - state.last_logged >= LOG_INTERVAL
            if log:
                state.last_logged = now
        if log:
            logger.error(
                "Cache %s unavailable (%s: %s); serving without it, retrying every %s s.",
                self._service,
                type(error).__name__,
                error,
                self.retry_after,
            )

    def _succeeded(self):
        state = self._state()
        if not state.down:
            return
        with _lock:
            was_down, state.down, state.down_until = state.down, False, 0.0
            state.last_logged = None
        if was_down:
            logger.warning("Cache %s is answering again.", self._service)

    def ping(self):
        """True when the service answers now (a real round trip, whatever the retry delay)."""
        key = "intloffice:ping"
        try:
            super().set(key, "ok", 10)
            answered = super().get(key) == "ok"
        except self.service_errors as error:
            self._failed(error)
            return False
        if answered:
            self._succeeded()
        return answered

    # -- the cache API --------------------------------------------------------------------

    @_guarded("default-argument")
    def get(self, *args, **kwargs):
        return super().get(*args, **kwargs)

    @_guarded(dict)
    def get_many(self, *args, **kwargs):
        return super().get_many(*args, **kwargs)

    @_guarded(False)
    def add(self, *args, **kwargs):
        return super().add(*args, **kwargs)

    @_guarded(None)
    def set(self, *args, **kwargs):
        return super().set(*args, **kwargs)

    @_guarded(list)
    def set_many(self, *args, **kwargs):
        return super().set_many(*args, **kwargs)

    @_guarded(False)
    def touch(self, *args, **kwargs):
        return super().touch(*args, **kwargs)

    @_guarded(False)
    def delete(self, *args, **kwargs):
        return super().delete(*args, **kwargs)

    @_guarded(None)
    def delete_many(self, *args, **kwargs):
        return super().delete_many(*args, **kwargs)

    @_guarded(False)
    def has_key(self, *args, **kwargs):
        return super().has_key(*args, **kwargs)

    @_guarded(None, raises=ValueError)
    def incr(self, *args, **kwargs):
        return super().incr(*args, **kwargs)

    @_guarded(None, raises=ValueError)
    def decr(self, *args, **kwargs):
        return super().decr(*args, **kwargs)

    @_guarded(False)
    def clear(self):
        return super().clear()


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client builds a new ``redis.Redis`` (with its ~170 response callbacks) for every
    cache operation, a fifth of a page-cache hit's time; this one builds one per connection
    pool and reuses it (a ``redis.Redis`` over a pool is safe to share between threads)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class FaultTolerantRedisCache(FaultTolerantMixin, RedisCache):
    """Django's RedisCache with short connection timeouts, degrading when Redis is down."""

    service_errors = (RedisError, OSError)

    def __init__(self, server, params):
        options = {**REDIS_TIMEOUTS, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusedClientRedisCacheClient
        # Where bump_counters tells every process (a channel is server-wide: named for the
        # database and the key prefix).
        self._channel = f"intloffice:counters:{self._service}:{self.key_prefix}"
        self._near = near_counters(self._channel)

    @_guarded(dict)
    def get_counters(self, keys):
        """{key: value} of the integer counters ``keys`` that exist (the content versions):
        this process's copies while no change was published since they were read
        (near_cache.NearCounters), the others read in one round trip, and copied."""
        made = {self.make_and_validate_key(key): key for key in keys}
        client = self._cache.get_client(write=True)
        near = self._near
        found = near.known(client, made)
        missing = [key for key in made if key not in found]
        if missing:
            loads = self._cache._serializer.loads
            read = {
                key: loads(value)
                for key, value in zip(missing, client.mget(missing), strict=True)
                if value is not None
            }
            near.remember(read)
            found.update(read)
        return {made[key]: value for key, value in found.items()}

    @_guarded(None, raises=ValueError)
    def bump_counters(self, keys, start):
        """Add one to every counter of ``keys`` (``start`` + 1 for a missing one) and publish
        the change to every process's copies: one transaction, one round trip."""
        pipe = self._cache.get_client(write=True).pipeline(transaction=True)
        for key in keys:
            made = self.make_and_validate_key(key)
            pipe.set(made, start, nx=True)
            pipe.incr(made)
        pipe.publish(self._channel, "bumped")  # any message drops the copies (near_cache)
        pipe.execute()
        self._near.forget()  # this process's at once, not when it reads

    def clear(self):
        cleared = super().clear()
        self._near.forget()  # the counters are gone with the rest
        return cleared

    @_guarded(list)
    def get_many_across(self, keys_by_cache):
        """The values of ``[(cache, key), ...]`` — keys of several aliases on this same Redis
        server — in one round trip (MGET), in order; None for a missing key (and an empty
        list when Redis does not answer)."""
        made = [cache.make_and_validate_key(key) for cache, key in keys_by_cache]
        raw = self._cache.get_client().mget(made)
        serializer = self._cache._serializer
        return [None if value is None else serializer.loads(value) for value in raw]


class FaultTolerantDatabaseCache(FaultTolerantMixin, DatabaseCache):
    """Django's database cache (the shared cache without Redis), degrading when the database
    is down. Its tables are created by ``migrate`` (``intloffice.apps``)."""

    service_errors = (DatabaseError,)

    @_guarded(None, raises=ValueError)
    def incr(self, key, delta=1, version=None):
        """Add ``delta`` atomically, keeping the key's expiry.

        Django's database cache reads then writes, so two processes incrementing at once could
        both store the same count, and its ``set`` would reset the expiry to the default. Here
        the row is locked first (an update of the row itself: a row lock on PostgreSQL, the
        write lock on SQLite), so simultaneous increments queue, and the expiry stays."""
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self._table)
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET expires = expires WHERE cache_key = %s", [key])
            cursor.execute(f"SELECT value, expires FROM {table} WHERE cache_key = %s", [key])
            row = cursor.fetchone()
            if row is None or self._expired(row[1]):
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(row[0].encode())) + delta
            stored = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(f"UPDATE {table} SET value = %s WHERE cache_key = %s", [stored, key])
        return value

    @staticmethod
    def _expired(expires):
        if isinstance(expires, str):  # SQLite returns the text it stored
            expires = datetime.fromisoformat(expires)
        if settings.USE_TZ and timezone.is_naive(expires):
            expires = expires.replace(tzinfo=UTC)
        now = timezone.now() if settings.USE_TZ else datetime.now()
        return expires < now
