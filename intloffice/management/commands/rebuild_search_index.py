"""Rewrite the site search's index (intloffice/search.py) from every registered model."""

from django.core.management.base import BaseCommand
from django.db import transaction

from intloffice import search
from intloffice.cache import content_changed


class Command(BaseCommand):
    help = (
        "Rebuild the search index from every model the apps registered for search (after a "
        "bulk import, a restore, or registering a new app). Saves keep it current otherwise."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = search.rebuild()
        content_changed()  # kept search results (and pages) are read anew, after the commit
        for key, count in counts.items():
            self.stdout.write(f"{key}: {count}")
        self.stdout.write(
            self.style.SUCCESS(f"Search index rebuilt: {sum(counts.values())} entries.")
        )
