"""/<lang>/news/ and /<lang>/news/<slug>/ through the test client, in both languages."""

import datetime

import pytest
from django.utils import timezone

from intloffice.publishing import Status

from .factories import ArticleFactory, CategoryFactory
from .test_models import make_partner, make_visit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "title_field", "heading"), [("ar", "title_ar", "الأخبار"), ("en", "title_en", "News")]
)
def test_list_shows_published_articles_newest_first(client, site, lang, title_field, heading):
    older = ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=3))
    newer = ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=1))
    draft = ArticleFactory(status=Status.DRAFT)
    response = client.get(f"/{lang}/news/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert html.index(getattr(newer, title_field)) < html.index(getattr(older, title_field))
    assert getattr(draft, title_field) not in html
    assert not response.cookies


def test_featured_articles_lead_page_one_only(client, site):
    featured = ArticleFactory(
        featured=True, published_at=timezone.now() - datetime.timedelta(days=30)
    )
    for _ in range(14):
        ArticleFactory()
    first = client.get("/en/news/").content.decode()
    assert first.index(featured.title_en) < first.index("Latest news")
    second = client.get("/en/news/?page=2").content.decode()
    assert featured.title_en not in second
    # Nothing is shown twice: the featured article is not repeated among the pages.
    assert first.count(featured.title_en) == 1


def test_filter_by_category_and_kind(client, site):
    visits = CategoryFactory(slug="visits", name_en="Visits", name_ar="الزيارات")
    in_category = ArticleFactory(category=visits, kind="press_release")
    other = ArticleFactory(kind="brief")
    html = client.get("/en/news/?category=visits").content.decode()
    assert in_category.title_en in html and other.title_en not in html
    html = client.get("/ar/news/?kind=brief").content.decode()
    assert other.title_ar in html and in_category.title_ar not in html


@pytest.mark.parametrize("query", ["category=no-such-category", "kind=gossip"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_unknown_filter_values_answer_400_with_a_message(client, site, lang, query):
    article = ArticleFactory()
    response = client.get(f"/{lang}/news/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert article.title_en not in html and article.title_ar not in html


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "1.5"])
def test_bad_page_numbers_answer_a_normal_page(client, site, page):
    ArticleFactory()
    response = client.get(f"/en/news/?page={page}")
    assert response.status_code == 200


def test_detail_shows_title_date_body_category_and_related(client, site):
    partner, visit = make_partner(), make_visit()
    category = CategoryFactory(slug="agreements", name_en="Agreements", name_ar="الاتفاقيات")
    article = ArticleFactory(category=category, visit=visit, title_en="Signed in Ankara")
    article.related_partners.add(partner)
    related = ArticleFactory(category=category, title_en="Another agreement")
    response = client.get(f"/en/news/{article.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Signed in Ankara</h1>" in html
    assert (
        f'datetime="{timezone.localtime(article.published_at).replace(microsecond=0).isoformat()}"'
        in html
    )
    assert "English body." in html
    assert "Agreements" in html
    # The related partner links to its page (the visit, once visits has pages, likewise).
    assert 'href="/en/partners/partner-one/"' in html
    assert "Anatolian Highlands University" in html
    assert "Delegation from Ankara" in html
    assert "Related news" in html and related.title_en in html
    ar = client.get(f"/ar/news/{article.slug}/").content.decode()
    assert article.title_ar in ar and "جامعة المرتفعات الأناضولية" in ar


def test_previous_and_next_follow_publication_dates(client, site):
    now = timezone.now()
    old = ArticleFactory(published_at=now - datetime.timedelta(days=3))
    middle = ArticleFactory(published_at=now - datetime.timedelta(days=2))
    new = ArticleFactory(published_at=now - datetime.timedelta(days=1))
    html = client.get(f"/en/news/{middle.slug}/").content.decode()
    assert f'href="/en/news/{old.slug}/" rel="prev"' in html
    assert f'href="/en/news/{new.slug}/" rel="next"' in html


@pytest.mark.parametrize(
    "kwargs",
    [
        {"status": Status.DRAFT},
        {"published_at": timezone.now() + datetime.timedelta(days=2)},
    ],
)
def test_draft_or_future_article_is_404_for_visitors_and_a_preview_for_staff(
    client, staff_client, site, kwargs
):
    article = ArticleFactory(**kwargs)
    from django.test import Client

    assert Client().get(f"/en/news/{article.slug}/").status_code == 404
    response = staff_client.get(f"/ar/news/{article.slug}/")
    assert response.status_code == 200
    assert "draft-banner" in response.content.decode()


def test_unknown_slug_is_404(client, site):
    assert client.get("/en/news/no-such-article/").status_code == 404
    assert client.get("/ar/news/%D8%AE%D8%A8%D8%B1/").status_code == 404


def _make_articles(count, partner):
    category = CategoryFactory(slug="fixed")
    for index in range(count):
        article = ArticleFactory(category=category, featured=index < 2)
        article.related_partners.add(partner)


@pytest.mark.parametrize("count", [3, 15])
def test_list_runs_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    _make_articles(count, make_partner())
    client.get("/en/news/")  # warm the site-settings cache
    with django_assert_num_queries(5):
        assert client.get("/en/news/?kind=news").status_code == 200


@pytest.mark.parametrize("count", [3, 15])
def test_detail_runs_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    partner = make_partner()
    _make_articles(count, partner)
    article = ArticleFactory(visit=make_visit())
    article.related_partners.add(partner, make_partner("partner-two", "MY"))
    client.get(f"/en/news/{article.slug}/")
    # The article's row, then for its body (fragments off): the article with its category,
    # visit and event, its partners, older, newer and related news.
    with django_assert_num_queries(7):
        assert client.get(f"/en/news/{article.slug}/").status_code == 200


@pytest.mark.parametrize(("lang", "day"), [("ar", "13 مارس 2026"), ("en", "March 13, 2026")])
def test_dates_are_read_on_the_sites_clock_not_utcs(client, site, lang, day):
    # 22:30 UTC on 12 March is 00:30 on 13 March in Gaza (TIME_ZONE): the article was
    # published on the 13th for its readers, in the card, the page and the Hijri date.
    late = datetime.datetime(2026, 3, 12, 22, 30, tzinfo=datetime.UTC)
    article = ArticleFactory(published_at=late)
    for path in (f"/{lang}/news/", f"/{lang}/news/{article.slug}/"):
        html = client.get(path).content.decode()
        assert f'datetime="2026-03-13T00:30:00+02:00">{day}</time>' in html, path
    if lang == "ar":
        assert "24 رمضان 1447 هـ" in html  # 13 March 2026; the 12th is 23 Ramadan
