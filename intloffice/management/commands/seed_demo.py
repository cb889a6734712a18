"""Fill the database with the bilingual demo content of every app (idempotent)."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = "Create the demo content: site settings, office pages and each app's demo items."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the generated volume (for benchmarks). Default 1.",
        )

    def handle(self, *args, scale, **options):
        if scale < 1 or scale > 1000:
            raise CommandError("--scale must be between 1 and 1000.")
        # Each app that has demo content ships a `demo` module with `seed(scale, stdout)`,
        # run in INSTALLED_APPS order (the site's own pages first, then partners, visits...).
        for config in apps.get_app_configs():
            try:
                module = import_module(f"{config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.demo":
                    raise
                continue
            with transaction.atomic():
                result = module.seed(scale=scale, stdout=self.stdout)
            summary = ", ".join(f"{key}: {value}" for key, value in (result or {}).items())
            self.stdout.write(f"{config.label}: demo content ready ({summary or 'nothing new'}).")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
