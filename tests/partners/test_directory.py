"""The partner directory: filters, facets, search, pagination, memberships, bad input."""

import re

import pytest
from django.test import override_settings

from intloffice.publishing import Status
from partners.models import PartnerKind

from .factories import AgreementFactory, MembershipFactory, PartnerFactory, days

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(site):
    najaf = PartnerFactory(
        slug="dar-al-ilm",
        name_en="Dar al-Ilm Seminary",
        name_ar="حوزة دار العلم",
        kind=PartnerKind.RELIGIOUS,
        country="IQ",
    )
    cairo = PartnerFactory(
        slug="mokattam",
        name_en="Al-Mokattam University",
        name_ar="جامعة المقطم",
        country="EG",
        city_en="Cairo",
        city_ar="القاهرة",
    )
    leiden = PartnerFactory(
        slug="leiden-centre",
        name_en="Leiden Centre for Texts",
        name_ar="مركز لايدن للنصوص",
        kind=PartnerKind.RESEARCH,
        country="NL",
    )
    PartnerFactory(slug="draft-partner", name_en="Hidden Draft College", status=Status.DRAFT)
    AgreementFactory(partners=[cairo])
    AgreementFactory(partners=[cairo], ends_on=days(-3))
    return najaf, cairo, leiden


@pytest.mark.parametrize("language", ["ar", "en"])
def test_directory_lists_published_partners_with_cards(client, partners, language):
    response = client.get(f"/{language}/partners/")
    assert response.status_code == 200
    html = response.content.decode()
    field = f"name_{language}"
    for partner in partners:
        assert getattr(partner, field) in html
        assert partner.get_absolute_url() in html
    assert "Hidden Draft College" not in html
    assert html.count("<h1") == 1
    assert {"ar": "<h1>الشركاء</h1>", "en": "<h1>Partners</h1>"}[language] in html
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html


def test_card_shows_country_city_kind_and_active_agreements(client, partners):
    html = client.get("/en/partners/?country=EG").content.decode()
    assert "Egypt" in html and "Cairo" in html and "University" in html
    assert "1 active agreement" in html  # the expired one is not counted


def test_arabic_card_shows_arabic_country_name(client, partners):
    html = client.get("/ar/partners/?country=EG").content.decode()
    assert "مصر" in html and "القاهرة" in html


def test_filters_by_country_and_kind(client, partners):
    najaf, cairo, leiden = partners
    html = client.get("/en/partners/?country=IQ").content.decode()
    assert najaf.name_en in html and cairo.name_en not in html
    html = client.get("/en/partners/?kind=research").content.decode()
    assert leiden.name_en in html and najaf.name_en not in html
    html = client.get("/en/partners/?kind=research&country=IQ").content.decode()
    assert "No partner matches these filters." in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("حوزة", "dar-al-ilm"),
        ("حَوزه", "dar-al-ilm"),  # diacritics and taa marbuta folded
        ("seminary", "dar-al-ilm"),
        ("المقطم", "mokattam"),
        ("القاهره", "mokattam"),  # the city, folded
        ("LEIDEN", "leiden-centre"),
    ],
)
def test_search_either_language_arabic_normalised(client, partners, query, expected):
    for language in ("ar", "en"):
        response = client.get(f"/{language}/partners/", {"q": query})
        html = response.content.decode()
        assert f"/{language}/partners/{expected}/" in html
        others = {"dar-al-ilm", "mokattam", "leiden-centre"} - {expected}
        assert not any(f"/{language}/partners/{slug}/" in html for slug in others)


def test_facet_counts_follow_the_other_filters(client, partners):
    html = client.get("/en/partners/").content.decode()
    assert ">Iraq (1)</option>" in html and ">Egypt (1)</option>" in html
    assert ">University (1)</option>" in html and ">Research institute (1)</option>" in html
    html = client.get("/en/partners/?kind=university").content.decode()
    assert ">Egypt (1)</option>" in html
    assert "Iraq (" not in html  # no university in Iraq
    assert ">Research institute (1)</option>" in html  # the kind facet ignores its own filter


