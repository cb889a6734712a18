"""The home page: each section app plugs its block in; the page stays a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from tests.exhibitions.factories import ExhibitionFactory, ExhibitionPhotoFactory
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, PublicationFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory, StudentAbroadFactory
from tests.partners.factories import AgreementFactory, MembershipFactory, PartnerFactory
from tests.visits.factories import full_visit

pytestmark = pytest.mark.django_db

# navigation; latest news; latest statement; latest magazine issue; office pages; visits in
# figures (2); upcoming events with their photos (2); recent visits with their heads and
# photos (3); partner figures (3); opportunities closing soon (1); scholars abroad
# figures (1)
HOME_QUERIES = 17


def add_content(count):
    for _ in range(count):
        PageFactory(in_navigation=True)
        ArticleFactory()
        StatementFactory()
        PublicationFactory(kind="magazine")
        partner = PartnerFactory()
        AgreementFactory(partners=[partner])
        MembershipFactory(partner=partner)
        full_visit(participants=2, photos=1, host_partner=partner)
        OpportunityFactory(provider_partner=partner)
        StudentAbroadFactory(host_institution=partner)
        ExhibitionPhotoFactory(exhibition=ExhibitionFactory())


def home_queries(client, lang):
    client.get(f"/{lang}/")  # warm the site-settings cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/{lang}/")
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_home_runs_the_same_number_of_queries_at_two_sizes(client, site, lang):
    add_content(2)
    small = home_queries(client, lang)
    add_content(12)
    large = home_queries(client, lang)
    assert small == large == HOME_QUERIES


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_home_shows_office_intro_and_section_blocks(client, site, lang):
    article = ArticleFactory()
    html = client.get(f"/{lang}/").content.decode()
    assert escape(getattr(site, f"intro_{lang}")) in html
    assert getattr(article, f"title_{lang}") in html
