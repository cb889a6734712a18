"""Digits on Arabic pages (SiteSettings): Western by default, Arabic-Indic by choice, for dates,
counts, page numbers and figures — never for reference numbers, phones or URLs; digits typed
either way are accepted (intloffice/digits.py, the ``digits`` filter)."""

import datetime
import re

import pytest

from intloffice.models import Digits, Page
from tests.intloffice.test_admin import page_form
from tests.news.factories import ArticleFactory, StatementFactory
from tests.partners.factories import PartnerFactory
from tests.visits.factories import VisitFactory

pytestmark = pytest.mark.django_db

ARABIC_INDIC = re.compile("[٠-٩]")


@pytest.fixture
def arabic_indic(site):
    site.arabic_digits = Digits.ARABIC_INDIC
    site.phone = "+970 8 2641884"
    site.save()
    return site


@pytest.fixture
def news(site):
    for _n in range(13):  # two pages of 12
        ArticleFactory(published_at=datetime.datetime(2025, 3, 9, 12, tzinfo=datetime.UTC))
    StatementFactory(
        reference_number="IRA/ST/2025/07", issued_on=datetime.date(2025, 3, 9), slug="st-2025"
    )


def test_arabic_pages_use_western_digits_by_default(client, site, news):
    html = client.get("/ar/news/").content.decode()
    assert "9 مارس 2025" in html and "صفحة 1 من 2" in html
    assert not ARABIC_INDIC.search(re.sub(r"<[^>]+>", "", html))


def test_arabic_indic_digits_on_dates_counts_pages_and_figures(client, arabic_indic, news):
    html = client.get("/ar/news/").content.decode()
    assert "٩ مارس ٢٠٢٥" in html  # dates
    assert "صفحة ١ من ٢" in html  # pagination
    assert 'datetime="2025-03-09' in html  # machine-readable values stay as they are
    assert "?page=2" in html  # so do URLs
    assert "+970 8 2641884" in html  # and phone numbers (footer)
    assert "© ٢٠" in html
    statements = client.get("/ar/statements/").content.decode()
    assert "IRA/ST/2025/07" in statements and "٩ مارس ٢٠٢٥" in statements  # reference kept
    PartnerFactory.create_batch(3)
    partners = client.get("/ar/partners/").content.decode()
    assert re.search(r"٣ (شركاء|شريك)", partners)  # the result count
    home = client.get("/ar/").content.decode()
    assert "<strong>٣</strong>" in home  # figures
    VisitFactory(starts_on=datetime.date(2025, 3, 9), ends_on=datetime.date(2025, 3, 9))
    visit_page = client.get("/ar/visits/").content.decode()
    assert "٩ مارس ٢٠٢٥" in visit_page


def test_english_pages_keep_western_digits(client, arabic_indic, news):
    html = client.get("/en/news/").content.decode()
    assert "March 9, 2025" in html and "Page 1 of 2" in html
    assert not ARABIC_INDIC.search(html)


def test_the_choice_is_in_the_site_settings_form(staff_client, site):
    html = staff_client.get("/admin/intloffice/sitesettings/").content.decode()
    assert 'name="arabic_digits"' in html and "٠١٢٣٤٥٦٧٨٩" in html


def test_typed_arabic_indic_digits_are_accepted_in_search_filters_and_pages(client, site, news):
    PartnerFactory(name_en="Forum 2024 partner", name_ar="شريك منتدى 2024", slug="forum")
    html = client.get("/ar/partners/?q=٢٠٢٤").content.decode()
    assert "شريك منتدى 2024" in html
    VisitFactory(starts_on=datetime.date(2023, 5, 1), ends_on=datetime.date(2023, 5, 2))
    response = client.get("/en/visits/?year=٢٠٢٣")
    assert response.status_code == 200 and "1 visit" in response.content.decode()
    assert "Page 2 of 2" in client.get("/en/news/?page=٢").content.decode()


def test_typed_arabic_indic_digits_are_accepted_in_admin_forms_and_search(staff_client, site):
    response = staff_client.post(
        "/admin/intloffice/page/add/",
        page_form(published_at_0="٢٠٢٦-٠١-٠٥", published_at_1="١٠:٣٠:٠٠", order="٣"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug="about-the-office")
    assert page.order == 3
    assert page.published_at.date() == datetime.date(2026, 1, 5)
    ArticleFactory(title_en="Annual report 2024", title_ar="التقرير السنوي 2024")
    ArticleFactory(title_en="Something else", title_ar="شيء آخر")
    listing = staff_client.get("/admin/news/article/?q=٢٠٢٤")
    assert [a.title_en for a in listing.context["cl"].result_list] == ["Annual report 2024"]
    partners = staff_client.get("/admin/partners/partner/?q=2024")
    assert partners.status_code == 200
