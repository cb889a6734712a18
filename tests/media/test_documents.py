"""PDF documents: real PDFs only, private ones outside media and only for permitted staff."""

import logging
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from intloffice.documents import check_pdf
from partners.models import Agreement
from tests.admin_forms import admin_form

from . import samples
from .factories import AgreementFactory, PartnerFactory

PDF_NAME = re.compile(r"^agreements/[0-9a-f]{32}\.pdf$")


def document_url(agreement):
    return f"/documents/partners/agreement/{agreement.pk}/document/"


@pytest.fixture
def agreement(db):
    agreement = AgreementFactory()
    agreement.document.save("scan.pdf", ContentFile(samples.pdf_bytes()), save=True)
    return agreement


@pytest.fixture
def viewer(db, django_user_model):
    """Staff allowed to view agreements, but not a superuser."""
    user = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_agreement"))
    return user


@pytest.fixture
def plain_staff(db, django_user_model):
    return django_user_model.objects.create_user("plain", password="pw", is_staff=True)


# --- which files are PDFs ---------------------------------------------------------------


def _file(data, name="doc.pdf"):
    return samples.upload(name, data, "application/pdf")


def test_real_pdfs_pass(db):
    check_pdf(_file(samples.pdf_bytes()))
    check_pdf(_file(samples.pdf_bytes(pages=3)))


def _xref_stream_pdf():
    body = b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    offset = len(body)
    body += b"9 0 obj<</Type/XRef/Size 10/Root 1 0 R/W[1 2 1]/Length 0>>stream\nendstream endobj\n"
    return body + b"startxref\n" + str(offset).encode() + b"\n%%EOF\n"


def test_pdf_with_a_cross_reference_stream_passes():
    check_pdf(_file(_xref_stream_pdf()))


def test_opening_at_a_page_and_plain_links_pass():
    check_pdf(_file(samples.pdf_document(catalog=b"/OpenAction[3 0 R/FitH 200]")))
    link = b"<</Type/Annot/Subtype/Link/A<</S/URI/URI(https://example.org/)>>>>"
    check_pdf(_file(samples.pdf_document(objects=[link])))
    check_pdf(_file(samples.pdf_document(objects=[samples.object_stream(b"<</Title(x)>>")])))


BAD_PDFS = {
    "html renamed to pdf": (samples.HTML, "not a PDF"),
    "jpeg renamed to pdf": (samples.image_bytes("JPEG"), "not a PDF"),
    "header only": (b"%PDF-1.4\n%just the header\n", "incomplete or damaged"),
    "truncated": (samples.pdf_bytes()[:-300], "incomplete or damaged"),
    "startxref past the end": (
        samples.pdf_bytes().replace(b"startxref\n", b"startxref\n99999999"),
        "incomplete or damaged",
    ),
    "no trailer root": (samples.pdf_bytes().replace(b"/Root", b"/Tour"), "incomplete or damaged"),
    "larger than 25 MB": (samples.pdf_bytes() + b"\0" * (25 * 1024 * 1024), "larger than 25 MB"),
    "html appended": (
        samples.pdf_bytes() + b"<html><script>alert(document.cookie)</script></html>\n",
        "other data after its end",
    ),
    "javascript on opening": (
        samples.pdf_document(
            catalog=b"/OpenAction 4 0 R", objects=[b"<</S/JavaScript/JS(app.alert(1))>>"]
        ),
        "runs actions",
    ),
    "document-level javascript": (
        samples.pdf_document(
            catalog=b"/Names<</JavaScript 4 0 R>>", objects=[b"<</Names[(a)5 0 R]>>"]
        ),
        "scripts",
    ),
    "javascript name in #xx escapes": (
        samples.pdf_document(catalog=b"/Names<</J#61va#53cript 4 0 R>>", objects=[b"<<>>"]),
        "scripts",
    ),
    "javascript in a compressed object stream": (
        samples.pdf_document(
            objects=[samples.object_stream(b"<</S/JavaScript/JS(app.alert(1))>>")]
        ),
        "scripts",
    ),
    "launch action on a page": (
        samples.pdf_document(page=b"/AA<</O<</S/Launch/F(calc.exe)>>>>"),
        "runs actions",
    ),
    "launch action in a link": (
        samples.pdf_document(objects=[b"<</Type/Annot/Subtype/Link/A<</S/Launch/F(x.exe)>>>>"]),
        "runs actions",
    ),
    "embedded file": (
        samples.pdf_document(
            catalog=b"/Names<</EmbeddedFiles 4 0 R>>",
            objects=[b"<</Names[(a.exe)5 0 R]>>", b"<</Type/Filespec/F(a.exe)>>"],
        ),
        "embedded files",
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_PDFS))
def test_not_real_pdfs_are_refused(kind):
    data, message = BAD_PDFS[kind]
    with pytest.raises(ValidationError, match=message):
        check_pdf(_file(data))


# --- the admin ----------------------------------------------------------------------------


ADD = "/admin/partners/agreement/add/"


