"""Sharing and search-engine metadata on every page type: title, description, canonical,
Open Graph / Twitter, JSON-LD, rel prev/next."""

import json
import re
from html import unescape

import pytest

from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, PublicationFactory, StatementFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import VisitFactory

pytestmark = pytest.mark.django_db


def head(response):
    html = response.content.decode()
    return html[: html.index("</head>")]


def meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return [unescape(value) for value in found]


def title(html):
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1))


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return {data["@type"]: data for data in map(json.loads, blocks)}


def visible_breadcrumbs(response):
    html = response.content.decode()
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S)
    return [
        unescape(re.sub(r"<[^>]+>", "", item)).strip()
        for item in re.findall(r"<li>(.*?)</li>", nav.group(0), re.S)
    ]


def pages(site):
    """(url, expected title) for one item of each page type, in English."""
    page = PageFactory(title_en="About us", summary_en="Who we are. And more.")
    partner = PartnerFactory(name_en="Example Institute")
    agreement = AgreementFactory(title_en="Exchange agreement", partners=[partner])
    visit = VisitFactory(title_en="Delegation from Oslo")
    article = ArticleFactory(title_en="Fair opens", summary_en="The fair opened today.")
    statement = StatementFactory(title_en="On academic freedom")
    publication = PublicationFactory(title_en="Magazine 3")
    office = site.office_name_en
    return [
        ("/en/", f"Home — {office}"),
        (page.get_absolute_url(), f"About us — {office}"),
        (partner.get_absolute_url(), f"Example Institute — Partners — {office}"),
        (agreement.get_absolute_url(), f"Exchange agreement — Agreements — {office}"),
        (visit.get_absolute_url(), f"Delegation from Oslo — Visits and delegations — {office}"),
        (article.get_absolute_url(), f"Fair opens — News — {office}"),
        (statement.get_absolute_url(), f"On academic freedom — Official statements — {office}"),
        (publication.get_absolute_url(), f"Magazine 3 — Publications — {office}"),
        ("/en/news/", f"News — {office}"),
        ("/en/partners/", f"Partners — {office}"),
        ("/en/agreements/", f"Agreements — {office}"),
        ("/en/visits/", f"Visits and delegations — {office}"),
        ("/en/statements/", f"Official statements — {office}"),
        ("/en/publications/", f"Publications — {office}"),
        ("/en/contact/", f"Contact us — {office}"),
        ("/en/sitemap/", f"Site map — {office}"),
        ("/en/search/", f"Search — {office}"),
    ]


def test_every_page_type_has_a_unique_title_and_full_metadata(client, site):
    from django.utils import translation

    with translation.override("en"):
        expected = pages(site)
    titles = []
    for url, expected_title in expected:
        url = url if url.startswith("/en/") else "/en" + url
        response = client.get(url)
        assert response.status_code == 200, url
        html = head(response)
        assert title(html) == expected_title
        titles.append(title(html))
        description = meta(html, "name", "description")
        assert len(description) == 1 and description[0].strip(), url
        assert f'<link rel="canonical" href="http://testserver{url}">' in html
        assert meta(html, "property", "og:url") == [f"http://testserver{url}"]
        assert meta(html, "property", "og:title") and meta(html, "name", "twitter:card")
        assert meta(html, "property", "og:description") == description
        assert meta(html, "property", "og:locale") == ["en_GB"]
        assert meta(html, "property", "og:locale:alternate") == ["ar_AR"]
        if url != "/en/":  # every page with breadcrumbs describes them
            crumbs = json_ld(html)["BreadcrumbList"]["itemListElement"]
            assert [item["name"] for item in crumbs] == visible_breadcrumbs(response), url
            assert [item["position"] for item in crumbs] == list(range(1, len(crumbs) + 1))
    assert len(set(titles)) == len(titles)


