"""Replacing or deleting a file removes it and its renditions; orphaned files are reported."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from intloffice import demo_images
from intloffice.documents import private_storage
from intloffice.renditions import rendition_names, renditions_folder
from tests.factories import PageFactory

from . import samples
from .factories import AgreementFactory, PartnerFactory, VisitPhotoFactory


def picture_files(image):
    return [image.name, *rendition_names(image.name, image.width)]


def test_replacing_a_picture_removes_the_old_file_and_renditions(
    db, django_capture_on_commit_callbacks
):
    partner = PartnerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        partner.logo.save("a.png", demo_images.logo("AB"), save=True)
    old = picture_files(partner.logo)
    assert all(default_storage.exists(name) for name in old)
    with django_capture_on_commit_callbacks(execute=True):
        partner.logo = ContentFile(samples.image_bytes("JPEG"), name="b.jpg")
        partner.save()
    assert not any(default_storage.exists(name) for name in old)
    assert not Path(default_storage.path(renditions_folder(old[0]))).exists()
    assert all(default_storage.exists(name) for name in picture_files(partner.logo))


def test_deleting_a_row_removes_its_picture_and_renditions(db, django_capture_on_commit_callbacks):
    photo = VisitPhotoFactory()
    files = picture_files(photo.image)
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert not any(default_storage.exists(name) for name in files)


def test_replacing_and_deleting_private_documents(db, django_capture_on_commit_callbacks):
    agreement = AgreementFactory()
    with django_capture_on_commit_callbacks(execute=True):
        agreement.document.save("a.pdf", ContentFile(samples.pdf_bytes()), save=True)
    first = agreement.document.name
    with django_capture_on_commit_callbacks(execute=True):
        agreement.document.save("b.pdf", ContentFile(samples.pdf_bytes(2)), save=True)
    second = agreement.document.name
    assert not private_storage.exists(first) and private_storage.exists(second)
    with django_capture_on_commit_callbacks(execute=True):
        agreement.delete()
    assert not private_storage.exists(second)


@pytest.fixture
def media_in_use(db):
    partner = PartnerFactory()
    partner.logo.save("a.png", demo_images.logo("CD"), save=True)
    agreement = AgreementFactory()
    agreement.document.save("a.pdf", ContentFile(samples.pdf_bytes()), save=True)
    editor_image = default_storage.save("editor/0123abcd_10x10.jpg", ContentFile(b"x"))
    PageFactory(body_en=f'<p><img src="/media/{editor_image}" alt="A chart"></p>')
    return [*picture_files(partner.logo), editor_image], [agreement.document.name]


ORPHANS_PUBLIC = ["partners/stray_5x5.jpg", "renditions/partners/gone_5x5/320.webp"]
ORPHANS_PRIVATE = ["agreements/old.pdf"]


def make_orphans():
    for name in ORPHANS_PUBLIC:
        default_storage.save(name, ContentFile(b"orphan"))
    for name in ORPHANS_PRIVATE:
        private_storage.save(name, ContentFile(b"orphan"))


def run(*args):
    out = StringIO()
    call_command("orphaned_media", *args, stdout=out)
    return out.getvalue()


def test_orphans_are_reported_and_nothing_is_deleted(media_in_use):
    public_used, private_used = media_in_use
    make_orphans()
    report = run("--min-age", "0")
    listed = sorted(line.split()[1] for line in report.splitlines() if line.startswith("orphan"))
    assert listed == sorted(
        [f"public:{n}" for n in ORPHANS_PUBLIC] + [f"private:{n}" for n in ORPHANS_PRIVATE]
    )
    assert "3 orphaned file(s) found" in report
    assert all(default_storage.exists(n) for n in ORPHANS_PUBLIC + public_used)
    assert all(private_storage.exists(n) for n in ORPHANS_PRIVATE + private_used)


def test_delete_removes_only_the_orphans(media_in_use):
    public_used, private_used = media_in_use
    make_orphans()
    report = run("--min-age", "0", "--delete")
    assert "3 orphaned file(s) deleted" in report
    assert not any(default_storage.exists(n) for n in ORPHANS_PUBLIC)
    assert not any(private_storage.exists(n) for n in ORPHANS_PRIVATE)
    assert all(default_storage.exists(n) for n in public_used)
    assert all(private_storage.exists(n) for n in private_used)


def test_recent_files_are_left_alone_by_default(media_in_use):
    make_orphans()
    report = run("--delete")
    assert "0 orphaned file(s) deleted" in report
    assert all(default_storage.exists(n) for n in ORPHANS_PUBLIC)


def test_nothing_to_report_on_an_empty_site(db):
    assert run("--min-age", "0").strip() == "0 orphaned file(s) found, 0 bytes."
