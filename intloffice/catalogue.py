"""Interface translations edited in the browser, served by every app server (README
"Translations").

The repository's ``locale/<lang>/LC_MESSAGES/django.po`` stays the source: ``makemessages``
updates it and its compiled ``.mo`` ships with each deployment. What translators change at
``/translations/`` is stored in the database (``InterfaceTranslation`` rows, one per entry that
differs from the repository), because the database is the one thing every app server already
shares, transactionally and in the backups; the media storage may be a server's own disk.

Every app server serves the repository's catalogue with the stored entries on top. Which
entries it serves is told by the *catalogue version*, a counter kept in the shared cache like
the page cache's content version (``cache.versions``: on Redis each process keeps a copy while
no change is published) and bumped by every change: at the start of each request
``CatalogueMiddleware`` compares it with the version this process loaded and, when it
differs, reloads the stored entries — no restart. A lost counter restarts from the clock, so
every process reloads once.
``manage.py export_translations`` writes the stored entries back to ``locale/`` for committing.
"""

import gettext
import hashlib
import io
import logging
import threading
from pathlib import Path

import polib
from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import trans_real

from .cache import bump_version, versions

logger = logging.getLogger(__name__)

VERSION_KEY = "intloffice:catalogue-counter"
_lock = threading.Lock()
_loaded = {"version": None, "languages": set()}


def project_catalogue_path(language):
    """The repository's catalogue for ``language`` (the first of ``LOCALE_PATHS``)."""
    return Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"


def entry_key(msgctxt, msgid):
    return hashlib.sha256(f"{msgctxt or ''}\x04{msgid}".encode()).hexdigest()


def _entry_values(entry):
    plural = {str(index): text for index, text in sorted(entry.msgstr_plural.items())}
    return {
        "msgstr": entry.msgstr or "",
        "msgstr_plural": plural,
        "fuzzy": "fuzzy" in entry.flags,
    }


def _apply(values, entry):
    """Write stored ``values`` onto a polib entry."""
    if entry.msgid_plural:
        entry.msgstr_plural = {int(index): text for index, text in values["msgstr_plural"].items()}
    else:
        entry.msgstr = values["msgstr"]
    if values["fuzzy"] and "fuzzy" not in entry.flags:
        entry.flags.append("fuzzy")
    elif not values["fuzzy"] and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")


# --- The version every app server compares with ---------------------------------------------


def catalogue_version():
    """The version in the shared cache: a counter bumped by every change (``cache.versions``;
    one that was lost restarts from the clock, and every process reloads once)."""
    return versions([VERSION_KEY])[VERSION_KEY]


def served_version():
    """The version of the stored entries this process serves (part of fragment keys)."""
    return _loaded["version"]


def catalogue_changed():
    """Tell every app server to reload the stored entries (call after a change)."""
    bump_version(VERSION_KEY)


# --- Serving: the repository's catalogue with the stored entries on top ---------------------


def _translations_for(language, rows):
    """A GNUTranslations of the stored ``rows`` (compiled in memory, fuzzy ones left out)."""
    path = project_catalogue_path(language)
    catalogue = polib.POFile()
    catalogue.metadata = polib.pofile(str(path)).metadata if path.exists() else {}
    catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    for row in rows:
        entry = polib.POEntry(
            msgctxt=row.msgctxt or None, msgid=row.msgid, msgid_plural=row.msgid_plural
        )
        _apply(
            {"msgstr": row.msgstr, "msgstr_plural": row.msgstr_plural, "fuzzy": row.fuzzy}, entry
        )
        catalogue.append(entry)
    return gettext.GNUTranslations(io.BytesIO(catalogue.to_binary()))


def build_translation(language, rows=()):
    """Django's translation of ``language`` from the compiled catalogues, ``rows`` on top.

    Django falls back to ``LANGUAGE_CODE`` (Arabic) for strings a third language lacks; here
    they fall back to the source text (English) instead, which its readers more likely read.
    """
    translation = trans_real.DjangoTranslation(language)
    if rows:
        translation.merge(_translations_for(language, rows))
    if language != settings.LANGUAGE_CODE and not language.startswith("en"):
        translation._fallback = None
    return translation


def install(version, rows):
    """Serve ``rows`` (stored entries) in this process, replacing what was served before."""
    by_language = {}
    for row in rows:
        by_language.setdefault(row.language, []).append(row)
    languages = {code for code, _name in settings.LANGUAGES}
    for language in sorted(languages | set(by_language) | _loaded["languages"]):
        trans_real._translations[language] = build_translation(
            language, by_language.get(language, ())
        )
    trans_real._default = None
    _loaded["languages"] = set(by_language)
    _loaded["version"] = version


def sync():
    """Serve the latest stored entries if another process (or this one) changed them."""
    from .models import InterfaceTranslation

    try:
        version = catalogue_version()
        if version == _loaded["version"]:
            return
        with _lock:
            if version == _loaded["version"]:
                return
            rows = list(InterfaceTranslation.objects.filter(fuzzy=False))
            install(version, rows)
    except DatabaseError:  # not migrated yet, or the database is away: serve what we have
        logger.warning("Interface translations could not be reloaded", exc_info=True)
    except Exception:  # a failing cache degrades to the loaded translations
        logger.warning("The catalogue version could not be read", exc_info=True)