def test_arabic_pages_carry_arabic_locale_and_titles(client, site):
    article = ArticleFactory(title_ar="افتتاح المعرض", summary_ar="افتُتح المعرض اليوم.")
    html = head(client.get(f"/ar/news/{article.slug}/"))
    assert title(html) == f"افتتاح المعرض — الأخبار — {site.office_name_ar}"
    assert meta(html, "name", "description") == ["افتُتح المعرض اليوم."]
    assert meta(html, "property", "og:locale") == ["ar_AR"]
    assert meta(html, "property", "og:locale:alternate") == ["en_GB"]
    data = json_ld(html)["NewsArticle"]
    assert data["headline"] == "افتتاح المعرض" and data["inLanguage"] == "ar"


def test_home_describes_the_university(client, site):
    html = head(client.get("/en/"))
    data = json_ld(html)["CollegeOrUniversity"]
    assert data["name"] == site.university_name_en
    assert data["url"] == "http://testserver/"
    assert data["department"]["name"] == site.office_name_en
    assert "BreadcrumbList" not in json_ld(html)  # the home page shows no breadcrumbs


@pytest.mark.parametrize("kind", ["article", "statement"])
def test_articles_and_statements_are_news_articles(client, site, kind):
    item = (
        ArticleFactory(title_en="Headline")
        if kind == "article"
        else StatementFactory(title_en="Headline")
    )
    html = head(client.get(f"/en{item.get_absolute_url().removeprefix('/en')}"))
    data = json_ld(html)["NewsArticle"]
    assert data["headline"] == "Headline"
    assert data["url"].endswith(item.get_absolute_url())
    assert data["datePublished"] and data["dateModified"]
    assert data["publisher"]["name"] == site.university_name_en
    assert meta(html, "property", "og:type") == ["article"]


def test_json_ld_cannot_break_out_of_its_element(client, site):
    article = ArticleFactory(title_en="</script><script>alert(1)</script>")
    html = client.get(f"/en/news/{article.slug}/").content.decode()
    assert "<script>alert(1)" not in html
    data = json_ld(head(client.get(f"/en/news/{article.slug}/")))["NewsArticle"]
    assert data["headline"] == "</script><script>alert(1)</script>"


def test_an_item_image_is_shared_as_its_rendition(client, site):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from intloffice.demo_images import photo

    article = ArticleFactory(image_alt_en="A hall", image_alt_ar="قاعة")
    article.image.save("hall.jpg", SimpleUploadedFile("hall.jpg", photo("hall").read()), save=True)
    html = head(client.get(f"/en/news/{article.slug}/"))
    image = meta(html, "property", "og:image")
    assert (
        len(image) == 1 and image[0].startswith("http://testserver/") and image[0].endswith(".jpg")
    )
    assert meta(html, "name", "twitter:card") == ["summary_large_image"]
    assert meta(html, "name", "twitter:image") == image
    assert json_ld(html)["NewsArticle"]["image"] == image


@pytest.mark.parametrize("language", ["ar", "en"])
def test_paginated_lists_link_prev_next_and_canonical_with_the_page(client, site, language):
    for _n in range(60):
        ArticleFactory()
    base = f"http://testserver/{language}/news/"
    first = head(client.get(f"/{language}/news/"))
    assert f'<link rel="canonical" href="{base}">' in first
    assert 'rel="prev"' not in first
    assert f'<link rel="next" href="{base}?page=2">' in first
    second = head(client.get(f"/{language}/news/?page=2&utm_source=x"))
    assert f'<link rel="canonical" href="{base}?page=2">' in second
    assert f'<link rel="prev" href="{base}">' in second
    assert f'<link rel="next" href="{base}?page=3">' in second
    assert title(second) != title(first)


def test_prev_next_keep_the_declared_filters(client, site):
    from news.models import ArticleKind

    for _n in range(30):
        ArticleFactory(kind=ArticleKind.BRIEF)
    html = head(client.get("/en/news/?kind=brief&page=2&utm_source=x"))
    assert '<link rel="prev" href="http://testserver/en/news/?kind=brief">' in html
