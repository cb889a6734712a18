"""Bad bytes are 400; bidirectional overrides are stripped on save (issue 14, rows 7 and 10,
"Must hold" 7). Run on SQLite and on PostgreSQL, which refuses NUL in text with an error."""

import pytest

from intloffice.models import Page
from partners.models import Partner
from tests.factories import PageFactory
from tests.partners.factories import PartnerFactory

ADMIN_LISTS = [
    "/admin/partners/partner/?country={}",
    "/admin/partners/partner/?q={}",
    "/admin/partners/agreement/?lifecycle={}",
    "/admin/news/article/?q={}",
    "/admin/visits/visit/?kind__exact={}",
    "/admin/intloffice/page/?{}=1",
]
PUBLIC = [
    "/en/partners/?country={}",
    "/ar/partners/?q={}",
    "/en/visits/?year={}",
    "/en/news/?kind={}",
    "/en/?{}",
]
CONTROL = ["%00", "%01", "a%00b", "%1b%5B31m", "%7F", "%C2%85"]


@pytest.mark.parametrize("url", ADMIN_LISTS)
@pytest.mark.parametrize("value", CONTROL[:3])
def test_control_characters_in_admin_lists_are_400(staff_client, url, value):
    response = staff_client.get(url.format(value), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "control characters" in response.content.decode()
    arabic = staff_client.get(url.format(value), HTTP_ACCEPT_LANGUAGE="ar")
    assert arabic.status_code == 400
    assert "أحرف تحكم" in arabic.content.decode()


@pytest.mark.parametrize("url", PUBLIC)
@pytest.mark.parametrize("value", CONTROL)
def test_control_characters_in_public_queries_are_400(client, site, url, value):
    assert client.get(url.format(value)).status_code == 400


def test_the_message_is_in_the_language_of_the_page(client, site):
    response = client.get("/ar/partners/?q=%00")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "أحرف تحكم" in response.content.decode()


def test_control_characters_in_the_path_are_400(client, site):
    assert client.get("/en/partners/%00/").status_code == 400
    assert client.get("/admin/partners/partner/%01/change/").status_code == 400


def test_a_nul_in_an_admin_form_is_400_and_nothing_is_saved(staff_client, site):
    partner = PartnerFactory(name_en="Before")
    response = staff_client.post(
        f"/admin/partners/partner/{partner.pk}/change/",
        {"name_en": "After\x00", "name_ar": "قبل", "slug": partner.slug},
    )
    assert response.status_code == 400
    partner.refresh_from_db()
    assert partner.name_en == "Before"


def test_a_nul_in_a_public_form_is_400(client, site):
    message = {"name": "A", "email": "a@example.org", "subject": "Hi\x00", "message": "Hi"}
    assert client.post("/en/contact/", message).status_code == 400


def test_tabs_and_line_breaks_are_text(client, site):
    message = {
        "name": "A\tB",
        "email": "a@example.org",
        "subject": "Hello",
        "message": "First line\r\nSecond line",
    }
    assert client.post("/en/contact/", message).status_code == 302


def test_bidi_overrides_are_stripped_from_every_text_field_on_save(db):
    partner = PartnerFactory(
        name_en="Evil\u202egpj.exe", name_ar="جامعة\u202b المثال\u202c", city_en="\u202dNajaf"
    )
    partner.refresh_from_db()
    assert partner.name_en == "Evilgpj.exe"
    assert partner.name_ar == "جامعة المثال"
    assert partner.city_en == "Najaf"
    assert not Partner.objects.filter(name_en__contains="\u202e").exists()


def test_marks_and_isolates_that_mixed_text_needs_are_kept(db):
    title = "زيارة \u2067Oxford\u2069 \u200fالجامعة\u200e"
    page = PageFactory(title_ar=title)
    assert Page.objects.get(pk=page.pk).title_ar == title


def test_an_override_typed_in_the_admin_is_gone_after_saving(staff_client, site):
    from tests.partners.factories import days

    response = staff_client.post(
        "/admin/partners/partner/add/",
        {
            "name_ar": "معهد", "name_en": "Institute \u202eof", "short_name_ar": "",
            "short_name_en": "", "kind": "research", "country": "LB", "city_ar": "بيروت",
            "city_en": "Beirut", "website": "", "logo_alt_ar": "", "logo_alt_en": "",
            "description_ar": "", "description_en": "", "relationship_since": "",
            "slug": "institute", "status": "draft", "published_at_0": days(-1),
            "published_at_1": "10:00", "only_language": "",
        },
    )  # fmt: skip
    assert response.status_code == 302
    assert Partner.objects.get(slug="institute").name_en == "Institute of"
