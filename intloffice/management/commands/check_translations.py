"""Check the interface catalogues under LOCALE_PATHS (README "Translations": how to check).

- every entry translated, none fuzzy;
- the placeholders of each translation match its source (``%(name)s``, ``%d``, ``{var}``): a
  missing or foreign placeholder breaks the page or loses the value;
- plural entries give every form the language has (Arabic: six — zero, one, two, few, many,
  other);
- the catalogue is what ``makemessages`` makes from the code (no string added, changed or
  removed in the code without the catalogue following). Needs GNU gettext; ``--skip-makemessages``
  leaves this check out.
"""

import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

#: The arguments of `make messages` (Makefile): keep the two the same.
MAKEMESSAGES_ARGS = [
    "--no-location",
    "--no-obsolete",
    "--ignore=.venv",
    "--ignore=var",
    "--ignore=tests",
    "--ignore=bench",
]
#: Plural forms a language must have, where gettext's header alone is not to be trusted.
REQUIRED_PLURAL_FORMS = {"ar": 6}

_PERCENT = re.compile(r"%(?:\((?P<name>[^)]+)\))?[#0 +\-]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa%]")
_BRACES = re.compile(r"(?<!\{)\{(?P<name>[A-Za-z_][A-Za-z0-9_]*|\d*)(?:[!:][^{}]*)?\}(?!\})")


def placeholders(text):
    """(named placeholders as a set, positional ones as a Counter) of a message."""
    named, positional = set(), Counter()
    for match in _PERCENT.finditer(text or ""):
        if match.group(0) == "%%":
            continue
        if match.group("name"):
            named.add(match.group(0))
        else:
            positional[match.group(0)[-1]] += 1
    for match in _BRACES.finditer(text or ""):
        name = match.group("name")
        if name and not name.isdigit():
            named.add("{" + name + "}")
        else:
            positional["{}"] += 1
    return named, positional


def _describe(named, positional):
    return ", ".join(sorted(named) + sorted(f"%{kind}" for kind in positional.elements()))


def placeholder_problems(entry):
    """Messages about placeholders that differ between ``entry``'s source and translation."""
    problems = []
    if entry.msgid_plural:
        source_named = placeholders(entry.msgid)[0] | placeholders(entry.msgid_plural)[0]
        source_positional = placeholders(entry.msgid_plural)[1]
        for index, text in sorted(entry.msgstr_plural.items()):
            named, positional = placeholders(text)
            # A form may leave a named value out ("one item" needs no number), but must not
            # invent one, and positional values must all be there (else "%" fails).
            if named - source_named or positional != source_positional:
                problems.append(
                    f"form {index} has placeholders [{_describe(named, positional)}], the source "
                    f"[{_describe(source_named, source_positional)}]"
                )
        return problems
    if not entry.msgstr:
        return problems
    source, translated = placeholders(entry.msgid), placeholders(entry.msgstr)
    if source != translated:
        problems.append(
            f"placeholders [{_describe(*translated)}] in the translation, "
            f"[{_describe(*source)}] in the source"
        )
    return problems


def plural_count(catalogue):
    match = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else None


def catalogue_problems(path, language):
    """Every problem of one catalogue but drift, as readable lines."""
    catalogue = polib.pofile(str(path))
    problems = []
    declared = plural_count(catalogue)
    required = REQUIRED_PLURAL_FORMS.get(language, declared)
    if declared != required:
        problems.append(f"the header declares {declared} plural forms; {language} has {required}")
    for entry in catalogue:
        if entry.obsolete:
            continue
        label = f"{entry.msgid[:60]!r}" + (f" (context {entry.msgctxt!r})" if entry.msgctxt else "")
        if entry.fuzzy:
            problems.append(f"{label}: marked fuzzy (needs review)")
        if entry.msgid_plural:
            forms = {index for index, text in entry.msgstr_plural.items() if (text or "").strip()}
            missing = sorted(set(range(required or 0)) - forms)
            if missing:
                problems.append(
                    f"{label}: plural forms {', '.join(map(str, missing))} are empty "
                    f"({language} needs {required})"
                )
        elif not entry.msgstr:
            problems.append(f"{label}: not translated")
        problems.extend(f"{label}: {problem}" for problem in placeholder_problems(entry))
    return problems


def _entries(catalogue):
    return {
        (entry.msgctxt, entry.msgid): (
            entry.msgid_plural,
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
            entry.fuzzy,
            entry.obsolete,
        )
        for entry in catalogue
    }


def drift_problems(catalogues):
    """What ``makemessages`` would change in ``catalogues`` ({language: path}): it runs on a
    copy of the project, so the repository is left untouched."""
    source = Path(settings.BASE_DIR)
    skip = shutil.ignore_patterns(
        ".*", "var", "tests", "bench", "static", "locale", "__pycache__", "*.pyc", "*.mo"
    )
    problems = []
    with tempfile.TemporaryDirectory() as temporary:
        copy = Path(temporary) / "project"
        shutil.copytree(source, copy, ignore=skip)
        for language, path in catalogues.items():
            target = copy / "locale" / language / "LC_MESSAGES" / "django.po"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        languages = [f"--locale={language}" for language in catalogues]
        result = subprocess.run(
            [sys.executable, "manage.py", "makemessages", *languages, *MAKEMESSAGES_ARGS],
            cwd=copy,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode:
            raise CommandError(f"makemessages failed:\n{result.stderr}")
        for language, path in catalogues.items():
            before = _entries(polib.pofile(str(path)))
            after = _entries(
                polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
            )
            for key in sorted(set(before) | set(after), key=lambda key: (key[1], key[0] or "")):
                label = f"{key[1][:60]!r}"
                if key not in after:
                    problems.append(f"{path}: {label} is no longer in the code")
                elif key not in before:
                    problems.append(f"{path}: {label} is in the code but not in the catalogue")
                elif before[key] != after[key]:
                    problems.append(f"{path}: {label} would change")
    return problems


class Command(BaseCommand):
    help = (
        "Check the interface catalogues: complete, placeholders intact, every plural form, "
        "and in step with the code (makemessages)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-makemessages",
            action="store_true",
            help="Leave out the comparison with makemessages (no GNU gettext needed).",
        )

    def handle(self, *args, skip_makemessages=False, **options):
        catalogues = {}
        for root in settings.LOCALE_PATHS:
            for path in sorted(Path(root).glob("*/LC_MESSAGES/django.po")):
                catalogues.setdefault(path.parent.parent.name, path)
        if not catalogues:
            raise CommandError("No catalogue under LOCALE_PATHS.")
        problems = []
        for language, path in catalogues.items():
            problems.extend(f"{path}: {line}" for line in catalogue_problems(path, language))
        if not skip_makemessages:
            if shutil.which("xgettext") is None:
                raise CommandError(
                    "GNU gettext is not installed (xgettext): install it, or pass "
                    "--skip-makemessages."
                )
            problems.extend(drift_problems(catalogues))
        if problems:
            raise CommandError(
                f"{len(problems)} problem(s) in the catalogues:\n" + "\n".join(problems)
            )
        self.stdout.write(f"{len(catalogues)} catalogue(s) checked: no problem found.")
