"""What visits adds to partners' pages through the plug-in seam: the visit an agreement was
signed during (the link lives on the visit's side) and the visits of a partner."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intloffice.publishing import Status
from tests.news.factories import ArticleFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import SignedAgreementFactory, full_visit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_agreement_page_links_the_visit_it_was_signed_during(client, site, lang):
    visit = full_visit(title_en="Delegation from Cairo", title_ar="وفد من القاهرة", photos=0)
    SignedAgreementFactory(visit=visit, agreement=AgreementFactory(slug="signed-at-visit"))
    html = client.get(f"/{lang}/agreements/signed-at-visit/").content.decode()
    heading = "وُقّعت خلال الزيارة" if lang == "ar" else "Signed during the visit"
    assert heading in html
    title = getattr(visit, f"title_{lang}")
    assert f'<a href="/{lang}/visits/{visit.slug}/"><bdi>{title}</bdi></a>' in html


def test_agreement_page_keeps_quiet_about_an_unpublished_visit(client, site):
    visit = full_visit(title_en="Delegation from Cairo", status=Status.DRAFT, photos=0)
    SignedAgreementFactory(visit=visit, agreement=AgreementFactory(slug="signed-at-visit"))
    AgreementFactory(slug="signed-alone")
    for slug in ("signed-at-visit", "signed-alone"):
        response = client.get(f"/en/agreements/{slug}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Delegation from Cairo" not in html and "Signed during" not in html


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def test_partner_and_agreement_pages_with_visits_and_news_run_fixed_queries(client, site):
    partner = PartnerFactory(slug="nile-delta")
    agreement = AgreementFactory(slug="mou-nile-delta", partners=[partner])
    SignedAgreementFactory(visit=full_visit(host_partner=partner), agreement=agreement)

    def add(count):
        for _ in range(count):
            full_visit(host_partner=partner, participants=2, photos=1)
            ArticleFactory().related_partners.add(partner)

    add(1)
    small = (
        queries(client, "/en/partners/nile-delta/"),
        queries(client, "/en/agreements/mou-nile-delta/"),
    )
    add(4)
    large = (
        queries(client, "/en/partners/nile-delta/"),
        queries(client, "/en/agreements/mou-nile-delta/"),
    )
    # Partner page: the partner, again for its body, its agreements, their partners,
    # memberships, navigation,
    # its visits with their heads and photos (3), its events, the news about it, its
    # opportunities. Agreement page: the agreement with the visit it was signed during, its
    # partners, navigation.
    assert small == large == (12, 3)
