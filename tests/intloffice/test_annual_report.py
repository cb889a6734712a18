"""The annual report (/<lang>/about/annual-report/<year>/ and its PDF): visitors see published
years only, bad years are 404, the PDF holds the year's agreements in both languages, has page
numbers and contents, and is cached until the content changes."""

import datetime
import io

import pypdf
import pytest
from django.utils import translation

from intloffice import figures
from intloffice.models import AnnualReport
from partners.models import Agreement
from tests.exhibitions.factories import ExhibitionFactory
from tests.news.factories import PublicationFactory, StatementFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import ParticipantFactory, PersonFactory, VisitFactory

YEAR = 2024


def make_year(year=YEAR, scale=1):
    """A year's content: agreements (with partners), visits with heads, events, statements
    and publications; and something from another year that the report must leave out."""
    for i in range(2 * scale):
        day = datetime.date(year, 3 + i % 9, 10)
        agreement = AgreementFactory(signed_on=day, starts_on=day)
        agreement.partners.add(PartnerFactory())
        visit = VisitFactory(starts_on=day, ends_on=day + datetime.timedelta(days=1))
        ParticipantFactory(visit=visit, person=PersonFactory(), role="head")
        ExhibitionFactory(starts_on=day, ends_on=day + datetime.timedelta(days=2))
        StatementFactory(issued_on=day)
        PublicationFactory(issued_on=day)
    AgreementFactory(
        title_en="Agreement of another year",
        signed_on=datetime.date(year - 1, 5, 5),
        starts_on=datetime.date(year - 1, 5, 5),
    )
    return AnnualReport.objects.create(
        year=year,
        introduction_en="<p>A year of new partnerships.</p>",
        introduction_ar="<p>عام من الشراكات الجديدة.</p>",
        is_published=True,
    )


def in_pdf_text(title, text):
    """True when ``title`` is on one line of the PDF's text. The Arabic letters read back
    exactly (DejaVu's glyphs map one to one); a number inside right-to-left text reads back in
    visual order ("0 اتفاقية تعاون" for "اتفاقية تعاون 0"), so numbers are matched apart."""
    words = title.split()
    letters = " ".join(word for word in words if not word.isdigit())
    numbers = [word for word in words if word.isdigit()]
    for line in text.splitlines():
        line = " ".join(line.split())
        if letters in line and all(number in line for number in numbers):
            return True
    return False


