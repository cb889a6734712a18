"""The back office: lists, filters, normalised search, autocomplete, export, index panel."""

import pytest

from intloffice.publishing import Status
from partners.models import Agreement, Partner, PartnerKind

from .factories import AgreementFactory, MembershipFactory, PartnerFactory, days

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(site):
    najaf = PartnerFactory(
        slug="najaf", name_ar="حوزةُ النجف الأشرف", name_en="Najaf Seminary", country="IQ"
    )
    cairo = PartnerFactory(
        slug="cairo", name_ar="جامعة القاهرة الجديدة", name_en="New Cairo College", country="EG"
    )
    soon = AgreementFactory(
        slug="soon",
        title_en="Ending soon agreement",
        title_ar="اتفاقية تنتهي قريبًا",
        ends_on=days(15),
        partners=[najaf],
    )
    later = AgreementFactory(
        slug="later", title_en="Long agreement", ends_on=days(900), partners=[cairo]
    )
    draft_soon = AgreementFactory(
        slug="draft-soon",
        title_en="Draft ending soon",
        ends_on=days(60),
        status=Status.DRAFT,
        partners=[cairo],
    )
    return najaf, cairo, soon, later, draft_soon  # fmt: skip


def test_partner_changelist_filters_and_arabic_search(staff_client, data):
    response = staff_client.get("/admin/partners/partner/")
    assert response.status_code == 200
    najaf, cairo = data[0], data[1]
    najaf_link, cairo_link = (f"/admin/partners/partner/{p.pk}/change/" for p in (najaf, cairo))
    html = response.content.decode()
    assert najaf_link in html and cairo_link in html
    html = staff_client.get("/admin/partners/partner/?country=IQ").content.decode()
    assert najaf_link in html and cairo_link not in html
    for term in ("حوزه", "الأشرف", "حوزة النجف", "seminary"):
        html = staff_client.get("/admin/partners/partner/", {"q": term}).content.decode()
        assert najaf_link in html and cairo_link not in html, term
    assert staff_client.get("/admin/partners/partner/?kind=university").status_code == 200


def link(agreement):
    return f"/admin/partners/agreement/{agreement.pk}/change/"


def test_agreement_changelist_status_column_and_filters(staff_client, data):
    _najaf, _cairo, soon, later, draft_soon = data
    html = staff_client.get("/admin/partners/agreement/").content.decode()
    assert 'class="lifecycle lifecycle-expiring"' in html and "lifecycle-active" in html
    html = staff_client.get("/admin/partners/agreement/?lifecycle=expiring").content.decode()
    assert link(soon) in html and link(draft_soon) in html and link(later) not in html
    html = staff_client.get("/admin/partners/agreement/?country=EG").content.decode()
    assert link(later) in html and link(soon) not in html
    html = staff_client.get("/admin/partners/agreement/", {"q": "تنتهي قريبا"}).content.decode()
    assert link(soon) in html and link(later) not in html


def test_partner_autocomplete_and_membership_limit(staff_client, data):
    PartnerFactory(slug="network", name_en="Gulf Network", kind=PartnerKind.NETWORK)
    response = staff_client.get(
        "/admin/autocomplete/",
        {
            "term": "الأشرف",
            "app_label": "partners",
            "model_name": "agreement",
            "field_name": "partners",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["حوزةُ النجف الأشرف"]
    response = staff_client.get(
        "/admin/autocomplete/",
        {"term": "", "app_label": "partners", "model_name": "membership", "field_name": "partner"},
    )
    texts = [r["text"] for r in response.json()["results"]]
    assert len(texts) == 1  # only networks can be memberships


def test_agreement_form_refuses_an_end_before_the_start(staff_client, data):
    najaf = data[0]
    response = staff_client.post(
        "/admin/partners/agreement/add/",
        {
            "title_ar": "اتفاقية", "title_en": "Agreement", "kind": "mou",
            "partners": [najaf.pk], "signed_on": days(0), "starts_on": days(0),
            "ends_on": days(-10), "renewal": "none", "slug": "bad-dates",
            "status": "draft", "published_at_0": days(0), "published_at_1": "10:00",
            "only_language": "", "is_public": "on",
        },
    )  # fmt: skip
    assert response.status_code == 200
    assert "لا يمكن أن تنتهي الاتفاقية قبل أن تبدأ." in response.content.decode()  # admin in Arabic
    assert not Agreement.objects.filter(slug="bad-dates").exists()


def test_partner_saved_in_the_admin_is_searchable(staff_client, site):
    response = staff_client.post(
        "/admin/partners/partner/add/",
        {
            "name_ar": "مَعهد الدراسات", "name_en": "Institute of Studies", "short_name_ar": "",
            "short_name_en": "", "kind": "research", "country": "LB", "city_ar": "بيروت",
            "city_en": "Beirut", "website": "", "logo_alt_ar": "", "logo_alt_en": "",
            "description_ar": "", "description_en": "", "relationship_since": "2015",
            "slug": "institute", "status": "published", "published_at_0": days(-1),
            "published_at_1": "10:00", "only_language": "",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(Partner.objects.search("معهد")) == [Partner.objects.get(slug="institute")]


def test_export_gives_csv_and_xlsx(staff_client, data):
    fields = ["slug", "name_ar", "name_en", "country", "country_name", "agreement_count"]
    post = {f"partnerresource_{name}": "on" for name in fields}
    response = staff_client.post(
        "/admin/partners/partner/export/", {**post, "format": "0", "resource": "0"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert "najaf,حوزةُ النجف الأشرف,Najaf Seminary,IQ,العراق,1" in text  # admin in Arabic
    response = staff_client.post(
        "/admin/partners/partner/export/", {**post, "format": "1", "resource": "0"}
    )
    assert response.status_code == 200
    assert response.content[:2] == b"PK"  # an XLSX file is a zip archive


def test_export_action_is_offered(staff_client, data):
    html = staff_client.get("/admin/partners/agreement/").content.decode()
    assert 'value="export_admin_action"' in html


def test_export_page_lists_the_formats(staff_client, data):
    response = staff_client.get("/admin/partners/agreement/export/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "csv" in html.lower() and "xlsx" in html.lower()


def test_admin_index_shows_agreements_expiring_soon(staff_client, data):
    html = staff_client.get("/admin/").content.decode()
    panel = html[html.index('id="expiring-agreements"') :]
    panel = panel[: panel.index("</table>")]
    _najaf, _cairo, soon, later, draft_soon = data
    assert link(soon) in panel and link(draft_soon) in panel and link(later) not in panel
    assert "(2)" in panel


def test_membership_and_reminder_log_admin_pages(staff_client, data):
    MembershipFactory()
    assert staff_client.get("/admin/partners/membership/").status_code == 200
    assert staff_client.get("/admin/partners/reminderlog/").status_code == 200
    assert staff_client.get("/admin/partners/reminderlog/add/").status_code == 403
