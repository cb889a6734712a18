"""The shared page cache for anonymous visitors (DESIGN.md "Performance rules").

Every cached page is stored with the *content version* it was rendered under, a number kept
in the shared cache. Saving or deleting any content bumps it, so every app server stops serving
the old pages at once: a page of an older version is a miss, and is overwritten. A hit reads
the version and the page in one round trip when both live on one Redis; a page this process has
read from a shared cache before comes from its own copy after reading the version alone
(``near_cache.py``).

Pages live in their own cache alias (``pages``), apart from sessions and site settings, and
the cache cannot be flooded:

- the key is the scheme, host and path plus only the query parameters the page *declares*
  (sorted, re-encoded): a view's ``query_params`` (a tuple, or a classmethod returning the
  names; ``FilteredListView`` declares its filters, ``page`` and ``format``). A request with any
  other parameter may be answered from the cached page of its declared part, but its own
  response is never stored (it could carry the extra parameter in its links);
- at most ``PAGE_CACHE_MAX_ENTRIES`` pages are stored per ``PAGE_CACHE_SECONDS`` window (every
  entry expires within two windows), and no page above ``MAX_PAGE_BYTES``.

Besides the content version, a change bumps its app's version, its model's and those of the
model's *aspects* it touches: a model's ``aspects`` ({name: fields}) name what reads some of
its fields only — ``schedule`` (status, publication date: ``next_change``) on every publishable
model, ``figures`` on a visit —, and a save bumps ``app.model:<aspect>`` only when it changes
one of those fields (compared with the stored row before the save), so a title edited keeps the
visits' figures and the next scheduled item. A new row, a deletion or an unknown change bumps
every aspect.

Scheduled items appear on time: no page is kept (here, or by a shared cache in front through
``Cache-Control: max-age``) past the moment the next scheduled item of any public model is due
(``next_change``; also the next moment an app registered, such as an opportunity's deadline). Every anonymous page carries an ``ETag`` (stored with the page, so a hit
costs no hashing) and answers a matching ``If-None-Match`` with ``304 Not Modified``
(``ConditionalGetMiddleware``, before this one); pages for signed-in staff are
``Cache-Control: private, no-cache``.
"""

import contextlib
import functools
import hashlib
import time
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models import F, Value
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGetMiddleware
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, set_response_etag

from .near_cache import Page, near_cache
from .near_cache import get_many as near_get_many
from .near_cache import set_many as near_set_many

PAGE_CACHE = "pages"
VERSION_KEY = "intloffice:content-version"
# + an app label ("news") or a model's ("news.statement"): its rows' version (fragments.py)
APP_VERSION_KEY = "intloffice:app-version:"
COUNT_KEY = "intloffice:page-count"
NEXT_KEY = "intloffice:next-change"
SHARED_MAX_AGE = 60  # seconds a cache in front (nginx, a CDN) may keep an anonymous page
MAX_PAGE_BYTES = 1024 * 1024
# Rows that are not content: saving them must not empty the page cache.
NOT_CONTENT = {"sessions", "admin", "axes", "reversion", "contenttypes", "auth"}
NOT_CONTENT_MODELS = {"intloffice.contactmessage", "intloffice.searchentry"}


def page_cache():
    return caches[PAGE_CACHE]


def _restart():
    # A lost version (evicted, or a cache emptied) restarts from the clock: it is larger than
    # every version before it, so nothing kept under an older one is served under it.
    return time.time_ns() // 1000


def versions(keys):
    """{key: version} of version counters in the default cache, in one read (a missing one is
    started from the clock)."""
    get_counters = getattr(cache, "get_counters", None)  # Redis: copies kept near (near_cache)
    found = get_counters(keys) if get_counters else cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, _restart(), timeout=None)
        found.update(cache.get_many(missing))
    return {key: found.get(key, 0) for key in keys}


