"""Kept search results (issue 15): the counts and each page of hits of a search are kept with
the version of every searched app (views.search_page), so the same words asked again run no
query — and every change a visitor must see is still there on the next request."""

import datetime
import io
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article
from tests.news.factories import ArticleFactory
from tests.partners.factories import PartnerFactory
from tests.search.test_search import results, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


def _index_queries(client, query, language="en", **params):
    """The search index queries one request runs, and the titles it shows."""
    with CaptureQueriesContext(connection) as seen:
        shown = titles(results(client, query, language, **params))
    return [q["sql"] for q in seen if "intloffice_searchentry" in q["sql"]], shown


@pytest.mark.parametrize(
    ("language", "first", "now"),
    [("en", "Tapir exchange", "Zebra exchange"), ("ar", "تبادل التابير", "تبادل الحمار الوحشي")],
)
def test_the_same_search_again_runs_no_query_and_an_edit_shows_at_once(
    client, site, language, first, now
):
    article = ArticleFactory(title_en="Tapir exchange", title_ar="تبادل التابير")
    ran, shown = _index_queries(client, "tapir", language)
    assert len(ran) == 2 and shown == [first]  # the counts, then the page
    ran, shown = _index_queries(client, "tapir", language)
    assert ran == [] and shown == [first]
    article.refresh_from_db()
    article.title_en, article.title_ar = "Zebra exchange tapir", "تبادل الحمار الوحشي tapir"
    article.save()  # the admin, the shell, a command: the next request sees it
    ran, shown = _index_queries(client, "tapir", language)
    assert len(ran) == 2 and [title.removesuffix(" tapir") for title in shown] == [now]
    article.delete()
    assert _index_queries(client, "tapir", language)[1] == []


def test_a_save_in_another_searched_app_renews_the_results(client, site):
    ArticleFactory(title_en="Okapi news")
    assert titles(results(client, "okapi")) == ["Okapi news"]
    PartnerFactory(name_en="Okapi University")
    assert sorted(titles(results(client, "okapi"))) == ["Okapi University", "Okapi news"]


def test_each_language_type_and_page_is_kept_apart(client, site):
    ArticleFactory.create_batch(25, title_en="Quagga news", title_ar="أخبار الكواجا")
    PartnerFactory(name_en="Quagga University", name_ar="جامعة الكواجا")
    english = titles(results(client, "quagga"))
    arabic = titles(results(client, "quagga", "ar"))
    assert len(english) == len(arabic) == 20
    assert "Quagga news" in english and "أخبار الكواجا" in arabic
    chosen = results(client, "quagga", type="partners.partner")
    assert titles(chosen) == ["Quagga University"]
    assert "All types (26)" in chosen.content.decode()  # every type's matches, not the chosen's
    assert len(titles(results(client, "quagga", page="2"))) == 6
    # Asked again, each is read back as it was kept, not another one's.
    assert titles(results(client, "quagga", "ar")) == arabic
    assert titles(results(client, "quagga", type="partners.partner")) == ["Quagga University"]
    assert len(titles(results(client, "quagga", page="2"))) == 6
    assert len(titles(results(client, "quagga", page="٢"))) == 6  # the same page 2
    assert titles(results(client, "quagga", page="99")) == titles(
        results(client, "quagga", page="2")
    )


def test_a_scheduled_item_appears_on_time_through_kept_results(client, site):
    ArticleFactory(title_en="Quokka out")
    due = timezone.now() + datetime.timedelta(seconds=2)
    ArticleFactory(title_en="Quokka scheduled", published_at=due)
    assert titles(results(client, "quokka")) == ["Quokka out"]
    time.sleep(max(0, (due - timezone.now()).total_seconds()) + 1.1)
    assert sorted(titles(results(client, "quokka"))) == ["Quokka out", "Quokka scheduled"]


def test_rebuilding_the_index_renews_the_kept_results(client, site):
    article = ArticleFactory(title_en="Gazelle news")
    assert titles(results(client, "gazelle")) == ["Gazelle news"]
    # A bulk change sends no signal; rebuilding the index is how it reaches the search.
    Article.objects.filter(pk=article.pk).update(title_en="Gazelle report")
    assert titles(results(client, "gazelle")) == ["Gazelle news"]
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert titles(results(client, "gazelle")) == ["Gazelle report"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_bad_input_is_still_answered_with_the_cache_on(client, site, language):
    ArticleFactory(title_en="Ibex news", title_ar="أخبار الوعل")
    for _ in range(2):  # computed, then read back
        assert client.get(f"/{language}/search/", {"q": "ibex", "type": "nope"}).status_code == 400
        for page in ("abc", "-1", "0", "١٠٠", "9" * 40):
            assert results(client, "ibex", language, page=page).status_code == 200
        assert results(client, "%%% ___", language).status_code == 200