def reset():
    """Serve the repository's catalogue alone, as the current version (a fresh database; the
    test suite calls it before each test)."""
    version = catalogue_version()
    with _lock:
        if _loaded["languages"] or _loaded["version"] is None:
            install(version, [])
        _loaded["version"] = version


class CatalogueMiddleware:
    """Before the language is activated: serve the stored translations' latest version."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        sync()
        return self.get_response(request)


# --- Editing: what /translations/ reads and writes ------------------------------------------


class StoredCatalogue(polib.POFile):
    """The repository's catalogue with the stored entries applied; ``save()`` stores the
    entries that differ from the repository in the database instead of writing the file."""

    language = None
    source_path = None
    user = None

    def save(self, fpath=None, repr_method="__unicode__", newline=None):
        store_catalogue(self, self.user)

    def save_as_mofile(self, fpath):
        """Nothing to compile: every app server merges the stored entries in memory."""


def load_catalogue(language, path=None):
    """The catalogue translators edit: the repository's file with the stored entries on top."""
    from .models import InterfaceTranslation

    path = Path(path or project_catalogue_path(language))
    catalogue = polib.pofile(str(path), klass=StoredCatalogue)
    catalogue.language, catalogue.source_path = language, path
    stored = {row.key: row for row in InterfaceTranslation.objects.filter(language=language)}
    for entry in catalogue:
        row = stored.get(entry_key(entry.msgctxt, entry.msgid))
        if row is not None:
            _apply(
                {"msgstr": row.msgstr, "msgstr_plural": row.msgstr_plural, "fuzzy": row.fuzzy},
                entry,
            )
    return catalogue


def store_catalogue(catalogue, user=None):
    """Store the entries of ``catalogue`` that differ from the repository's file; drop stored
    entries that are back to the repository's wording. Returns the number of rows changed."""
    from .models import InterfaceTranslation

    language = catalogue.language
    repository = {
        entry_key(entry.msgctxt, entry.msgid): entry
        for entry in polib.pofile(str(catalogue.source_path))
        if not entry.obsolete
    }
    stored = {row.key: row for row in InterfaceTranslation.objects.filter(language=language)}
    now = timezone.now()
    user = user if getattr(user, "pk", None) else None
    create, update, delete = [], [], []
    for entry in catalogue:
        key = entry_key(entry.msgctxt, entry.msgid)
        base = repository.get(key)
        if entry.obsolete or base is None:
            continue
        values = _entry_values(entry)
        row = stored.get(key)
        if values == _entry_values(base):
            if row is not None:
                delete.append(row.pk)
            continue
        if row is None:
            create.append(
                InterfaceTranslation(
                    language=language,
                    key=key,
                    msgctxt=entry.msgctxt or "",
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural or "",
                    updated_at=now,
                    updated_by=user,
                    **values,
                )
            )
        elif values != {name: getattr(row, name) for name in values}:
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at, row.updated_by = now, user
            update.append(row)
    if not (create or update or delete):
        return 0
    with transaction.atomic():
        InterfaceTranslation.objects.bulk_create(create)
        InterfaceTranslation.objects.bulk_update(
            update, ["msgstr", "msgstr_plural", "fuzzy", "updated_at", "updated_by"]
        )
        InterfaceTranslation.objects.filter(pk__in=delete).delete()
    from .cache import content_changed

    catalogue_changed()
    content_changed()  # cached pages show interface strings too
    return len(create) + len(update) + len(delete)


def export_catalogue(language, path=None):
    """Write the stored entries of ``language`` into the repository's file (or ``path``).

    Returns ``(written, unknown)``: how many entries were written, and the stored entries whose
    source text is no longer in the file (``makemessages`` removed them from the code).
    """
    from .models import InterfaceTranslation

    source = project_catalogue_path(language)
    catalogue = polib.pofile(str(source), wrapwidth=78)
    entries = {
        entry_key(entry.msgctxt, entry.msgid): entry for entry in catalogue if not entry.obsolete
    }
    written, unknown = 0, []
    for row in InterfaceTranslation.objects.filter(language=language).order_by("msgid"):
        entry = entries.get(row.key)
        if entry is None:
            unknown.append(row)
            continue
        _apply(
            {"msgstr": row.msgstr, "msgstr_plural": row.msgstr_plural, "fuzzy": row.fuzzy}, entry
        )
        written += 1
    catalogue.save(str(path or source))
    return written, unknown


def prune(language):
    """Delete the stored entries of ``language`` that the repository's file holds word for
    word (after the exported catalogue is deployed). Returns how many were deleted."""
    from .models import InterfaceTranslation

    repository = {
        entry_key(entry.msgctxt, entry.msgid): _entry_values(entry)
        for entry in polib.pofile(str(project_catalogue_path(language)))
        if not entry.obsolete
    }
    same = [
        row.pk
        for row in InterfaceTranslation.objects.filter(language=language)
        if repository.get(row.key)
        == {"msgstr": row.msgstr, "msgstr_plural": row.msgstr_plural, "fuzzy": row.fuzzy}
    ]
    if same:
        InterfaceTranslation.objects.filter(pk__in=same).delete()
        catalogue_changed()
    return len(same)
