"""Demo content, the home-page figures, navigation and the sitemap."""

import pytest
from django.core.management import call_command

from partners.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Membership,
    Partner,
    PartnerKind,
)
from tests.sitemaps import sitemap_text

from .factories import AgreementFactory, MembershipFactory, PartnerFactory

pytestmark = pytest.mark.django_db

SEED_COUNTRIES = {
    "AF", "DZ", "AU", "AZ", "BA", "BF", "CA", "CN", "KM", "HR", "EG", "FI", "FR", "DE", "GH",
    "KG", "IN", "ID", "IQ", "JP", "KZ", "KW", "LB", "LY", "MG", "MY", "NE", "NG", "NL", "NO",
    "PK", "RU", "SA", "SN", "SL", "SO", "LK", "SD", "SE", "TH", "TN", "TR", "GB", "US", "VA",
}  # fmt: skip


def test_seed_demo_fills_and_is_idempotent():
    call_command("seed_demo", verbosity=0)
    partners = Partner.objects.published()
    assert partners.count() >= 40
    assert set(partners.values_list("kind", flat=True)) == set(PartnerKind.values)
    assert set(partners.values_list("country", flat=True)) <= SEED_COUNTRIES
    assert len(set(partners.values_list("country", flat=True))) >= 30
    for partner in partners:
        assert partner.name_ar and partner.name_en and partner.logo and partner.search_text
    # Every agreement is the partners demo's own (six of them were signed during visits).
    agreements = Agreement.objects.with_lifecycle()
    assert agreements.count() == 21
    assert set(agreements.values_list("kind", flat=True)) == set(AgreementKind.values)
    assert set(agreements.values_list("lifecycle", flat=True)) == set(AgreementStatus.values)
    assert Membership.objects.current().count() >= 3
    assert (
        Membership.objects.filter(partner__kind=PartnerKind.NETWORK).count()
        == Membership.objects.count()
    )
    counts = (Partner.objects.count(), Agreement.objects.count(), Membership.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (
        Partner.objects.count(),
        Agreement.objects.count(),
        Membership.objects.count(),
    ) == counts


def test_seed_demo_scale_multiplies():
    call_command("seed_demo", verbosity=0)
    base_partners, base_agreements = Partner.objects.count(), Agreement.objects.count()
    call_command("seed_demo", scale=5, verbosity=0)
    assert Partner.objects.count() == base_partners * 5
    assert Agreement.objects.count() == base_agreements * 5
    copy = Agreement.objects.get(slug="joint-research-manuscripts-3")
    assert copy.partners.count() == 3
    assert list(Partner.objects.search("branch 3"))
    call_command("seed_demo", scale=5, verbosity=0)
    assert Partner.objects.count() == base_partners * 5


@pytest.mark.parametrize("language", ["ar", "en"])
def test_home_shows_partner_figures_and_navigation(client, site, language):
    partner = PartnerFactory(country="IQ")
    PartnerFactory(country="EG")
    AgreementFactory(partners=[partner])
    MembershipFactory()
    html = client.get(f"/{language}/").content.decode()
    section = html[html.index('id="partner-figures-title"') :]
    assert f'href="/{language}/partners/"><strong>3</strong>' in section  # the network too
    assert f'href="/{language}/partners/countries/"><strong>2</strong>' in section
    assert f'href="/{language}/agreements/?status=active"><strong>1</strong>' in section
    assert f'href="/{language}/partners/memberships/"><strong>1</strong>' in section
    nav = html[html.index('class="main-nav"') :]
    assert f'href="/{language}/partners/"' in nav and f'href="/{language}/agreements/"' in nav


def test_home_without_partners_has_no_empty_block(client, site):
    assert "partner-figures-title" not in client.get("/en/").content.decode()


def test_memberships_page(client, site):
    MembershipFactory(partner__name_en="Current Network", partner__slug="cur")
    MembershipFactory(partner__name_en="Former Network", partner__slug="old", ended_on="2020-01-01")
    for language in ("ar", "en"):
        response = client.get(f"/{language}/partners/memberships/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f"/{language}/partners/cur/" in html and f"/{language}/partners/old/" in html
        assert html.index(f"/{language}/partners/cur/") < html.index('id="past-title"')


def test_sitemap_lists_published_partners_and_public_agreements(client, site):
    PartnerFactory(slug="visible")
    PartnerFactory(slug="hidden", status="draft")
    AgreementFactory(slug="open-one")
    AgreementFactory(slug="closed-one", is_public=False)
    xml = sitemap_text(client)
    assert "/en/partners/visible/" in xml and "/ar/partners/visible/" in xml
    assert "/en/agreements/open-one/" in xml
    assert "hidden" not in xml and "closed-one" not in xml
    assert "/ar/partners/countries/" in xml