def bump_version(*keys):
    """Add one to each version counter of ``keys`` (on Redis in one round trip, which also
    tells every process)."""
    bump_counters = getattr(cache, "bump_counters", None)
    if bump_counters is not None:
        with contextlib.suppress(ValueError):  # Redis not answering: nothing kept to retire
            bump_counters(keys, _restart())
        return
    for key in keys:
        try:
            cache.incr(key)
        except ValueError:  # not set yet (or evicted): any new value differs from the old keys
            cache.set(key, _restart(), timeout=None)


def content_version():
    return versions([VERSION_KEY])[VERSION_KEY]


def bump_content_version(**kwargs):
    sender = kwargs.get("sender")
    meta = getattr(sender, "_meta", None)
    if meta is not None and (
        meta.app_label in NOT_CONTENT or meta.label_lower in NOT_CONTENT_MODELS
    ):
        return
    if not kwargs.get("action", "post_").startswith("post_"):
        bump_version(VERSION_KEY)
        return
    keys = [VERSION_KEY, *(APP_VERSION_KEY + label for label in _changed_labels(sender, kwargs))]
    bump_version(*keys)
    # And again once the change commits: a page or fragment drawn between the save and the
    # commit read the old rows under the new version, and would be kept.
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(functools.partial(bump_version, *keys))


def _changed_labels(sender, kwargs):
    """The versions a change bumps besides the content version: its app's, its model's
    (``app.model``, for what shows one model's rows alone: fragments.py) and those of the
    model's *aspects* whose fields it changed (``app.model:aspect``); every app's, model's and
    aspect's when the change is unknown (a bulk change, a restored backup)."""
    if getattr(sender, "_meta", None) is None:
        models = apps.get_models()
    elif kwargs.get("instance") is not None and "action" in kwargs:  # m2m_changed
        models = [type(kwargs["instance"]), kwargs["model"]]
    else:
        models = [sender]
    models = [model for model in models if model._meta.app_label not in NOT_CONTENT]
    labels = {model._meta.app_label for model in models}
    if getattr(sender, "_meta", None) is None:
        labels |= {config.label for config in apps.get_app_configs()} - NOT_CONTENT
    labels |= {model._meta.label_lower for model in models}
    instance = kwargs.get("instance")
    for model in models:
        changed = None  # not known: every aspect
        if model is sender and "action" not in kwargs and "created" in kwargs:
            changed = vars(instance).pop("_changed_aspects", None)
        names = getattr(model, "aspects", {}) if changed is None else changed
        labels |= {f"{model._meta.label_lower}:{name}" for name in names}
    return sorted(labels)


def _note_changed_aspects(sender, instance, update_fields=None, using=None, **kwargs):
    """Before an existing row of a model with ``aspects`` is saved: which aspects the save
    changes (``instance._changed_aspects``), read against the row as stored (one query)."""
    aspects = getattr(sender, "aspects", None)
    if not aspects or instance._state.adding or instance.pk is None:
        return
    names = {name for fields in aspects.values() for name in fields}
    if update_fields is not None:
        names &= set(update_fields)
    changed = set()
    if names:
        stored = sender._base_manager.using(using).filter(pk=instance.pk).values(*names).first()
        if stored is None:  # not stored after all: a new row
            return
        for name in names:
            field = sender._meta.get_field(name)
            if stored[name] != field.get_prep_value(field.value_from_object(instance)):
                changed.add(name)
    instance._changed_aspects = {
        aspect for aspect, fields in aspects.items() if changed.intersection(fields)
    }


pre_save.connect(_note_changed_aspects, dispatch_uid="intloffice-content-aspects")
post_save.connect(bump_content_version, dispatch_uid="intloffice-content-save")
post_delete.connect(bump_content_version, dispatch_uid="intloffice-content-delete")
m2m_changed.connect(bump_content_version, dispatch_uid="intloffice-content-m2m")


@functools.lru_cache(maxsize=1)
def _change_sources():
    """(name, version label, future datetimes) of whatever changes pages by itself: each
    publishable model's scheduled items (its ``schedule`` aspect's version) and each moment an
    app registered in ``plugins.moments`` (its app's version)."""
    from . import plugins
    from .publishing import Publishable, Status

    def scheduled(model):
        return lambda now: model._default_manager.filter(
            status=Status.PUBLISHED, published_at__gt=now
        ).values_list("published_at", flat=True)

    sources = [
        (model._meta.label_lower, f"{model._meta.label_lower}:schedule", scheduled(model))
        for model in apps.get_models()
        if issubclass(model, Publishable)
    ]
    sources += [
        (f"moment:{entry.key}", entry.key.partition(".")[0], entry.moments)
        for entry in plugins.moments
    ]
    return sources


