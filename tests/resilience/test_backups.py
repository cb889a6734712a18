"""Backups round trip (issue 14, "Must hold" 10): what `make backup` writes, `make restore`
brings back into an empty installation, every row and every file (private documents too).

The backup is taken in this process (of the test database, SQLite or PostgreSQL); the restore
runs as `make restore` runs it, in a new process pointed at an empty database and empty media
folders; both sides are then compared.
"""

import hashlib
import io
import json
import uuid
from pathlib import Path

import psycopg2
import pytest
from dbbackup import settings as dbbackup_settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection

from tests.factories import PageFactory
from tests.live import manage
from tests.media import samples
from tests.media.factories import AgreementFactory, PartnerFactory, VisitFactory


def files_under(root):
    root = Path(root)
    if not root.exists():
        return {}
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def every_row(stdout=None):
    """Every row, without modeltranslation's language-less field (it reads the active
    language's column, which differs between this process and the restore's)."""
    rows = json.loads(stdout) if stdout is not None else _dump_here()
    for row in rows:
        fields = row["fields"]
        for name in [name for name in fields if f"{name}_ar" in fields]:
            del fields[name]
    return sorted(rows, key=lambda row: (row["model"], str(row["pk"])))


def _dump_here():
    out = io.StringIO()
    call_command("dumpdata", "--all", stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def empty_database(tmp_path):
    """An empty database of the kind the tests run on; yields its DATABASE_URL."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{settings_dict['NAME']}_restore_{uuid.uuid4().hex[:6]}"
    params = {
        "host": settings_dict["HOST"] or "127.0.0.1",
        "port": settings_dict["PORT"] or 5432,
        "user": settings_dict["USER"],
        "password": settings_dict["PASSWORD"],
        "dbname": "postgres",
    }
    admin = psycopg2.connect(**params)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    password = f":{params['password']}" if params["password"] else ""
    try:
        yield f"postgres://{params['user']}{password}@{params['host']}:{params['port']}/{name}"
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_into_an_empty_installation(
    settings, tmp_path, monkeypatch, empty_database
):
    PageFactory(slug="about-us", title_ar="عن المكتب")
    partner = PartnerFactory(name_ar="جامعة بغداد")
    partner.logo.save("logo.png", ContentFile(samples.image_bytes("PNG")), save=True)
    agreement = AgreementFactory(partners=[partner])
    agreement.document.save("scan.pdf", ContentFile(samples.pdf_bytes()), save=True)
    VisitFactory()
    public_files = files_under(settings.MEDIA_ROOT)
    private_files = files_under(settings.PRIVATE_MEDIA_ROOT)
    assert public_files and list(private_files) == [agreement.document.name]

    backups = tmp_path / "backups"
    monkeypatch.setattr(dbbackup_settings, "STORAGE_OPTIONS", {"location": str(backups)})
    call_command("dbbackup", "--clean", "--compress", verbosity=0)
    call_command("mediabackup", "--clean", "--compress", verbosity=0)
    expected = every_row()

    restored_media, restored_private = tmp_path / "restored-media", tmp_path / "restored-private"
    env = {
        "DATABASE_URL": empty_database,
        "DJANGO_BACKUP_DIR": str(backups),
        "DJANGO_MEDIA_ROOT": str(restored_media),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(restored_private),
    }
    # What `make restore RESTORE_ARGS=--noinput` runs.
    manage("dbrestore", "--uncompress", "--noinput", env=env)
    manage("mediarestore", "--uncompress", "--replace", "--noinput", env=env)

    restored = manage("dumpdata", "--all", env=env).stdout
    assert every_row(restored) == expected
    assert files_under(restored_media) == public_files
    assert files_under(restored_private) == private_files
