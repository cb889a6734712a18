"""/sitemap.xml (an index of one sitemap per section), robots.txt and /<lang>/sitemap/."""

import datetime
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intloffice import plugins, sitemap_base
from intloffice.publishing import Status
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, StatementFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.sitemaps import NS, sitemap_documents, sitemap_locations, sitemap_urls
from tests.visits.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_sitemap_xml_is_an_index_of_one_sitemap_per_section(client):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    index = ElementTree.fromstring(response.content)
    locations = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    expected = [f"http://testserver/sitemap-{entry.key}.xml" for entry in plugins.sitemaps]
    assert locations == expected
    assert {"site", "pages", "partners", "agreements", "visits", "news", "statements"} <= {
        entry.key for entry in plugins.sitemaps
    }


def test_every_published_item_is_listed_in_both_languages_with_alternates(client):
    page = PageFactory()
    partner = PartnerFactory()
    agreement = AgreementFactory(partners=[partner])
    visit = VisitFactory()
    article = ArticleFactory()
    statement = StatementFactory()
    locations = sitemap_locations(client)
    for path in (
        f"/about/{page.slug}/",
        f"/partners/{partner.slug}/",
        f"/agreements/{agreement.slug}/",
        f"/visits/{visit.slug}/",
        f"/news/{article.slug}/",
        f"/statements/{statement.slug}/",
        "/",
        "/contact/",
        "/sitemap/",
    ):
        for language in ("ar", "en"):
            assert f"http://testserver/{language}{path}" in locations, path
    assert len(locations) == len(set(locations))  # each URL once
    for url in sitemap_urls(client):
        loc = url.find("s:loc", NS).text
        links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        assert set(links) == {"ar", "en", "x-default"}, loc
        assert loc in (links["ar"], links["en"])
        assert links["en"] == links["ar"].replace("/ar/", "/en/", 1)


def test_items_carry_their_lastmod(client):
    # Saved at 22:30 UTC on 12 March: 13 March on the site's clock (Gaza), the day shown.
    article = ArticleFactory()
    late = datetime.datetime(2026, 3, 12, 22, 30, tzinfo=datetime.UTC)
    type(article).objects.filter(pk=article.pk).update(updated_at=late)
    for url in sitemap_urls(client):
        if f"/news/{article.slug}/" in url.find("s:loc", NS).text:
            assert url.find("s:lastmod", NS).text == "2026-03-13"
            break
    else:
        pytest.fail("article not listed")
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    lastmods = {
        s.find("s:loc", NS).text: s.find("s:lastmod", NS) for s in index.findall("s:sitemap", NS)
    }
    assert lastmods["http://testserver/sitemap-news.xml"] is not None


def test_drafts_future_and_private_items_are_absent(client):
    ArticleFactory(slug="draft-article", status=Status.DRAFT)
    ArticleFactory(slug="future-article", published_at=timezone.now() + datetime.timedelta(days=2))
    PartnerFactory(slug="draft-partner", status=Status.DRAFT)
    AgreementFactory(slug="private-agreement", is_public=False)
    VisitFactory(slug="draft-visit", status=Status.DRAFT)
    PageFactory(slug="draft-page", status=Status.DRAFT)
    ArticleFactory(slug="public-article")
    xml = "".join(sitemap_locations(client))
    assert "public-article" in xml
    for slug in ("draft-article", "future-article", "draft-partner", "private-agreement"):
        assert slug not in xml
    assert "draft-visit" not in xml and "draft-page" not in xml


def test_a_section_is_paginated_past_its_limit(client, monkeypatch):
    for _n in range(7):
        ArticleFactory()
    from news.sitemaps import ArticleSitemap

    monkeypatch.setattr(ArticleSitemap, "limit", 4)  # 14 URLs: 4 pages of at most 4
    documents = dict(sitemap_documents(client))
    pages = [path for path in documents if path.startswith("/sitemap-news.xml")]
    assert pages == [
        "/sitemap-news.xml",
        "/sitemap-news.xml?p=2",
        "/sitemap-news.xml?p=3",
        "/sitemap-news.xml?p=4",
    ]
    counts = [len(documents[path].findall("s:url", NS)) for path in pages]
    assert counts == [4, 4, 4, 2]
    locations = [
        url.find("s:loc", NS).text for path in pages for url in documents[path].findall("s:url", NS)
    ]
    assert len(set(locations)) == 14


def test_the_default_limit_is_ten_thousand_urls():
    assert sitemap_base.URLS_PER_PAGE == 10_000
    for entry in plugins.sitemaps:
        assert entry.sitemap.limit <= 10_000


@pytest.mark.parametrize(
    "path", ["/sitemap-nope.xml", "/sitemap-news.xml?p=abc", "/sitemap-news.xml?p=99"]
)
def test_bad_sections_and_pages_are_404(client, path):
    ArticleFactory()
    assert client.get(path).status_code == 404


def test_the_sitemap_index_runs_a_fixed_number_of_queries(client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
            client.get("/sitemap-news.xml")
        return len(queries.captured_queries)

    ArticleFactory()
    small = count()
    for _n in range(30):
        ArticleFactory()
    assert count() == small


def test_robots_txt_points_at_the_index_and_keeps_crawlers_out(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /translations/" in body


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_human_site_map_lists_sections_pages_and_latest_items(client, language):
    PageFactory(title_en="About the office", title_ar="عن المكتب")
    PageFactory(title_en="Hidden page", title_ar="صفحة مخفية", status=Status.DRAFT)
    ArticleFactory(title_en="Latest article", title_ar="أحدث خبر")
    ArticleFactory(title_en="Draft article", title_ar="خبر مسودة", status=Status.DRAFT)
    response = client.get(f"/{language}/sitemap/")
    assert response.status_code == 200
    html = response.content.decode()
    assert ("About the office" if language == "en" else "عن المكتب") in html
    assert ("Latest article" if language == "en" else "أحدث خبر") in html
    assert "Hidden page" not in html and "صفحة مخفية" not in html
    assert "Draft article" not in html and "خبر مسودة" not in html
    for url in ("/news/", "/partners/", "/agreements/", "/visits/", "/statements/"):
        assert f'href="/{language}{url}"' in html
    assert html.count("<h1") == 1


def test_the_human_site_map_runs_a_fixed_number_of_queries(client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/sitemap/")
        return len(queries.captured_queries)

    ArticleFactory()
    PageFactory()
    client.get("/en/")  # site settings cached
    small = count()
    for _n in range(10):
        ArticleFactory()
        PageFactory()
        VisitFactory()
    client.get("/en/")  # the site settings, read again once the office's pages changed
    assert count() == small
