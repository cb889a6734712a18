"""Rendered fragments kept in the shared cache (issue 15: a page-cache miss assembles them).

A *fragment* is a piece of HTML that depends on a few apps' content, the language and the
day: a card in a list (``{% fragments %}``), a home block, the header's brand or the footer
(``{% fragment %}``, intloffice_tags). Its key carries everything its HTML depends on:

- the *version of each app* it shows content of. Saving or deleting a row of an app bumps that
  app's version (``cache.bump_content_version``, with the page cache's content version), so an edited article renders every news card anew, while the visit and event
  cards stay cached; the ``intloffice`` app (site settings, digits on Arabic pages, stored
  interface translations) is part of every key;
- the language, the time zone and local date (a card says "closes in 3 days" or "upcoming") and the version
  of the interface translations this process serves;
- the *release*: a digest of the code, templates and catalogues this process runs and of the
  hashed static files' manifest, so after a deploy no fragment made by the old code (pointing
  at a style sheet the new release no longer has) is served;
- whatever else the caller names (the path for the navigation, the heading level of a card).

Each model has a version too (``news.statement``), and each of a model's *aspects*
(``visits.visit:figures``: changed only by a save that changes one of the aspect's fields,
``cache.py``): a home block may name the models or aspects it shows instead of its whole app.
A card of an item is kept under the item's own ``updated_at`` (every save stamps it) and the
versions of its app's *other* models (``item_key``), so saving one article renders that
article's card alone; a card's related rows are kept per item (``Cards``).

A fragment is kept a day at most, and never past the next moment pages change by themselves
(``cache.next_change``): a card that links a partner published at 10:00 is rendered anew then,
and an opportunity's card turns "closed" at its deadline. Without a request (e-mails, the annual report) nothing is cached.
"""

import functools
import hashlib
import sys
import time
from pathlib import Path

from django.apps import apps as installed
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.db.models import prefetch_related_objects
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from . import catalogue, near_cache
from .cache import APP_VERSION_KEY, next_change, versions

FRAGMENT_KEY = "intloffice:fragment:"
DAY = 24 * 60 * 60
ALWAYS = ("intloffice",)  # site settings, digits, stored translations: part of every key


RELEASE_SUFFIXES = (".py", ".html", ".txt", ".mo")


@functools.lru_cache(maxsize=1)
def release():
    """A digest of this process's release (once a process): the pinned requirements, the
    sources of the project's own apps, its templates and compiled catalogues (names and contents: the same on every app
    server of a release), and the static files' manifest hash."""
    root = Path(settings.BASE_DIR)
    # A library upgrade shows in requirements.txt.
    places = {Path(installed.get_app_config(label).path) for label in own_apps()}
    places.update(Path(p) for p in (*settings.LOCALE_PATHS, *_template_dirs()))
    digest = hashlib.md5(usedforsecurity=False)
    pinned = root / "requirements.txt"
    if pinned.is_file():
        digest.update(pinned.read_bytes())
    for place in sorted(places):
        for path in sorted(place.rglob("*")):
            if path.suffix in RELEASE_SUFFIXES and path.is_file():
                digest.update(f"{place.name}/{path.relative_to(place)}\n".encode())
                digest.update(path.read_bytes())
    digest.update(str(getattr(staticfiles_storage, "manifest_hash", "")).encode())
    return digest.hexdigest()[:12]


@functools.lru_cache(maxsize=1)
def own_apps():
    """The labels of the project's own apps (not the libraries'), sorted."""
    root, libraries = Path(settings.BASE_DIR), Path(sys.prefix)
    return tuple(
        sorted(
            config.label
            for config in installed.get_app_configs()
            if Path(config.path).is_relative_to(root)
            and not Path(config.path).is_relative_to(libraries)
        )
    )


@functools.cache
def _other_models(model):
    """The labels of the other models of ``model``'s app."""
    config = installed.get_app_config(model._meta.app_label)
    return tuple(
        other._meta.label_lower
        for other in config.get_models()
        if other._meta.concrete_model is not model._meta.concrete_model
    )


def item_key(item):
    """(version labels, identity) of a card of ``item``: its ``updated_at`` and its app's other
    models when the stamp was read (a deferred one is not fetched), its app otherwise. A card
    shows no other row of its item's own model."""
    stamp = vars(item).get("updated_at")
    if stamp is None:
        return (item._meta.app_label,), (item._meta.label, item.pk)
    return _other_models(type(item)), (item._meta.label, item.pk, stamp.isoformat())


