"""RSS 2.0 feeds: parsed as XML, one per language, latest 20, absolute links and dates."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.utils import timezone

from intloffice.publishing import Status

from .factories import ArticleFactory, StatementFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_news_feed_has_the_latest_20_published_articles(client, site, uncached, lang):
    for _ in range(22):
        ArticleFactory()
    draft = ArticleFactory(status=Status.DRAFT)
    future = ArticleFactory(published_at=timezone.now() + datetime.timedelta(days=1))
    channel = parse(client.get(f"/{lang}/news/feed/"))
    assert channel.findtext("language") == lang
    assert channel.findtext("link") == f"http://testserver/{lang}/news/"
    items = channel.findall("item")
    assert len(items) == 20
    titles = [item.findtext("title") for item in items]
    for hidden in (draft, future):
        assert getattr(hidden, f"title_{lang}") not in titles
    for item in items:
        assert item.findtext("link").startswith(f"http://testserver/{lang}/news/")
        assert parsedate_to_datetime(item.findtext("pubDate")) <= timezone.now()
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_statement_feed(client, site, lang):
    statement = StatementFactory(reference_number="IRA/ST/2025/099")
    channel = parse(client.get(f"/{lang}/statements/feed/"))
    (item,) = channel.findall("item")
    assert item.findtext("title").startswith("IRA/ST/2025/099")
    assert item.findtext("link") == f"http://testserver/{lang}/statements/{statement.slug}/"
    assert getattr(statement, f"title_{lang}") in item.findtext("title")


@pytest.mark.parametrize(
    "path", ["/en/news/", "/ar/statements/", "/en/", "/ar/partners/countries/"]
)
def test_pages_link_the_feeds_in_head(client, site, path):
    html = client.get(path).content.decode()
    head = html[: html.index("</head>")]
    lang = path[1:3]
    assert 'type="application/rss+xml"' in head
    assert f'href="/{lang}/news/feed/"' in head and f'href="/{lang}/statements/feed/"' in head


@pytest.mark.parametrize("count", [3, 15])
def test_feed_runs_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    ArticleFactory.create_batch(count)
    client.get("/en/news/feed/")
    with django_assert_num_queries(1):
        client.get("/en/news/feed/")
