"""Write the interface translations edited in the browser back to ``locale/`` for committing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from intloffice import catalogue
from intloffice.models import InterfaceTranslation


class Command(BaseCommand):
    help = (
        "Write the interface translations edited at /translations/ (stored in the database) "
        "into locale/<language>/LC_MESSAGES/django.po, ready to commit."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            dest="languages",
            help="Only this language (repeatable). Default: every language with edits.",
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help=(
                "Afterwards, delete the stored entries the file now holds word for word (run it "
                "where the committed catalogue is deployed)."
            ),
        )

    def handle(self, *args, languages=None, prune=False, **options):
        known = {code for code, _name in settings.LANGUAGES}
        stored = set(InterfaceTranslation.objects.values_list("language", flat=True).distinct())
        for code in languages or []:
            if code not in known:
                raise CommandError(f"Unknown language {code!r}: choose from {sorted(known)}.")
        for code in sorted(set(languages or stored)):
            path = catalogue.project_catalogue_path(code)
            if not path.exists():
                raise CommandError(f"{path} does not exist: run `make messages` first.")
            written, unknown = catalogue.export_catalogue(code)
            self.stdout.write(
                f"{path}: {written} edited entr{'y' if written == 1 else 'ies'} written."
            )
            for row in unknown:
                self.stderr.write(
                    f"  not in the catalogue any more (left in the database): {row.msgid[:70]!r}"
                )
            if prune:
                removed = catalogue.prune(code)
                self.stdout.write(
                    f"  {removed} stored entr{'y' if removed == 1 else 'ies'} pruned."
                )
        self.stdout.write("Compile with `python manage.py compile_translations`, then commit.")