def pdf_text(content):
    reader = pypdf.PdfReader(io.BytesIO(content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_report_page_lists_the_year(client, site, language):
    make_year()
    response = client.get(f"/{language}/about/annual-report/{YEAR}/")
    assert response.status_code == 200
    html = response.content.decode()
    agreements = Agreement.objects.filter(signed_on__year=YEAR)
    assert agreements.count() == 2
    for agreement in agreements:
        assert getattr(agreement, f"title_{language}") in html
        for partner in agreement.partners.all():
            assert getattr(partner, f"name_{language}") in html
    assert "Agreement of another year" not in html
    with translation.override(language):
        for heading in ("Agreements signed", "Visits and delegations", "Statements"):
            assert f">{translation.gettext(heading)}</h2>" in html
    assert ("عام من الشراكات الجديدة" if language == "ar" else "A year of new partnerships") in html
    assert f'href="/{language}/about/annual-report/{YEAR}/pdf/"' in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"' in html
    figures = client.get(f"/{language}/about/figures/").content.decode()
    assert f'href="/{language}/about/annual-report/{YEAR}/"' in figures


@pytest.mark.django_db
@pytest.mark.parametrize(
    "year", ["abc", "99999", "0", "1899", "-1", "2024.5", "99999999999999999999999", "2023"]
)
def test_bad_or_unknown_years_are_404(client, site, year):
    make_year()
    assert client.get(f"/en/about/annual-report/{year}/").status_code == 404
    assert client.get(f"/en/about/annual-report/{year}/pdf/").status_code == 404


@pytest.mark.django_db
def test_arabic_indic_digits_in_the_year_work(client, site):
    make_year()
    assert client.get("/ar/about/annual-report/٢٠٢٤/").status_code == 200


@pytest.mark.django_db
def test_unpublished_years_are_for_staff_only(client, staff, site):
    report = make_year()
    report.is_published = False
    report.save()
    assert client.get(f"/en/about/annual-report/{YEAR}/").status_code == 404
    assert client.get(f"/en/about/annual-report/{YEAR}/pdf/").status_code == 404
    client.force_login(staff)
    response = client.get(f"/en/about/annual-report/{YEAR}/")
    assert response.status_code == 200
    assert "Draft preview" in response.content.decode()


@pytest.mark.django_db
def test_an_empty_year_says_so(client, site):
    AnnualReport.objects.create(year=2001, is_published=True)
    response = client.get("/en/about/annual-report/2001/")
    assert response.status_code == 200
    assert "Nothing was recorded for this year yet." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_pdf_holds_the_year_in_each_language(client, site, language):
    make_year()
    response = client.get(f"/{language}/about/annual-report/{YEAR}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader, text = pdf_text(response.content)
    assert len(reader.pages) >= 2
    flat = " ".join(text.split())
    for agreement in Agreement.objects.filter(signed_on__year=YEAR):
        assert in_pdf_text(getattr(agreement, f"title_{language}"), text)
        for partner in agreement.partners.all():
            assert in_pdf_text(getattr(partner, f"name_{language}"), text)
    assert "Agreement of another year" not in flat
    with translation.override(language):
        assert translation.gettext("Contents") in flat
        assert translation.gettext("Agreements signed") in flat
    # the PDF's outline (bookmarks) holds the sections
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert any(str(YEAR) in title for title in titles)


@pytest.mark.django_db
def test_pdf_page_numbers_and_contents(client, site):
    make_year()
    _reader, text = pdf_text(client.get(f"/en/about/annual-report/{YEAR}/pdf/").content)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # the contents give each section's page: "Agreements signed ....... 5"
    contents = [line for line in lines if line.startswith("Agreements signed") and "." in line]
    assert contents and contents[0].rstrip().split(".")[-1].strip().isdigit()


@pytest.mark.django_db
def test_the_pdf_is_cached_until_the_content_changes(client, site, monkeypatch):
    report = make_year()
    calls = []
    render = figures.render_pdf
    monkeypatch.setattr(figures, "render_pdf", lambda *a: calls.append(1) or render(*a))
    url = f"/en/about/annual-report/{YEAR}/pdf/"
    first = client.get(url).content
    assert client.get(url).content == first
    assert len(calls) == 1
    agreement = Agreement.objects.filter(signed_on__year=YEAR).first()
    agreement.title_en = "A renamed agreement"
    agreement.save()
    _reader, text = pdf_text(client.get(url).content)
    assert len(calls) == 2
    assert "A renamed agreement" in " ".join(text.split())
    report.introduction_en = "<p>Changed.</p>"
    report.save()
    client.get(url)
    assert len(calls) == 3


@pytest.mark.django_db
def test_staff_regenerate_the_pdf_from_the_admin(staff_client, site, monkeypatch):
    report = make_year()
    calls = []
    monkeypatch.setattr(figures, "render_pdf", lambda report, request: calls.append(1) or b"%PDF")
    response = staff_client.post(
        "/admin/intloffice/annualreport/",
        {"action": "regenerate_pdf", "_selected_action": [report.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert len(calls) == 2  # Arabic and English
    messages = [str(message) for message in response.context["messages"]]
    assert len(messages) == 1 and "PDF" in messages[0]


@pytest.mark.django_db
def test_staff_edit_the_report_in_both_languages(staff_client, site):
    response = staff_client.post(
        "/admin/intloffice/annualreport/add/",
        {
            "year": "2022",
            "introduction_en": "<p>English words <script>x</script></p>",
            "introduction_ar": "<p>كلمات عربية</p>",
            "is_published": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    report = AnnualReport.objects.get(year=2022)
    assert report.introduction_ar == "<p>كلمات عربية</p>"
    assert "<script" not in report.introduction_en


# The site (settings, digits), the report, its charts (one query each) and the sections
# (agreements 2, visits 3, events 1, statements 1, publications 1), the other years: the same
# at both sizes.
REPORT_QUERIES = 16


@pytest.mark.django_db
@pytest.mark.parametrize("scale", [1, 3])
def test_the_report_page_runs_a_fixed_number_of_queries(
    client, site, django_assert_num_queries, scale
):
    make_year(scale=scale)
    client.get(f"/en/about/annual-report/{YEAR}/")
    with django_assert_num_queries(REPORT_QUERIES):
        assert client.get(f"/en/about/annual-report/{YEAR}/").status_code == 200
