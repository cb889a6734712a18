"""Site search (/<lang>/search/): Arabic folding both ways, either language, visibility,
grouping, highlighting, bad input. The same tests run on SQLite and PostgreSQL (CI)."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intloffice import search
from intloffice.models import SearchEntry
from intloffice.publishing import Status
from intloffice.text import normalize_search_text
from tests.exhibitions.factories import ExhibitionFactory
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import ParticipantFactory, PersonFactory, VisitFactory

pytestmark = pytest.mark.django_db

URL = "/{}/search/"


def results(client, query, language="en", **params):
    response = client.get(URL.format(language), {"q": query, **params})
    assert response.status_code == 200, response.content[:500]
    return response


def titles(response):
    """The result titles as a visitor reads them (marks removed)."""
    html = response.content.decode()
    found = re.findall(r'<h2 class="card-title"><a href="[^"]*"[^>]*>(.*?)</a></h2>', html, re.S)
    return [re.sub(r"</?mark>", "", title) for title in found]


# Each pair: (what is stored, what a visitor types) — the examples and the rules.
FOLDING = [
    ("الإسكندرية", "الاسكندرية"),  # hamza on alef
    ("مكتبة", "مكتبه"),  # taa marbuta
    ("مُحَمَّد", "محمد"),  # tashkeel
    ("آفاق", "افاق"),  # madda
    ("ٱلعلم", "العلم"),  # wasla
    ("مستشفى", "مستشفي"),  # alef maqsura
    ("مؤتمر", "موتمر"),  # hamza on waw
    ("رئيس", "رييس"),  # hamza on ya
    ("جـامـعـة", "جامعة"),  # tatweel
    ("الرحمٰن", "الرحمن"),  # superscript alef
    ("٢٠٢٤", "2024"),  # Arabic-Indic digits
    ("۲۰۲۴", "2024"),  # Persian digits
]


@pytest.mark.parametrize(("stored", "typed"), FOLDING)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_arabic_folding_finds_the_item_both_ways(client, stored, typed, language):
    ArticleFactory(title_ar=f"خبر عن {stored}", title_en="Unrelated English headline")
    ArticleFactory(title_ar=f"خبر عن {typed}", title_en="Second English headline")
    # stored -> typed and typed -> stored: each query finds both spellings.
    for query in (typed, stored):
        found = titles(results(client, query, language))
        assert len(found) == 2, (query, found)


def test_the_normaliser_folds_the_examples():
    assert normalize_search_text("الإسكندرية") == normalize_search_text("الاسكندرية")
    assert normalize_search_text("مكتبة") == normalize_search_text("مكتبه")
    assert normalize_search_text("مُحَمَّد") == "محمد"
    assert normalize_search_text("ـ٣٤۵") == "345"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_query_finds_items_in_either_language(client, language):
    ArticleFactory(title_en="Scholarship fair in Kuala Lumpur", title_ar="", only_language="en")
    ArticleFactory(title_ar="معرض المنح في النجف", title_en="", only_language="ar")
    english = titles(results(client, "scholarship", language))
    arabic = titles(results(client, "المنح", language))
    assert english == ["Scholarship fair in Kuala Lumpur"]
    assert arabic == ["معرض المنح في النجف"]


def test_the_other_language_is_marked_with_lang(client):
    ArticleFactory(title_en="Scholarship fair", title_ar="", only_language="en")
    html = results(client, "scholarship", "ar").content.decode()
    assert re.search(r'<a href="/ar/news/[^"]+/" lang="en">', html)


def test_every_word_must_match_and_case_does_not_matter(client):
    ArticleFactory(title_en="Cooperation with Najaf", title_ar="تعاون")
    ArticleFactory(title_en="Cooperation with Basra", title_ar="تعاون")
    assert titles(results(client, "COOPERATION najaf")) == ["Cooperation with Najaf"]
    assert len(titles(results(client, "cooperation"))) == 2


@pytest.mark.parametrize("language", ["ar", "en"])
def test_drafts_future_and_staff_only_items_never_appear(client, admin_client, language):
    ArticleFactory(title_en="Zephyr published", title_ar="زفير منشور")
    ArticleFactory(title_en="Zephyr draft", title_ar="زفير مسودة", status=Status.DRAFT)
    ArticleFactory(
        title_en="Zephyr scheduled",
        title_ar="زفير مجدول",
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
    AgreementFactory(title_en="Zephyr private", title_ar="زفير خاص", is_public=False)
    shown = {"en": ["Zephyr published"], "ar": ["زفير منشور"]}[language]
    for visitor in (client, admin_client):
        assert titles(results(visitor, "zephyr", language)) == shown
        assert titles(results(visitor, "زفير", language)) == shown


def test_a_scheduled_item_appears_when_its_time_comes(client):
    article = ArticleFactory(
        title_en="Quokka news", published_at=timezone.now() + datetime.timedelta(days=1)
    )
    assert titles(results(client, "quokka")) == []
    SearchEntry.objects.filter(object_id=article.pk).update(
        published_at=timezone.now() - datetime.timedelta(minutes=1)
    )  # as if the day had passed
    assert titles(results(client, "quokka")) == ["Quokka news"]


def test_unpublishing_and_deleting_remove_the_item(client):
    article = ArticleFactory(title_en="Narwhal news")
    assert titles(results(client, "narwhal")) == ["Narwhal news"]
    article.status = Status.DRAFT
    article.save()
    assert titles(results(client, "narwhal")) == []
    article.status = Status.PUBLISHED
    article.save()
    article.delete()
    assert titles(results(client, "narwhal")) == []
    assert not SearchEntry.objects.filter(object_id=article.pk, group="news.article").exists()


def test_every_registered_kind_is_found(client):
    PageFactory(title_en="About the Okapi office")
    partner = PartnerFactory(name_en="Okapi Institute", name_ar="معهد أوكابي")
    AgreementFactory(title_en="Okapi exchange", partners=[partner])
    VisitFactory(title_en="Okapi delegation")
    ArticleFactory(title_en="Okapi news")
    StatementFactory(title_en="Okapi statement")
    ExhibitionFactory(title_en="Okapi book fair", title_ar="معرض أوكابي للكتاب")
    OpportunityFactory(title_en="Okapi scholarship", title_ar="منحة أوكابي")
    response = results(client, "okapi")
    counts = response.context["counts"]
    assert counts == {
        "intloffice.page": 1,
        "partners.partner": 1,
        "partners.agreement": 1,
        "visits.visit": 1,
        "news.article": 1,
        "news.statement": 1,
        "exhibitions.exhibition": 1,
        "opportunities.opportunity": 1,
    }
    arabic = results(client, "أوكابي", "ar").context["counts"]
    assert arabic == {
        "partners.partner": 1,
        "exhibitions.exhibition": 1,
        "opportunities.opportunity": 1,
    }


def test_an_event_is_found_by_its_place_and_an_opportunity_by_its_provider(client):
    ExhibitionFactory(title_en="Spring fair", city_en="Samarkand", city_ar="سمرقند")
    partner = PartnerFactory(name_en="Zarafshan Institute", name_ar="معهد زرافشان")
    OpportunityFactory(title_en="Research grant", title_ar="منحة بحثية", provider_partner=partner)
    assert titles(results(client, "samarkand")) == ["Spring fair"]
    assert sorted(titles(results(client, "زرافشان", "ar"))) == ["معهد زرافشان", "منحة بحثية"]
    partner.name_en = "Bukhara Institute"
    partner.save()  # the opportunity is reindexed under its provider's new name
    found = results(client, "bukhara").context["counts"]
    assert found == {"partners.partner": 1, "opportunities.opportunity": 1}


def test_people_shown_on_a_visit_find_it(client):
    visit = VisitFactory(title_en="Delegation", title_ar="وفد")
    person = PersonFactory(name_en="Layla Mansour", name_ar="ليلى منصور")
    ParticipantFactory(visit=visit, person=person)
    assert titles(results(client, "mansour")) == ["Delegation"]
    assert titles(results(client, "منصور", "ar")) == ["وفد"]
    person.name_en = "Layla Qasim"
    person.save()
    assert titles(results(client, "mansour")) == []
    assert titles(results(client, "qasim")) == ["Delegation"]


def test_results_are_grouped_with_counts_and_filtered_by_type(client):
    ArticleFactory(title_en="Tapir news one")
    ArticleFactory(title_en="Tapir news two")
    StatementFactory(title_en="Tapir statement")
    response = results(client, "tapir")
    html = response.content.decode()
    assert "3 results" in html
    assert "News (2)" in html and "Statements (1)" in html
    filtered = results(client, "tapir", type="news.statement")
    assert titles(filtered) == ["Tapir statement"]
    assert "Statements (1)" in filtered.content.decode()  # the other groups stay offered
    assert "News (2)" in filtered.content.decode()


def test_an_unknown_type_is_a_400_with_a_message(client):
    response = client.get("/en/search/", {"q": "tapir", "type": "nope"})
    assert response.status_code == 400
    assert "Choose a type from the list." in response.content.decode()


def test_title_matches_rank_first(client):
    ArticleFactory(title_en="Other headline", summary_en="About a wombat in passing")
    ArticleFactory(title_en="Wombat headline", summary_en="Nothing")
    assert titles(results(client, "wombat")) == ["Wombat headline", "Other headline"]


def test_the_snippet_highlights_the_matched_words_escaped(client):
    ArticleFactory(
        title_en="A <b>bold</b> title",
        summary_en="Students from Alexandria (ranked 5 < 6 & co) visited.",
    )
    html = results(client, "alexandria").content.decode()
    assert "<mark>Alexandria</mark>" in html
    assert "5 &lt; 6 &amp; co" in html
    assert "<b>bold</b>" not in html


def test_the_arabic_snippet_highlights_the_word_as_written(client):
    ArticleFactory(title_ar="زيارة", summary_ar="وفد من مكتبة الإسكندرية زار الجامعة")
    html = results(client, "الاسكندرية", "ar").content.decode()
    assert "<mark>الإسكندرية</mark>" in html


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_an_empty_query_shows_the_prompt_and_runs_no_query(client, language, query):
    ArticleFactory(title_en="Anything")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL.format(language), {"q": query})
    assert response.status_code == 200
    assert response.context["query"] == ""
    assert not [q for q in queries.captured_queries if "searchentry" in q["sql"]]
    assert 'class="search-prompt"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"quoted"',
        "%",
        "_",
        "\\",
        "%_%",
        "' OR 1=1 --",
        "'); DROP TABLE intloffice_searchentry; --",
        "<script>alert(1)</script>",
        "a & b | !c :* (d)",
        "‮rtl override",
        "x" * 500,
        "٪",
    ],
)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_special_characters_are_plain_text(client, query, language):
    ArticleFactory(title_en="Ordinary headline", title_ar="عنوان عادي")
    response = client.get(URL.format(language), {"q": query})
    assert response.status_code == 200
    assert titles(response) == []  # no wildcard, no injection: nothing matches
    assert "<script>alert" not in response.content.decode()
    assert SearchEntry.objects.exists()


def test_percent_and_underscore_are_not_wildcards(client):
    ArticleFactory(title_en="Fees cut by 50%", summary_en="")
    ArticleFactory(title_en="Fees cut by 500", summary_en="")
    assert sorted(titles(results(client, "50%"))) == ["Fees cut by 50%", "Fees cut by 500"]
    assert titles(results(client, "_")) == []


def test_a_long_query_is_cut_at_200_characters(client):
    ArticleFactory(title_en="Pangolin news")
    response = results(client, "pangolin " + "y" * 400)
    assert len(response.context["query"]) == 200
    assert "Only the first 200 characters" in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "٢", "1.5"])
def test_bad_page_values_follow_the_pagination_rule(client, page):
    for n in range(25):
        ArticleFactory(title_en=f"Lemur news {n}")
    response = results(client, "lemur", page=page)
    number = response.context["page_obj"].number
    assert number == {"٢": 2, "99999": 2}.get(page, 1)
    assert len(titles(response)) == (5 if number == 2 else 20)


def test_pagination_links_keep_the_query(client):
    for n in range(25):
        ArticleFactory(title_en=f"Lemur news {n}")
    html = results(client, "lemur", type="news.article").content.decode()
    assert 'href="?q=lemur&amp;type=news.article&amp;page=2" rel="next"' in html


def _queries(client, query):
    with CaptureQueriesContext(connection) as captured:
        results(client, query)
    return len(captured.captured_queries)


def test_the_query_count_is_fixed(client):
    for n in range(3):
        ArticleFactory(title_en=f"Ibex news {n}")
        VisitFactory(title_en=f"Ibex visit {n}")
    client.get("/en/search/", {"q": "warm-up"})  # site settings and the like, cached
    small = _queries(client, "ibex")
    for n in range(30):
        ArticleFactory(title_en=f"Ibex more news {n}")
        StatementFactory(title_en=f"Ibex statement {n}")
        PartnerFactory(name_en=f"Ibex partner {n}")
    assert _queries(client, "ibex") == small


def test_rebuild_command_restores_the_index(client):
    ArticleFactory(title_en="Gazelle news")
    SearchEntry.objects.all().delete()
    assert titles(results(client, "gazelle")) == []
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert titles(results(client, "gazelle")) == ["Gazelle news"]


def test_the_header_has_a_search_box_on_every_page(client):
    for language in ("ar", "en"):
        html = client.get(f"/{language}/").content.decode()
        assert f'action="/{language}/search/"' in html
        assert 'role="search"' in html
        assert '<label class="visually-hidden" for="header-search-q">' in html


def test_query_terms_drop_punctuation():
    assert search.query_terms('  Al-Azhar\'s   "library" %_ ') == ["al", "azhar", "s", "library"]
    assert search.query_terms("%_\\") == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity: PostgreSQL")
def test_a_name_with_a_typo_is_found_on_postgresql(client):
    PartnerFactory(name_en="Alexandria Research Institute", name_ar="معهد الإسكندرية للبحوث")
    assert titles(results(client, "alexandira")) == ["Alexandria Research Institute"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity: PostgreSQL")
@pytest.mark.parametrize("exact", [search.TYPO_FALLBACK_BELOW - 1, search.TYPO_FALLBACK_BELOW])
def test_typo_matches_only_when_the_word_as_typed_finds_few(client, exact):
    """A word that already finds a page of results is not taken for a typo of another."""
    PartnerFactory(name_en="Alexandria Research Institute", name_ar="معهد الإسكندرية للبحوث")
    for n in range(exact):
        ArticleFactory(title_en=f"Alexandira bulletin {n}", title_ar=f"نشرة {n}")
    found = titles(results(client, "alexandira"))
    assert len([t for t in found if t.startswith("Alexandira bulletin")]) == min(exact, 20)
    typo_found = "Alexandria Research Institute" in found
    assert typo_found == (exact < search.TYPO_FALLBACK_BELOW)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ts_rank: PostgreSQL")
def test_within_a_tier_the_text_rank_orders_then_the_newest(client):
    now = timezone.now()
    ArticleFactory(
        title_en="Older report",
        summary_en="Okapi herds: the okapi, okapi calves and the okapi reserve.",
        published_at=now - datetime.timedelta(days=3),
    )
    ArticleFactory(
        title_en="Newer report",
        summary_en="An okapi was seen.",
        published_at=now - datetime.timedelta(days=1),
    )
    ArticleFactory(title_en="Okapi in the title", published_at=now - datetime.timedelta(days=9))
    assert titles(results(client, "okapi")) == [
        "Okapi in the title",
        "Older report",
        "Newer report",
    ]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL planner setting")
@pytest.mark.parametrize("query", ["university", "cooperation agreement"])
def test_the_planner_setting_of_a_search_does_not_outlive_it(client, query):
    ArticleFactory(title_en="University cooperation agreement")
    assert results(client, query).context["total"] == 1
    results(client, query, page="2")
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"


def test_seed_demo_leaves_a_searchable_index(client):
    call_command("seed_demo", stdout=io.StringIO())
    assert SearchEntry.objects.filter(is_public=True).count() > 20
    response = results(client, "الاسكندرية", "ar")  # the demo names Alexandria
    assert response.context["total"] >= 1


@pytest.mark.parametrize(
    ("stored", "typed"), [("الإسكندرية", "الاسكندرية"), ("مكتبة", "مكتبه"), ("مُحَمَّد", "محمد")]
)
def test_the_admin_search_folds_arabic_and_finds_drafts(admin_client, stored, typed):
    draft = ArticleFactory(title_ar=f"خبر {stored}", title_en="First", status=Status.DRAFT)
    statement = StatementFactory(title_ar=f"بيان {stored}", title_en="Second")
    other = ArticleFactory(title_ar="خبر آخر", title_en="Other")
    for path, shown, hidden in (
        ("/admin/news/article/", draft.pk, other.pk),
        ("/admin/news/statement/", statement.pk, None),
    ):
        response = admin_client.get(path, {"q": typed})
        assert response.status_code == 200
        html = response.content.decode()
        assert f'href="{path}{shown}/change/' in html, path
        if hidden:
            assert f'href="{path}{hidden}/change/' not in html