def test_sorted_by_name_in_the_active_language(client, site):
    PartnerFactory(slug="z", name_en="Zahra College", name_ar="أكاديمية الزهراء")
    PartnerFactory(slug="a", name_en="Avicenna College", name_ar="معهد ابن سينا")
    en = client.get("/en/partners/").content.decode()
    assert en.index("Avicenna College") < en.index("Zahra College")
    ar = client.get("/ar/partners/").content.decode()
    assert ar.index("أكاديمية الزهراء") < ar.index("معهد ابن سينا")


def test_paginated_by_24_and_bad_page_numbers(client, site):
    for n in range(30):
        PartnerFactory(slug=f"p-{n:02d}", name_en=f"College {n:02d}")
    first = client.get("/en/partners/").content.decode()
    assert first.count('class="card partner-card"') == 24
    assert "Page 1 of 2" in first
    last = client.get("/en/partners/?page=2").content.decode()
    assert last.count('class="card partner-card"') == 6
    for bad, expected in [("0", "Page 1 of 2"), ("abc", "Page 1 of 2"), ("99999", "Page 2 of 2")]:
        response = client.get(f"/en/partners/?page={bad}")
        assert response.status_code == 200
        assert expected in response.content.decode()
    assert "page=2" in first and "?&" not in first


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("params", ["country=ZZ", "kind=castle", "country=<script>"])
def test_unknown_filter_values_answer_400_with_a_message(client, partners, language, params):
    response = client.get(f"/{language}/partners/?{params}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field-error"' in html
    assert 'class="card partner-card"' not in html
    assert "<script>" not in html


def test_a_very_long_query_is_answered(client, partners):
    response = client.get("/en/partners/", {"q": "ح" * 2000})
    assert response.status_code == 200
    assert "No partner matches these filters." in response.content.decode()


def test_memberships_are_shown_on_the_directory(client, site):
    network = PartnerFactory(
        slug="amgu", name_en="Association of Gulf Universities", kind=PartnerKind.NETWORK
    )
    MembershipFactory(partner=network, role_en="Founding member")
    MembershipFactory(partner__slug="old-net", partner__name_en="Old Net", ended_on=days(-5))
    html = client.get("/en/partners/").content.decode()
    section = html[html.index('id="memberships-title"') :]
    assert "Association of Gulf Universities" in section and "Founding member" in section
    assert "Old Net" not in section


def test_anonymous_directory_sets_no_cookie_and_is_cacheable(client, partners):
    response = client.get("/en/partners/?country=IQ")
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "public" in response["Cache-Control"]


@override_settings(PAGE_CACHE_SECONDS=0)
@pytest.mark.parametrize(
    "url", ["/en/partners/", "/ar/partners/?country=IQ", "/en/partners/?q=college"]
)
def test_directory_query_count_is_fixed(count_queries, site, url):
    def make(n, start):
        for i in range(start, start + n):
            partner = PartnerFactory(
                slug=f"college-{i}", name_en=f"College {i}", name_ar=f"كلية {i}", country="IQ"
            )
            AgreementFactory(partners=[partner])
            MembershipFactory(partner__slug=f"net-{i}")

    make(3, 0)
    small, response = count_queries(url)
    assert response.status_code == 200
    make(12, 3)
    large, response = count_queries(url)
    assert response.status_code == 200
    assert small == large


@pytest.mark.parametrize("url", ["/ar/partners/", "/en/agreements/"])
def test_filter_forms_are_labelled_get_forms_with_a_submit_button(client, partners, url):
    html = client.get(url).content.decode()
    start = html.index('<form class="filters"')
    form = html[start : html.index("</form>", start)]
    assert 'method="get"' in form and "csrfmiddlewaretoken" not in form
    assert '<button type="submit"' in form
    for field_id in re.findall(r'<(?:select|input)[^>]* id="([^"]+)"', form):
        assert f'<label for="{field_id}">' in form
