"""/<lang>/statements/: list, filters, detail, corrections from the history, bad input."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from intloffice.publishing import Status
from news.models import Statement

from .factories import StatementFactory

pytestmark = pytest.mark.django_db


def admin_data(**overrides):
    yesterday = timezone.localtime() - datetime.timedelta(days=1)
    data = {
        "reference_number": "IRA/ST/2025/042",
        "title_ar": "بشأن الحرية الأكاديمية",
        "title_en": "On academic freedom",
        "body_ar": "<p>تؤكد الجامعة أن الحرية الأكاديمية أساس التعليم.</p>",
        "body_en": "<p>Faculty members must be free to inquire and to publish.</p>",
        "kind": "position",
        "issued_by_ar": "رئاسة الجامعة",
        "issued_by_en": "The Presidency of the University",
        "issued_on": yesterday.date().isoformat(),
        "original_language": "ar",
        "slug": "on-academic-freedom",
        "status": Status.PUBLISHED,
        "published_at_0": yesterday.date().isoformat(),
        "published_at_1": "09:00:00",
        "only_language": "",
        "_save": "Save",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_list_newest_first_with_kind_and_year_filters(client, site, lang):
    today = timezone.localdate()
    old = StatementFactory(kind="condolence", issued_on=today.replace(year=today.year - 2))
    new = StatementFactory(kind="congratulation")
    StatementFactory(status=Status.DRAFT, title_en="Secret draft", title_ar="مسودة سرية")
    html = client.get(f"/{lang}/statements/").content.decode()
    title = f"title_{lang}"
    assert html.index(getattr(new, title)) < html.index(getattr(old, title))
    assert "Secret draft" not in html and "مسودة سرية" not in html
    html = client.get(f"/{lang}/statements/?kind=condolence").content.decode()
    assert getattr(old, title) in html and getattr(new, title) not in html
    html = client.get(f"/{lang}/statements/?year={old.issued_on.year}").content.decode()
    assert getattr(old, title) in html and getattr(new, title) not in html


@pytest.mark.parametrize("query", ["year=abc", "year=1800", "kind=rumour"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_bad_filters_answer_400_with_a_message(client, site, lang, query):
    StatementFactory()
    response = client.get(f"/{lang}/statements/?{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_detail_shows_reference_date_issuer_body_and_pdf(client, site):
    statement = StatementFactory(reference_number="IRA/ST/2025/007")
    statement.pdf = SimpleUploadedFile("s.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    statement.save()
    html = client.get(f"/en/statements/{statement.slug}/").content.decode()
    assert "IRA/ST/2025/007" in html
    assert f'<time datetime="{statement.issued_on:%Y-%m-%d}">' in html
    assert "The Presidency of the University" in html
    assert "The university affirms its position." in html
    assert statement.pdf.url in html
    assert "Corrected on" not in html
    ar = client.get(f"/ar/statements/{statement.slug}/").content.decode()
    assert "رئاسة الجامعة" in ar and "تؤكد الجامعة موقفها." in ar


def test_draft_statement_is_404_for_visitors_and_preview_for_staff(client, staff_client, site):
    statement = StatementFactory(status=Status.DRAFT)
    from django.test import Client

    assert Client().get(f"/en/statements/{statement.slug}/").status_code == 404
    assert Client().get(f"/en/statements/{statement.slug}/history/").status_code == 404
    assert staff_client.get(f"/en/statements/{statement.slug}/").status_code == 200


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_correction_through_the_admin_shows_date_and_earlier_wording(
    staff_client, site, uncached, lang
):
    response = staff_client.post("/admin/news/statement/add/", admin_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    statement = Statement.objects.get(slug="on-academic-freedom")
    response = staff_client.post(
        f"/admin/news/statement/{statement.pk}/change/",
        admin_data(
            body_en="<p>Faculty members and students must be free to inquire and to publish.</p>",
            body_ar="<p>تؤكد الجامعة أن الحرية الأكاديمية أساس التعليم لأعضاء هيئة التدريس والطلبة.</p>",
        ),
    )
    assert response.status_code == 302
    from django.test import Client

    visitor = Client()
    html = visitor.get(f"/{lang}/statements/on-academic-freedom/").content.decode()
    today = timezone.localdate()
    from django.utils import translation

    from intloffice.templatetags.intloffice_tags import long_date

    with translation.override(lang):
        shown_date = long_date(today)
        corrected = translation.gettext("Corrected on %(date)s.") % {"date": shown_date}
    assert corrected in html
    assert f'href="/{lang}/statements/on-academic-freedom/history/"' in html
    history = visitor.get(f"/{lang}/statements/on-academic-freedom/history/").content.decode()
    if lang == "en":
        assert "Faculty members must be free to inquire and to publish." in history
        assert "Faculty members must be free" not in html
    else:
        assert "تؤكد الجامعة أن الحرية الأكاديمية أساس التعليم.</p>" in history


def test_uncorrected_statement_history_says_so(client, site):
    statement = StatementFactory()
    html = client.get(f"/en/statements/{statement.slug}/history/").content.decode()
    assert "has not been corrected" in html


def test_statement_pdf_that_is_not_a_pdf_is_refused(staff_client, site):
    fake = SimpleUploadedFile(
        "statement.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    response = staff_client.post("/admin/news/statement/add/", {**admin_data(), "pdf": fake})
    assert response.status_code == 200
    assert not Statement.objects.exists()
    assert "errorlist" in response.content.decode()


@pytest.mark.parametrize("count", [3, 15])
def test_list_and_detail_run_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    statements = StatementFactory.create_batch(count)
    client.get("/en/statements/")
    with django_assert_num_queries(4):
        client.get("/en/statements/?kind=position")
    with django_assert_num_queries(3):
        client.get(f"/en/statements/{statements[0].slug}/")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_kept_statement_page_shows_a_correction_on_the_next_request(
    staff_client, site, settings, lang
):
    """With fragments on (production), the statement and its corrections are remembered
    (fragments.py) — until the correction, which the next visitor reads."""
    from django.test import Client

    settings.FRAGMENT_CACHE = True
    assert staff_client.post("/admin/news/statement/add/", admin_data()).status_code == 302
    statement = Statement.objects.get(slug="on-academic-freedom")
    visitor, path = Client(), f"/{lang}/statements/on-academic-freedom/"
    for _ in range(2):  # drawn, then kept
        assert 'class="correction-note"' not in visitor.get(path).content.decode()
    response = staff_client.post(
        f"/admin/news/statement/{statement.pk}/change/",
        admin_data(body_en="<p>Corrected.</p>", body_ar="<p>تصحيح.</p>"),
    )
    assert response.status_code == 302
    html = visitor.get(path).content.decode()
    assert 'class="correction-note"' in html
    assert f'href="/{lang}/statements/on-academic-freedom/history/"' in html
