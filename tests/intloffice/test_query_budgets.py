"""Query budgets (issue 15, "Must hold" 8): every public URL runs exactly the number of queries
pinned here, with one of everything and again after the site has grown around the same items
(more partners, agreements, visits with people and photos, news about them, events, ...).

Each page is counted twice: *cold*, right after a content change of every app (every cached
fragment of intloffice/fragments.py is stale, so the page renders everything, and the site
settings are read again), and *warm* (the cards, blocks, filter options and site settings come
from the fragment cache). Both numbers are pinned.

A change that adds a query to a page changes its number here, on purpose and in review."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intloffice.cache import content_changed
from intloffice.models import AnnualReport
from tests.exhibitions.factories import ExhibitionFactory
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, PublicationFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import ParticipantFactory, VisitFactory, VisitPhotoFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


#: path (with {lang} and the items' slugs) -> (cold, warm) queries, in both languages and at
#: both sizes.
BUDGETS = {
    "/{lang}/": (19, 0),
    "/{lang}/about/{page}/": (5, 0),
    "/{lang}/about/figures/": (14, 11),
    "/{lang}/about/annual-report/{year}/": (18, 15),
    "/{lang}/contact/": (3, 0),
    # PostgreSQL: each of the two search queries runs in a savepoint with its planner setting
    # (SAVEPOINT, SET LOCAL, the query, ROLLBACK TO, RELEASE). Warm, both are read from the
    # cache: kept with the searched apps' content (views.search_page).
    "/{lang}/search/?q=tapir": {"sqlite": (5, 0), "postgresql": (13, 0)},
    "/{lang}/sitemap/": (12, 9),
    "/{lang}/partners/": (9, 0),
    "/{lang}/partners/?country=MY": (9, 0),
    "/{lang}/partners/{partner}/": (14, 0),
    "/{lang}/partners/countries/": (6, 3),
    "/{lang}/partners/countries/map.svg": (3, 3),
    "/{lang}/agreements/": (8, 0),
    "/{lang}/agreements/{agreement}/": (5, 0),
    "/{lang}/visits/": (9, 0),
    "/{lang}/visits/{visit}/": (9, 0),
    "/{lang}/exhibitions/": (8, 0),
    "/{lang}/exhibitions/{exhibition}/": (8, 0),
    "/{lang}/exhibitions/calendar.ics": (1, 1),
    "/{lang}/news/": (7, 0),
    "/{lang}/news/{article}/": (9, 0),
    "/{lang}/news/feed/": (2, 1),
    "/{lang}/statements/": (6, 0),
    "/{lang}/statements/{statement}/": (5, 0),
    "/{lang}/publications/": (6, 0),
    "/{lang}/publications/{publication}/": (5, 0),
    "/{lang}/opportunities/": (5, 0),
    "/{lang}/opportunities/{opportunity}/": (5, 0),
    "/sitemap.xml": (18, 18),
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
    """(queries right after a content change, queries once its fragments are cached)."""
    client.get(path)  # site settings, translations and the like: cached from here on
    counts = []
    content_changed()
    for _ in ("cold", "warm"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        counts.append(len(queries.captured_queries))
    return tuple(counts)


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
    # path: (cold, warm) with one of each, after growing, pinned — for every path that differs
    assert not wrong, "\n".join(f"{path}: {counts}" for path, counts in wrong.items())


def _body(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return CSRF.sub("", response.content.decode())


CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def test_every_public_page_is_the_same_from_fragments_as_rendered_whole(client, items, settings):
    """A page assembled from cached fragments, right after a content change and once they are
    all cached, is byte for byte the page rendered without them, in both languages."""
    _grow(items, 2)
    paths = [template.format(lang=lang, **items) for template in BUDGETS for lang in ("ar", "en")]
    settings.FRAGMENT_CACHE = False
    whole = {path: _body(client, path) for path in paths}
    settings.FRAGMENT_CACHE = True
    content_changed()
    cold = {path: _body(client, path) for path in paths}
    warm = {path: _body(client, path) for path in paths}
    assert [path for path in paths if cold[path] != whole[path]] == []
    assert [path for path in paths if warm[path] != whole[path]] == []