def next_change():
    """When public pages next change by themselves (an aware datetime), or None: the next
    scheduled item of any public model is due, or the next moment an app registered in
    ``plugins.moments`` comes (an opportunity's deadline).

    Each source's next moment is kept under its version (a model's, for scheduled items; its
    app's, for moments) until it comes: after an article is saved, only the articles are
    asked again. The sources not known are asked in one query."""
    now = timezone.now()
    sources = _change_sources()
    found = versions([APP_VERSION_KEY + label for _name, label, _moments in sources])
    keys = [f"{NEXT_KEY}:{name}:{found[APP_VERSION_KEY + label]}" for name, label, _m in sources]
    stored = near_get_many(caches["default"], keys, _next_change_expires)
    dues, stale = [], []
    for key, (_name, _label, moments) in zip(keys, sources, strict=True):
        value = stored.get(key)
        if value is not None and (value == "none" or value > now):
            dues.append(value)
        else:
            stale.append((key, moments))
    if stale:
        earliest = _earliest([moments(now) for _key, moments in stale])
        fresh = {key: earliest.get(index, "none") for index, (key, _m) in enumerate(stale)}
        near_set_many(caches["default"], fresh, max(1, settings.PAGE_CACHE_SECONDS))
        dues.extend(fresh.values())
    return min((due for due in dues if due != "none"), default=None)


def _earliest(querysets):
    """{index: the earliest datetime of ``querysets[index]``} over every query set (each one
    column of datetimes) that has one, in one query."""
    parts = [
        queryset.annotate(_due=F(queryset.query.values_select[0]), _source=Value(index))
        .values_list("_due", "_source")  # both annotations: one column order in every part
        .order_by()
        for index, queryset in enumerate(querysets)
    ]
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    earliest = {}
    for due, index in rows:
        if index not in earliest or due < earliest[index]:
            earliest[index] = due
    return earliest


def _next_change_expires(stored):
    # Under one version no item is scheduled anew: "none" holds for the version (kept as long
    # as in the shared cache), a moment until it comes.
    if stored == "none":
        return time.time() + max(1, settings.PAGE_CACHE_SECONDS)
    return stored.timestamp()


def _seconds_until_next_change(limit):
    """``limit``, or fewer seconds when pages change by themselves sooner (0: do not keep)."""
    due = next_change()
    if due is None:
        return limit
    return max(0, min(limit, int((due - timezone.now()).total_seconds())))


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def declared_params(view):
    """The query parameters ``view`` (a URL's callable) declares it reads."""
    view = getattr(view, "view_class", view)
    declared = getattr(view, "query_params", ())
    return tuple(declared() if callable(declared) else declared)


@functools.lru_cache(maxsize=4096)
def _declared_for(path, urlconf):
    """The query parameters the page at ``path`` declares (a frozenset), or None when the path
    is not a language-prefixed page. Remembered per path: resolving is most of a hit's work."""
    language = translation.get_language_from_path(path)
    if not language:
        return None
    try:
        with translation.override(language):
            match = resolve(path, urlconf)
    except Resolver404:
        return None
    return frozenset(declared_params(match.func))


def cache_key(request):
    """(key of the request's declared part, True when the request has nothing else), or
    (None, False) when the page cannot be cached."""
    urlconf = getattr(request, "urlconf", None) or settings.ROOT_URLCONF
    declared = _declared_for(request.path_info, urlconf)
    if declared is None:
        return None, False
    kept = sorted(
        (name, value) for name in request.GET if name in declared
        for value in request.GET.getlist(name)
    )  # fmt: skip
    only_declared = all(name in declared for name in request.GET)
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(kept)}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"intloffice:page:{digest}", only_declared


