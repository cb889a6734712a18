"""A git merge driver for ``.po`` catalogues: parallel branches add strings side by side.

Set it up once per clone::

    git config merge.po.name "gettext catalogue union"
    git config merge.po.driver ".venv/bin/python manage.py merge_catalogue %O %A %B"

(``.gitattributes`` routes ``*.po`` to it.) Entries are matched by context and msgid. Both
sides' new entries are kept; a translation changed on one side only wins; where both sides
changed it, ours stays. Entries one side removed and the other left untouched go.
"""

from pathlib import Path

import polib
from django.core.management.base import BaseCommand, CommandError


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def _text(entry):
    if entry is None:
        return None
    return (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())), entry.fuzzy)


def _read(path):
    """The catalogue at ``path``; a clear error (git then reports a conflict) when unreadable."""
    if not Path(path).is_file():  # polib would parse the path itself as catalogue text
        raise CommandError(f"{path}: no such catalogue")
    try:
        return polib.pofile(path)
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"{path}: {error}") from error


class Command(BaseCommand):
    help = "Merge two versions of a .po catalogue against their common base (git merge driver)."

    def add_arguments(self, parser):
        parser.add_argument("base")
        parser.add_argument("ours", help="written with the result")
        parser.add_argument("theirs")

    def handle(self, base, ours, theirs, **options):
        base_po, ours_po, theirs_po = (_read(path) for path in (base, ours, theirs))
        base_entries = {_key(e): e for e in base_po if not e.obsolete}
        ours_entries = {_key(e): e for e in ours_po if not e.obsolete}
        theirs_entries = {_key(e): e for e in theirs_po if not e.obsolete}
        for key, entry in list(ours_entries.items()):
            other = theirs_entries.get(key)
            old = base_entries.get(key)
            if other is None:
                if old is not None and _text(old) == _text(entry):
                    ours_po.remove(entry)  # removed on their side, untouched on ours
                continue
            if _text(other) != _text(entry) and (
                _text(old) == _text(entry) or not (entry.msgstr or entry.msgstr_plural)
            ):
                entry.msgstr, entry.msgstr_plural = other.msgstr, dict(other.msgstr_plural)
                entry.flags = list(other.flags)
        for key, entry in theirs_entries.items():
            if key not in ours_entries and key not in base_entries:
                ours_po.append(entry)
        ours_po.save(ours)
