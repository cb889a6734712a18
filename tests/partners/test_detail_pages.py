"""Partner and agreement detail pages: content, statuses, previews, private scans."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.utils import timezone

from intloffice.publishing import Status
from partners.models import Agreement, PartnerKind

from .factories import AgreementFactory, MembershipFactory, PartnerFactory, days

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(site):
    partner = PartnerFactory(
        slug="mokattam",
        name_en="Al-Mokattam University",
        name_ar="جامعة المقطم",
        country="EG",
        website="https://mokattam.example.org/",
        relationship_since=2008,
        description_en="<p>A partner in <strong>teaching</strong>.</p>",
        description_ar="<p>شريك في التعليم.</p>",
    )
    return partner


@pytest.mark.parametrize("language", ["ar", "en"])
def test_partner_page_shows_facts_and_agreements_with_status(client, partner, language):
    AgreementFactory(partners=[partner], slug="active-one", title_en="Active one", title_ar="نافذة")
    AgreementFactory(
        partners=[partner], slug="soon", title_en="Ending soon", title_ar="تنتهي قريبا",
        ends_on=days(20),
    )  # fmt: skip
    AgreementFactory(partners=[partner], slug="secret", title_en="Secret", is_public=False)
    AgreementFactory(partners=[partner], slug="draft", title_en="Draft one", status=Status.DRAFT)
    response = client.get(f"/{language}/partners/mokattam/")
    assert response.status_code == 200
    html = response.content.decode()
    assert getattr(partner, f"name_{language}") in html
    assert "https://mokattam.example.org/" in html
    assert '<time datetime="2008">2008</time>' in html
    assert f"/{language}/agreements/active-one/" in html
    assert f"/{language}/agreements/soon/" in html
    assert 'class="badge badge-active"' in html and 'class="badge badge-expiring"' in html
    assert "/agreements/secret/" not in html and "/agreements/draft/" not in html
    assert "?country=EG" in html
    assert not response.cookies


def test_partner_page_shows_the_university_membership(client, site):
    network = PartnerFactory(slug="net", name_en="Gulf Network", kind=PartnerKind.NETWORK)
    MembershipFactory(partner=network, role_en="Founding member")
    html = client.get("/en/partners/net/").content.decode()
    assert "The university&#x27;s membership" in html or "The university's membership" in html
    assert "Founding member" in html


def test_draft_partner_is_404_for_visitors_and_previewed_by_staff(staff_client, site):
    client = Client()
    PartnerFactory(slug="draft", name_en="Draft College", status=Status.DRAFT)
    assert client.get("/en/partners/draft/").status_code == 404
    future = timezone.now() + datetime.timedelta(days=3)
    PartnerFactory(slug="later", name_en="Later College", published_at=future)
    assert client.get("/en/partners/later/").status_code == 404
    response = staff_client.get("/en/partners/draft/")
    assert response.status_code == 200
    assert "Draft preview" in response.content.decode()


@pytest.mark.parametrize("url", ["/en/partners/no-such-partner/", "/ar/agreements/nothing/"])
def test_unknown_slugs_are_404(client, site, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("language", ["ar", "en"])
def test_agreement_page(client, partner, language):
    other = PartnerFactory(
        slug="leiden", name_en="Leiden Centre", name_ar="مركز لايدن", country="NL"
    )
    AgreementFactory(
        slug="joint",
        title_en="Joint research agreement",
        title_ar="اتفاقية بحث مشترك",
        partners=[partner, other],
        signatories_en="The President\nThe Rector",
        signatories_ar="رئيس الجامعة\nعميد المركز",
        summary_en="<p>They agree on <em>joint research</em>.</p>",
        summary_ar="<p>يتفقان على البحث المشترك.</p>",
        ends_on=None,
    )
    response = client.get(f"/{language}/agreements/joint/")
    assert response.status_code == 200
    html = response.content.decode()
    expected = {
        "en": [
            "Joint research agreement",
            "The President<br>The Rector",
            "joint research",
            "open-ended",
        ],
        "ar": ["اتفاقية بحث مشترك", "رئيس الجامعة<br>عميد المركز", "البحث المشترك"],
    }[language]
    for text in expected:
        assert text in html
    assert f"/{language}/partners/mokattam/" in html and f"/{language}/partners/leiden/" in html
    assert 'class="badge badge-active"' in html
    assert f'<time datetime="{days(-400):%Y-%m-%d}">' in html


def test_private_and_draft_agreements_are_404_for_visitors(staff_client, partner):
    client = Client()
    AgreementFactory(slug="private", partners=[partner], is_public=False)
    AgreementFactory(slug="draft", partners=[partner], status=Status.DRAFT)
    assert client.get("/en/agreements/private/").status_code == 404
    assert client.get("/en/agreements/draft/").status_code == 404
    assert staff_client.get("/en/agreements/private/").status_code == 200
    assert staff_client.get("/en/agreements/draft/").status_code == 200


def test_the_signed_scan_is_never_public(client, partner, settings):
    agreement = AgreementFactory(slug="scanned", partners=[partner])
    agreement.document.save("signed.pdf", ContentFile(b"%PDF-1.4 scan"), save=True)
    stored = Agreement.objects.get(pk=agreement.pk).document
    try:
        _check_scan_stays_private(client, stored, settings)
    finally:
        stored.delete(save=False)


def _check_scan_stays_private(client, stored, settings):
    location = stored.storage.location
    assert stored.name.startswith("agreements/")
    assert stored.storage.exists(stored.name)
    assert not str(location).startswith(str(settings.MEDIA_ROOT))
    for url in ["/en/agreements/scanned/", "/ar/agreements/scanned/", "/en/partners/mokattam/"]:
        html = client.get(url).content.decode()
        assert stored.name not in html and ".pdf" not in html
    for url in ["/en/agreements/?format=json", "/en/agreements/?format=csv"]:
        body = client.get(url).content.decode()
        assert stored.name not in body and "document" not in body
    assert client.get(f"/media/{stored.name}").status_code == 404


@override_settings(PAGE_CACHE_SECONDS=0)
def test_detail_pages_run_a_fixed_number_of_queries(count_queries, partner):
    def add(n, start):
        for i in range(start, start + n):
            other = PartnerFactory(slug=f"other-{i}", country="FR")
            AgreementFactory(slug=f"a-{i}", partners=[partner, other])
            MembershipFactory(partner=partner)

    add(3, 0)
    partner_small, response = count_queries("/en/partners/mokattam/")
    assert response.status_code == 200
    agreement_small, response = count_queries("/en/agreements/a-0/")
    assert response.status_code == 200
    add(12, 3)
    partner_large, response = count_queries("/en/partners/mokattam/")
    assert response.content.decode().count("/en/agreements/a-") == 15
    agreement_large, _response = count_queries("/en/agreements/a-0/")
    # partner, then the partner with its active count (the body's ``details``), its
    # agreements, their partners, memberships, navigation, visits, events, news, opportunities
    assert partner_small == partner_large == 10
    assert agreement_small == agreement_large == 3  # agreement (+ its visit), partners, nav
