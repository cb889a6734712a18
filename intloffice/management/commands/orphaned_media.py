"""Report (and with --delete remove) media files that nothing refers to any more.

A file is in use when a FileField/ImageField of any model names it (public media and the
private storage alike), when it is a rendition of such a picture, or when rich text links to it
under MEDIA_URL (images uploaded in the editor). Files younger than --min-age hours are left
alone, so an editor upload whose article is not saved yet is not taken for an orphan.
"""

import re
from datetime import timedelta
from pathlib import PurePosixPath
from urllib.parse import unquote

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import models
from django.utils import timezone

from intloffice.documents import private_storage
from intloffice.renditions import RENDITIONS_FOLDER
from intloffice.richtext import RichTextField


def walk(storage, folder=""):
    """Every file name in ``storage`` under ``folder``."""
    try:
        directories, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    prefix = f"{folder}/" if folder else ""
    for name in files:
        yield f"{prefix}{name}"
    for directory in directories:
        yield from walk(storage, f"{prefix}{directory}")


def referenced_files():
    """{storage key: set of names} for every file a model field or rich text refers to."""
    used = {"public": set(), "private": set()}
    media_link = re.compile(re.escape(settings.MEDIA_URL) + r"""([^"'\s<>?#]+)""")
    for model in apps.get_models():
        manager = model._base_manager
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                key = "private" if getattr(field, "private", False) else "public"
                names = manager.exclude(**{field.attname: ""}).exclude(
                    **{f"{field.attname}__isnull": True}
                )
                used[key].update(names.values_list(field.attname, flat=True).iterator())
            elif isinstance(field, RichTextField):
                texts = manager.filter(**{f"{field.attname}__contains": settings.MEDIA_URL})
                for text in texts.values_list(field.attname, flat=True).iterator():
                    used["public"].update(unquote(m) for m in media_link.findall(text or ""))
    return used


def is_used(name, used_names, used_stems):
    if name in used_names:
        return True
    parts = PurePosixPath(name).parts
    if parts and parts[0] == RENDITIONS_FOLDER:  # renditions/<picture without extension>/<w>.x
        return str(PurePosixPath(*parts[1:-1])) in used_stems
    return False


class Command(BaseCommand):
    help = "Report media files no model or rich text refers to; --delete removes them."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Delete the orphaned files.")
        parser.add_argument(
            "--min-age",
            type=float,
            default=24,
            help="Only files older than this many hours (default 24).",
        )

    def handle(self, *args, delete=False, min_age=24, **options):
        used = referenced_files()
        cutoff = timezone.now() - timedelta(hours=min_age)
        storages = {"public": default_storage, "private": private_storage}
        count, total = 0, 0
        for key, storage in storages.items():
            stems = {str(PurePosixPath(name).with_suffix("")) for name in used[key]}
            for name in sorted(walk(storage)):
                if is_used(name, used[key], stems):
                    continue
                if min_age > 0 and storage.get_modified_time(name) > cutoff:
                    continue
                size = storage.size(name)
                count += 1
                total += size
                if delete:
                    storage.delete(name)
                    self.stdout.write(f"deleted {key}:{name} ({size} bytes)")
                else:
                    self.stdout.write(f"orphan {key}:{name} ({size} bytes)")
        verb = "deleted" if delete else "found"
        self.stdout.write(f"{count} orphaned file(s) {verb}, {total} bytes.")
