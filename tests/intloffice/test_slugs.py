"""One ASCII slug per item: from the English title, else transliterated from the Arabic;
editable; unique (intloffice/publishing.py ``make_slug``)."""

import pytest

from intloffice.models import Page
from news.models import Article
from partners.models import Partner
from tests.intloffice.test_admin import page_form
from tests.news.factories import ArticleFactory
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_slug_from_the_english_title():
    article = ArticleFactory(slug="", title_en="Delegation from Kuala Lumpur, 2025!")
    assert article.slug == "delegation-from-kuala-lumpur-2025"


def test_arabic_only_items_get_a_transliterated_ascii_slug():
    article = ArticleFactory(slug="", title_en="", title_ar="مؤتمر التعليم العالي ٢٠٢٤")
    partner = PartnerFactory(slug="", name_en="", name_ar="جامعة القاهرة")
    assert article.slug == "mutmr-altalym-alaaly-2024"
    assert partner.slug == "jamaa-alqahra"
    assert article.slug.isascii() and partner.slug.isascii()


def test_slugs_stay_unique_and_fit_the_column():
    first = ArticleFactory(slug="", title_en="", title_ar="زيارة وفد")
    second = ArticleFactory(slug="", title_en="", title_ar="زيارة وفد")
    third = ArticleFactory(slug="", title_en="Zyar wfd", title_ar="")
    assert [first.slug, second.slug, third.slug] == ["zyara-wfd", "zyara-wfd-2", "zyar-wfd"]
    long = ArticleFactory(slug="", title_en="word " * 45)
    again = ArticleFactory(slug="", title_en="word " * 45)
    assert len(long.slug) <= 120 and len(again.slug) <= 120 and long.slug != again.slug


def test_no_usable_title_still_gives_a_slug():
    assert ArticleFactory(slug="", title_en="!!!", title_ar="؟؟").slug == "article"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_admin_leaves_the_slug_empty_for_an_arabic_only_page(staff_client, site, lang):
    response = staff_client.post(
        "/admin/intloffice/page/add/",
        page_form(
            slug="",
            title_en="",
            body_en="",
            only_language="ar",
            title_ar="رؤية المكتب",
        ),
        HTTP_ACCEPT_LANGUAGE=lang,
    )
    assert response.status_code == 302
    page = Page.objects.get(title_ar="رؤية المكتب")
    assert page.slug == "ruya-almktb"
    assert staff_client.get(f"/{lang}/about/ruya-almktb/").status_code == 200


def test_admin_slug_is_editable_and_checked(staff_client, site):
    staff_client.post("/admin/intloffice/page/add/", page_form(slug="our-vision"))
    assert Page.objects.filter(slug="our-vision").exists()
    response = staff_client.post(
        "/admin/intloffice/page/add/",
        page_form(slug="our-vision", title_en="Other"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "Page with this Slug already exists." in response.content.decode()
    response = staff_client.post(
        "/admin/intloffice/page/add/",
        page_form(slug="رؤية", title_en="Third"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    help_text = staff_client.get("/admin/intloffice/page/add/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Leave it empty to make it from the English title" in help_text.content.decode()


def test_arabic_only_partner_through_the_admin(staff_client, site):
    response = staff_client.post(
        "/admin/partners/partner/add/",
        {
            "name_ar": "معهد الدراسات العليا",
            "name_en": "",
            "short_name_ar": "",
            "short_name_en": "",
            "kind": "university",
            "country": "EG",
            "city_ar": "",
            "city_en": "",
            "website": "",
            "logo_alt_ar": "",
            "logo_alt_en": "",
            "description_ar": "",
            "description_en": "",
            "relationship_since": "",
            "slug": "",
            "status": "draft",
            "published_at_0": "2026-01-01",
            "published_at_1": "10:00:00",
            "only_language": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Partner.objects.get().slug == "mahd-aldrasat-alalya"
    assert not Article.objects.exists()