def _lookup(key):
    """(the content version, the ``Page`` stored under ``key`` for that version or None).

    A page is stored with the version it was rendered under; one of an older version, or past
    its expiry, is a miss (and is overwritten). When the default and the page aliases live on
    one Redis, both are read in one round trip. A page this process has read from a shared
    page cache before is answered from its copy (near_cache.py) after reading the version
    alone."""
    pages, default = page_cache(), caches["default"]
    now = time.time()
    near = None if isinstance(pages, LocMemCache) else near_cache
    across = getattr(default, "get_many_across", None)
    if near is not None and key in near:
        version = content_version()
        page = near.get(key, version, now)
        if page is not None:
            return version, page
        entry = pages.get(key)
    elif across is not None and getattr(default, "_servers", 0) == getattr(pages, "_servers", 1):
        version, entry = across([(default, VERSION_KEY), (pages, key)]) or [None, None]
        if version is None:
            version = content_version()
    else:
        version = content_version()
        entry = pages.get(key)
    if isinstance(entry, Page) and entry.version == version and entry.expires > now:
        if near is not None:
            near.put(key, entry)
        return version, entry
    return version, None


def _admit():
    """True while fewer than PAGE_CACHE_MAX_ENTRIES pages were stored in this time window."""
    seconds = settings.PAGE_CACHE_SECONDS
    pages = page_cache()
    key = f"{COUNT_KEY}:{int(time.time()) // seconds}"
    pages.add(key, 0, 2 * seconds)
    try:
        return pages.incr(key) <= settings.PAGE_CACHE_MAX_ENTRIES
    except ValueError:  # the cache is not answering
        return False


class PageCacheMiddleware:
    """Serve and store public GET pages for visitors who have no session.

    A response is stored only when it is a 200 that sets no cookie, does not vary on the
    cookie and is not marked private; pages with a form (contact) set the CSRF cookie and are
    therefore never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = _language_prefixes()

    def _cacheable_request(self, request):
        return (
            request.method in ("GET", "HEAD")
            and request.path_info.startswith(self.prefixes)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    def __call__(self, request):
        if not self._cacheable_request(request):
            response = self.get_response(request)
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated:
                # Staff see drafts and previews: never kept by a browser or a cache in front.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        key, storable = None, False
        if settings.PAGE_CACHE_SECONDS > 0:
            try:
                key, storable = cache_key(request)
            except Exception:  # a bad Host header: let Django answer 400 as usual
                return self.get_response(request)
        version = None
        if key is not None:
            version, page = _lookup(key)
            if page is not None:
                cached = page.response()
                cached["X-Cache"] = "hit"
                return cached
        response = self.get_response(request)
        if self._cacheable_response(response):
            keep = settings.PAGE_CACHE_SECONDS
            if keep > 0:
                keep = _seconds_until_next_change(keep)
            # Shared caches in front (nginx, a CDN) may keep it briefly too.
            patch_cache_control(response, public=True, max_age=min(SHARED_MAX_AGE, keep))
            set_response_etag(response)
            if storable and keep > 0 and len(response.content) <= MAX_PAGE_BYTES and _admit():
                page = Page.of(response, version, time.time() + keep)
                page_cache().set(key, page, keep)
                response["X-Cache"] = "miss"
        return response

    @staticmethod
    def _cacheable_response(response):
        if response.status_code != 200 or response.cookies or response.streaming:
            return False
        vary = response.get("Vary", "").lower()
        control = response.get("Cache-Control", "").lower()
        return "cookie" not in vary and "private" not in control and "no-" not in control


CONDITIONAL_HEADERS = (
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)


class ConditionalGetMiddleware(DjangoConditionalGetMiddleware):
    """Django's, without its work where it would change nothing: a request without any
    conditional header whose response already has its ETag (a page-cache hit)."""

    def process_response(self, request, response):
        if response.has_header("ETag") and not any(h in request.META for h in CONDITIONAL_HEADERS):
            return response
        return super().process_response(request, response)


def content_changed():
    """Bump the content version by hand (after a bulk update that sends no signals)."""
    bump_content_version()