def agreement_form(page, partner, **changes):
    """The real agreement admin's form (``page`` is its add or change page) for ``partner``."""
    values = {
        "title_ar": "مذكرة تفاهم للتبادل الأكاديمي",
        "title_en": "Memorandum on academic exchange",
        "partners": [partner.pk],
        "kind": "mou",
        "signed_on": "2025-03-01",
        "starts_on": "2025-03-01",
        "slug": "academic-exchange-mou",
    }
    return admin_form(page, **{**values, **changes})


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "This file is not a PDF document."), ("ar", "هذا الملف ليس مستند PDF.")],
)
def test_admin_refuses_a_renamed_file_in_the_staff_language(staff_client, language, message):
    data = agreement_form(
        staff_client.get(ADD).content.decode(),
        PartnerFactory(),
        document=_file(samples.HTML, "agreement.pdf"),
    )
    response = staff_client.post(ADD, data, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Memorandum on academic exchange" in html  # typed text kept
    assert not Agreement.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This PDF contains scripts (JavaScript), which are not accepted."),
        ("ar", "يحتوي ملف PDF هذا على نصوص برمجية (JavaScript)، وهي غير مقبولة."),
    ],
)
def test_admin_refuses_a_pdf_with_javascript_in_the_staff_language(staff_client, language, message):
    hostile = samples.pdf_document(catalog=b"/Names<</JavaScript 4 0 R>>", objects=[b"<<>>"])
    data = agreement_form(
        staff_client.get(ADD).content.decode(),
        PartnerFactory(),
        document=_file(hostile, "agreement.pdf"),
    )
    response = staff_client.post(ADD, data, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Agreement.objects.exists()


def test_admin_stores_a_private_pdf_under_a_random_name_outside_media(staff_client, settings):
    data = agreement_form(
        staff_client.get(ADD).content.decode(),
        PartnerFactory(),
        document=_file(samples.pdf_bytes(), "Secret scan (signed).PDF"),
    )
    response = staff_client.post(ADD, data)
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert PDF_NAME.match(agreement.document.name)
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / agreement.document.name
    assert stored.read_bytes() == samples.pdf_bytes()
    assert not (Path(settings.MEDIA_ROOT) / agreement.document.name).exists()
    assert agreement.document.url == document_url(agreement)
    change = staff_client.get(f"/admin/partners/agreement/{agreement.pk}/change/")
    assert f'href="{document_url(agreement)}"' in change.content.decode()
    assert 'accept="application/pdf,.pdf"' in change.content.decode()


def test_editing_other_fields_keeps_the_document_even_if_its_file_is_gone(staff_client, agreement):
    Path(agreement.document.path).unlink()  # the stored file is not re-read on save
    url = f"/admin/partners/agreement/{agreement.pk}/change/"
    data = agreement_form(
        staff_client.get(url).content.decode(),
        agreement.partners.get(),
        title_en="Renamed memorandum",
        slug=agreement.slug,
    )
    response = staff_client.post(url, data)
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.title_en == "Renamed memorandum" and agreement.document


# --- the private document view ------------------------------------------------------------


def test_anonymous_visitors_get_404_not_a_login_redirect(client, agreement):
    response = client.get(document_url(agreement))
    assert response.status_code == 404
    assert "Location" not in response
    assert "sessionid" not in response.cookies


def test_the_same_404_for_a_document_that_does_not_exist(client, agreement):
    missing = client.get(f"/documents/partners/agreement/{agreement.pk + 99}/document/")
    assert missing.status_code == 404


def test_logged_in_users_who_are_not_staff_get_404(client, agreement, django_user_model):
    client.force_login(django_user_model.objects.create_user("student", password="pw"))
    assert client.get(document_url(agreement)).status_code == 404


def test_staff_without_the_permission_are_refused(client, plain_staff, agreement):
    client.force_login(plain_staff)
    assert client.get(document_url(agreement)).status_code == 403


def test_staff_with_the_permission_download_it_as_an_attachment(client, viewer, agreement):
    client.force_login(viewer)
    response = client.get(document_url(agreement))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == samples.pdf_bytes()
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="agreement-{agreement.pk}.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_change_permission_is_enough_too(client, plain_staff, agreement):
    plain_staff.user_permissions.add(Permission.objects.get(codename="change_agreement"))
    client.force_login(plain_staff)
    assert client.get(document_url(agreement)).status_code == 200


def test_only_get_and_head(client, viewer, agreement):
    client.force_login(viewer)
    assert client.head(document_url(agreement)).status_code == 200
    assert client.post(document_url(agreement)).status_code == 405


@pytest.mark.parametrize(
    "path",
    [
        "/documents/partners/agreement/abc/document/",
        "/documents/partners/agreement/99999999999999999999999/document/",
        "/documents/partners/agreement/1/title/",  # not a document field
        "/documents/partners/partner/1/logo/",  # a picture, not a private document
        "/documents/partners/nosuchmodel/1/document/",
        "/documents/nosuchapp/agreement/1/document/",
        "/documents/partners/agreement/1/nosuchfield/",
    ],
)
def test_malformed_urls_are_404_never_500(client, viewer, agreement, path):
    client.force_login(viewer)
    assert client.get(path).status_code == 404


def test_an_agreement_without_a_document_is_404(client, viewer, db):
    client.force_login(viewer)
    assert client.get(document_url(AgreementFactory())).status_code == 404


def test_a_document_missing_from_disk_is_404_and_logged(client, viewer, agreement, caplog):
    Path(agreement.document.path).unlink()
    client.force_login(viewer)
    with caplog.at_level(logging.ERROR, logger="intloffice.media_views"):
        assert client.get(document_url(agreement)).status_code == 404
    assert agreement.document.name in caplog.text


def test_private_files_have_no_media_url(agreement, client, settings):
    assert client.get(f"/media/{agreement.document.name}").status_code == 404
    with pytest.raises(ValueError):
        agreement.document.storage.url(agreement.document.name)


def test_private_root_inside_media_root_fails_the_checks(settings):
    from intloffice.documents import check_private_root

    assert check_private_root(None) == []
    settings.PRIVATE_MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "private"
    assert [error.id for error in check_private_root(None)] == ["intloffice.E001"]
