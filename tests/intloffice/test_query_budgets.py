"""Query budgets (issue 15, "Must hold" 8): every public URL runs exactly the number of queries
pinned here, with one of everything and again after the site has grown around the same items
(more partners, agreements, visits with people and photos, news about them, events, ...).

A change that adds a query to a page changes its number here, on purpose and in review."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intloffice.models import AnnualReport
from tests.exhibitions.factories import ExhibitionFactory
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, PublicationFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import ParticipantFactory, VisitFactory, VisitPhotoFactory

pytestmark = pytest.mark.django_db

#: path (with {lang} and the items' slugs) -> queries, in both languages and at both sizes.
BUDGETS = {
    "/{lang}/": 17,
    "/{lang}/about/{page}/": 3,
    "/{lang}/about/figures/": 12,
    "/{lang}/about/annual-report/{year}/": 16,
    "/{lang}/contact/": 1,
    # PostgreSQL: each of the two search queries runs in a savepoint with its planner setting
    # (SAVEPOINT, SET LOCAL, the query, ROLLBACK TO, RELEASE).
    "/{lang}/search/?q=tapir": {"sqlite": 3, "postgresql": 11},
    "/{lang}/sitemap/": 10,
    "/{lang}/partners/": 7,
    "/{lang}/partners/?country=MY": 7,
    "/{lang}/partners/{partner}/": 11,
    "/{lang}/partners/countries/": 4,
    "/{lang}/agreements/": 6,
    "/{lang}/agreements/{agreement}/": 3,
    "/{lang}/visits/": 7,
    "/{lang}/visits/{visit}/": 6,
    "/{lang}/exhibitions/": 6,
    "/{lang}/exhibitions/{exhibition}/": 6,
    "/{lang}/exhibitions/calendar.ics": 1,
    "/{lang}/news/": 5,
    "/{lang}/news/{article}/": 6,
    "/{lang}/news/feed/": 1,
    "/{lang}/statements/": 4,
    "/{lang}/statements/{statement}/": 3,
    "/{lang}/publications/": 4,
    "/{lang}/publications/{publication}/": 3,
    "/{lang}/opportunities/": 3,
    "/{lang}/opportunities/{opportunity}/": 3,
    "/sitemap.xml": 18,
}


def _grow(items, n):
    """``n`` more of everything, linked to the items the detail pages show."""
    partner, visit = items["partner_obj"], items["visit_obj"]
    for i in range(n):
        other = PartnerFactory(country="MY", name_en=f"Tapir partner {i}")
        AgreementFactory(partners=[partner, other])
        hosted = VisitFactory(host_partner=partner, title_en=f"Tapir visit {i}")
        ParticipantFactory(visit=visit)
        ParticipantFactory(visit=hosted)
        VisitPhotoFactory(visit=visit)
        article = ArticleFactory(visit=visit, title_en=f"Tapir news {i}")
        article.related_partners.add(partner)
        ExhibitionFactory(title_en=f"Tapir fair {i}")
        OpportunityFactory(provider_partner=partner)
        StatementFactory()
        PublicationFactory()


@pytest.fixture
def items(site):
    year = timezone.localdate().year - 1
    partner = PartnerFactory(country="MY", name_en="Tapir University")
    visit = VisitFactory(host_partner=partner, starts_on=datetime.date(year, 5, 1))
    ParticipantFactory(visit=visit)
    VisitPhotoFactory(visit=visit)
    agreement = AgreementFactory(partners=[partner], signed_on=datetime.date(year, 6, 1))
    article = ArticleFactory(visit=visit, title_en="Tapir news")
    article.related_partners.add(partner)
    AnnualReport.objects.create(
        year=year, introduction_en="<p>Y</p>", introduction_ar="<p>س</p>", is_published=True
    )
    return {
        "partner_obj": partner,
        "visit_obj": visit,
        "page": PageFactory().slug,
        "year": year,
        "partner": partner.slug,
        "agreement": agreement.slug,
        "visit": visit.slug,
        "exhibition": ExhibitionFactory().slug,
        "article": article.slug,
        "statement": StatementFactory().slug,
        "publication": PublicationFactory().slug,
        "opportunity": OpportunityFactory(provider_partner=partner).slug,
    }


def _count(client, path):
    client.get(path)  # site settings, translations and the like: cached from here on
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries.captured_queries)


def test_every_public_url_keeps_its_query_budget_at_two_sizes(client, items):
    budget = {
        template.format(lang=lang, **items): pinned[connection.vendor]
        if isinstance(pinned, dict)
        else pinned
        for template, pinned in BUDGETS.items()
        for lang in ("ar", "en")
    }
    small = {path: _count(client, path) for path in budget}
    _grow(items, 4)
    large = {path: _count(client, path) for path in budget}
    report = {path: (small[path], large[path], pinned) for path, pinned in budget.items()}
    wrong = {path: counts for path, counts in report.items() if len(set(counts)) > 1}
    # {path: (with one of each, after growing, pinned)} for every path that differs
    assert not wrong, wrong
