"""The agreement list: filters by kind, status, partner country and year; bad input."""

import pytest
from django.test import override_settings

from intloffice.publishing import Status
from partners.models import AgreementKind

from .factories import AgreementFactory, PartnerFactory, days

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreements(site):
    iraq = PartnerFactory(slug="najaf", country="IQ", name_en="Najaf Seminary")
    egypt = PartnerFactory(slug="cairo", country="EG", name_en="Cairo College")
    draft_partner = PartnerFactory(slug="hidden", country="FR", status=Status.DRAFT)
    return {
        "active": AgreementFactory(slug="active", title_en="Active MoU", kind=AgreementKind.MOU, partners=[iraq]),
        "upcoming": AgreementFactory(slug="upcoming", title_en="Upcoming exchange", kind=AgreementKind.STUDENT_EXCHANGE, starts_on=days(10), signed_on=days(-5), partners=[egypt]),
        "expiring": AgreementFactory(slug="expiring", title_en="Expiring research", kind=AgreementKind.JOINT_RESEARCH, ends_on=days(30), partners=[iraq, egypt]),
        "expired": AgreementFactory(slug="expired", title_en="Expired scholarship", kind=AgreementKind.SCHOLARSHIP, signed_on=days(-3000), starts_on=days(-3000), ends_on=days(-30), partners=[egypt]),
        "terminated": AgreementFactory(slug="terminated", title_en="Terminated programme", kind=AgreementKind.JOINT_PROGRAMME, terminated=True, partners=[iraq, draft_partner]),
        "private": AgreementFactory(slug="private", title_en="Private agreement", is_public=False, partners=[iraq]),
        "draft": AgreementFactory(slug="draft", title_en="Draft agreement", status=Status.DRAFT, partners=[iraq]),
    }  # fmt: skip


def slugs_in(response):
    html = response.content.decode()
    names = ["active", "upcoming", "expiring", "expired", "terminated", "private", "draft"]
    return {name for name in names if f"/agreements/{name}/" in html}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_lists_published_public_agreements_with_badges(client, agreements, language):
    response = client.get(f"/{language}/agreements/")
    assert response.status_code == 200
    assert slugs_in(response) == {"active", "upcoming", "expiring", "expired", "terminated"}
    html = response.content.decode()
    for status in ("active", "upcoming", "expiring", "expired", "terminated"):
        assert f'class="badge badge-{status}"' in html
    assert "Hidden" not in html  # a draft partner is not shown next to its agreement
    assert not response.cookies


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ("status=active", {"active"}),
        ("status=upcoming", {"upcoming"}),
        ("status=expiring", {"expiring"}),
        ("status=expired", {"expired"}),
        ("status=terminated", {"terminated"}),
        ("kind=mou", {"active"}),
        ("kind=joint_research", {"expiring"}),
        ("country=EG", {"upcoming", "expiring", "expired"}),
        ("country=FR", set()),  # only a draft partner there
        ("country=IQ&status=expiring", {"expiring"}),
    ],
)
def test_filters(client, agreements, params, expected):
    for language in ("ar", "en"):
        response = client.get(f"/{language}/agreements/?{params}")
        assert response.status_code == 200
        assert slugs_in(response) == expected


def test_year_filter(client, agreements):
    year = days(-3000).year
    response = client.get(f"/en/agreements/?year={year}")
    assert slugs_in(response) == {"expired"}
    assert f'<option value="{year}" selected>' in response.content.decode()


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize(
    "params",
    [
        "status=forever",
        "kind=treaty",
        "country=ZZ",
        "year=abc",
        "year=99999999",
        "year=2020.5",
        "year=-1",
    ],
)
def test_bad_filter_values_answer_400_with_a_message(client, agreements, language, params):
    response = client.get(f"/{language}/agreements/?{params}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field-error"' in html
    assert slugs_in(response) == set()


def test_bad_page_numbers(client, agreements):
    for page in ("0", "abc", "99999", "-3"):
        assert client.get(f"/en/agreements/?page={page}").status_code == 200


@override_settings(PAGE_CACHE_SECONDS=0)
@pytest.mark.parametrize("url", ["/en/agreements/", "/ar/agreements/?status=active&country=IQ"])
def test_query_count_is_fixed(count_queries, site, url):
    def add(n, start):
        for i in range(start, start + n):
            a = PartnerFactory(slug=f"p-{i}", country="IQ")
            b = PartnerFactory(slug=f"q-{i}", country="EG")
            AgreementFactory(slug=f"a-{i}", partners=[a, b], signed_on=days(-400 - 400 * i))

    add(3, 0)
    small, response = count_queries(url)
    assert response.status_code == 200
    add(12, 3)
    large, response = count_queries(url)
    assert response.content.decode().count("/agreements/a-") == 15
    assert small == large
