"""?format=csv and ?format=json on the partner and agreement lists."""

import csv
import io
import json

import pytest

from intloffice.publishing import Status

from .factories import AgreementFactory, PartnerFactory, days

pytestmark = pytest.mark.django_db

PARTNER_COLUMNS = [
    "slug", "name", "short_name", "kind", "kind_label", "country", "country_name", "city",
    "website", "relationship_since", "active_agreements", "url",
]  # fmt: skip
AGREEMENT_COLUMNS = [
    "slug", "title", "kind", "kind_label", "status", "status_label", "signed_on", "starts_on",
    "ends_on", "renewal", "partners", "partner_countries", "url",
]  # fmt: skip


@pytest.fixture
def data(site):
    iraq = PartnerFactory(
        slug="najaf", name_en="Najaf Seminary", name_ar="حوزة النجف", country="IQ"
    )
    egypt = PartnerFactory(
        slug="cairo", name_en="Cairo College", name_ar="كلية القاهرة", country="EG"
    )
    PartnerFactory(slug="draft", name_en="Draft", status=Status.DRAFT, country="IQ")
    AgreementFactory(slug="mou", title_en="MoU", title_ar="مذكرة", partners=[iraq, egypt])
    AgreementFactory(slug="old", title_en="Old", ends_on=days(-2), partners=[egypt])
    AgreementFactory(slug="private", title_en="Private", is_public=False, partners=[iraq])
    return iraq, egypt


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_partner_csv_has_stable_columns_and_filtered_rows(client, data):
    response = client.get("/en/partners/?format=csv&country=IQ")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert list(rows[0].keys()) == PARTNER_COLUMNS
    assert [row["slug"] for row in rows] == ["najaf"]
    assert rows[0]["country_name"] == "Iraq"
    assert rows[0]["active_agreements"] == "1"
    assert rows[0]["url"] == "http://testserver/en/partners/najaf/"


def test_partner_json_in_arabic(client, data):
    response = client.get("/ar/partners/?format=json")
    assert response.status_code == 200
    payload = json.loads(response.content)
    assert payload["count"] == 2
    by_slug = {row["slug"]: row for row in payload["results"]}
    assert set(by_slug) == {"najaf", "cairo"}  # the draft is not open data
    assert list(by_slug["najaf"]) == PARTNER_COLUMNS
    assert by_slug["najaf"]["name"] == "حوزة النجف"
    assert by_slug["najaf"]["country_name"] == "العراق"
    assert by_slug["cairo"]["url"].endswith("/ar/partners/cairo/")


def test_partner_open_data_is_every_row_not_one_page(client, site):
    for n in range(30):
        PartnerFactory(slug=f"p{n}")
    payload = json.loads(client.get("/en/partners/?format=json&page=2").content)
    assert payload["count"] == 30 and len(payload["results"]) == 30


def test_agreement_json_and_csv(client, data):
    payload = json.loads(client.get("/en/agreements/?format=json").content)
    by_slug = {row["slug"]: row for row in payload["results"]}
    assert set(by_slug) == {"mou", "old"}  # the private agreement stays private
    assert list(by_slug["mou"]) == AGREEMENT_COLUMNS
    assert by_slug["mou"]["status"] == "active"
    assert by_slug["old"]["status"] == "expired"
    assert by_slug["mou"]["partner_countries"] == "EG | IQ"
    rows = read_csv(client.get("/ar/agreements/?format=csv&status=expired"))
    assert [row["slug"] for row in rows] == ["old"]
    assert list(rows[0]) == AGREEMENT_COLUMNS
    assert rows[0]["status_label"]  # translated label in Arabic


@pytest.mark.parametrize(
    "url", ["/en/partners/?format=xml", "/ar/agreements/?format=xml", "/en/partners/?format="]
)
def test_unknown_format_is_400(client, data, url):
    assert client.get(url).status_code == 400


@pytest.mark.parametrize(
    "url", ["/en/partners/?format=json&country=ZZ", "/en/agreements/?format=csv&year=abc"]
)
def test_bad_filter_in_open_data_is_400_with_errors(client, data, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "errors" in json.loads(response.content)


def test_list_pages_link_to_their_open_data(client, data):
    html = client.get("/en/partners/?country=IQ&page=1").content.decode()
    assert "?country=IQ&amp;format=csv" in html and "?country=IQ&amp;format=json" in html