class Cards(list):
    """The rows of a ``{% fragments %}`` list, read without the query set's
    ``prefetch_related`` lookups: the tag reads them for the cards it draws alone (``prepare``),
    so a list whose cards are all kept runs one query. ``lookups``, a function giving the
    lookups, spares building them (their query sets) while no card needs them.

    ``keep`` names the models the lookups read (every lookup a ``Prefetch`` with ``to_attr``):
    each item's related rows are then kept like a fragment under those models' versions, so a
    card drawn anew because its item alone was edited (a title) reads no related row."""

    def __init__(self, queryset, lookups=None, keep=()):
        if lookups is None:
            given = queryset._prefetch_related_lookups
            queryset, lookups = queryset.prefetch_related(None), lambda: given
        self.lookups, self.keep = lookups, tuple(keep)
        super().__init__(queryset)

    def prepare(self, items, request=None):
        """Read the related rows of ``items`` (some of this list's)."""
        items = list(items)
        if not items:
            return
        lookups = self.lookups()
        store = for_request(request) if self.keep else None
        if store is None:
            prefetch_related_objects(items, *lookups)
            return
        names = [getattr(lookup, "to_attr", None) for lookup in lookups]
        if not all(names):
            raise ValueError("Cards(keep=...) needs every lookup to be a Prefetch with to_attr")
        keys = [
            store.key(f"related:{item._meta.label}:{item.pk}", self.keep, names) for item in items
        ]
        found = store.get_many(keys)
        missing = []
        for item, key in zip(items, keys, strict=True):
            rows = found.get(key)
            if rows is None:
                missing.append((item, key))
                continue
            for name, value in zip(names, rows, strict=True):
                setattr(item, name, value)
        if missing:
            prefetch_related_objects([item for item, _key in missing], *lookups)
            store.set_many({key: [getattr(item, name) for name in names] for item, key in missing})


def _template_dirs():
    return [d for engine in settings.TEMPLATES for d in engine.get("DIRS", ())]


class Fragments:
    """The fragment keys and reads of one request (``for_request``)."""

    def __init__(self):
        self.app_versions = {}
        self.keep = None
        self.context = {}  # language -> what every key of this request holds besides apps

    def _versions(self, labels):
        wanted = [label for label in labels if label not in self.app_versions]
        if wanted:
            found = versions([APP_VERSION_KEY + label for label in wanted])
            self.app_versions.update({label: found[APP_VERSION_KEY + label] for label in wanted})
        return tuple(self.app_versions[label] for label in labels)

    def _context(self):
        language = translation.get_language()
        found = self.context.get(language)
        if found is None:
            found = self.context[language] = (
                language,
                timezone.get_current_timezone_name(),
                timezone.localdate().isoformat(),
                catalogue.served_version(),
                release(),
            )
        return found

    def key(self, name, apps=(), vary=()):
        labels = tuple(dict.fromkeys((*ALWAYS, *apps)))
        raw = repr((name, self._context(), labels, self._versions(labels), tuple(vary)))
        return FRAGMENT_KEY + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()

    def timeout(self):
        """Seconds a fragment rendered now may be kept (0: not at all)."""
        if self.keep is None:
            now = timezone.now()
            due = next_change()
            keep = DAY if due is None else int((due - now).total_seconds())
            self.keep = max(0, min(DAY, keep))
        return self.keep

    def get_many(self, keys):
        if not keys:
            return {}
        return near_cache.get_many(caches["default"], keys, self._expires)

    def _expires(self, _value):
        return time.time() + self.timeout()

    def set_many(self, rendered):
        timeout = self.timeout()
        if rendered and timeout > 0:
            near_cache.set_many(caches["default"], rendered, timeout)


def for_request(request):
    """The request's ``Fragments``, or None when nothing may be cached (no request, or
    ``FRAGMENT_CACHE`` off)."""
    if request is None or not settings.FRAGMENT_CACHE:
        return None
    fragments = getattr(request, "_intloffice_fragments", None)
    if fragments is None:
        fragments = request._intloffice_fragments = Fragments()
    return fragments


def _fetch(request, pieces, prepare=None):
    """The value of every piece — (name, compute, apps, vary) — the kept ones read in one
    round trip, the others computed (``compute()``) and kept; ``prepare(indexes)`` is called
    first with the indexes of the pieces to compute. A piece whose ``apps`` is None is
    computed every time; nothing is kept without a request."""
    store = for_request(request)
    if store is None:
        if prepare is not None:
            prepare(range(len(pieces)))
        return [compute() for _name, compute, _apps, _vary in pieces]
    keys = [
        None if apps is None else store.key(name, apps, vary) for name, _c, apps, vary in pieces
    ]
    found = store.get_many([key for key in keys if key is not None])
    if prepare is not None:
        prepare([index for index, key in enumerate(keys) if found.get(key) is None])
    values, computed = [], {}
    for key, (_name, compute, _apps, _vary) in zip(keys, pieces, strict=True):
        value = found.get(key) if key is not None else None
        if value is None:
            value = compute()
            if key is not None:
                computed[key] = value
        values.append(value)
    store.set_many(computed)
    return values


def assemble(request, pieces, prepare=None):
    """The HTML of every piece — (name, render, apps, vary) — joined (see ``_fetch``)."""
    return mark_safe("".join(_fetch(request, pieces, prepare)))


def remembered(request, name, compute, apps=(), vary=()):
    """A computed value (not HTML: a filter's offered years, say) kept like a fragment."""
    return _fetch(request, [(f"value:{name}", compute, apps, vary)])[0]


def cached(request, name, render, apps=(), vary=()):
    """The fragment ``name`` from the cache, or ``render()`` (then kept)."""
    return assemble(request, [(f"fragment:{name}", render, apps, vary)])
