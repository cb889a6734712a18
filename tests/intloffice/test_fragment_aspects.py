"""A model's *aspects* (intloffice/cache.py): a version that changes only when a save changes
one of the aspect's fields, so a fragment that reads those fields alone (the visits' figures,
the next scheduled item) is kept when an item's title is edited. And ``fragments.Cards``: a
list's related rows are read only for the cards drawn anew."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from intloffice.cache import content_changed, next_change
from intloffice.digits import localize_digits
from news.models import Article
from tests.exhibitions.factories import ExhibitionPhotoFactory
from tests.news.factories import ArticleFactory
from tests.visits.factories import full_visit
from visits.blocks import RECENT_ON_HOME
from visits.models import PersonCategory, Visit

pytestmark = pytest.mark.django_db
FIGURES = "visits/includes/figures.html"


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


def _home(client, lang):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    return response


def _drawn(response, template):
    return any(t.name == template for t in response.templates)


def _countries(response, lang):
    """The "countries visited from or to" figure on the home page, as shown."""
    with translation.override(lang):
        label = translation.gettext("countries visited from or to")
    html = response.content.decode()
    found = re.search(
        rf'figure-number">([^<]+)</span> <span class="figure-label">{re.escape(label)}', html
    )
    assert found, "no visits figures on the home page"
    return found.group(1)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_visits_figures_are_kept_when_a_title_is_edited_and_counted_when_a_country_is(
    client, site, lang
):
    today = timezone.localdate()
    visit = full_visit(country="MY", starts_on=today, ends_on=today)
    full_visit(country="MY", starts_on=today, ends_on=today)
    response = _home(client, lang)
    assert _drawn(response, FIGURES) and _countries(response, lang) == localize_digits(1, lang)

    visit.title_en, visit.title_ar = "Tapir delegation", "وفد التابير"
    visit.save()
    response = _home(client, lang)
    assert {"ar": "وفد التابير", "en": "Tapir delegation"}[lang] in response.content.decode()
    assert not _drawn(response, FIGURES)  # the numbers read no title: kept
    assert _countries(response, lang) == localize_digits(1, lang)

    visit.country = "JP"
    visit.save()
    response = _home(client, lang)
    assert _drawn(response, FIGURES) and _countries(response, lang) == localize_digits(2, lang)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_visitors_figures_follow_a_persons_category_not_their_name(client, site, lang):
    visit = full_visit(participants=1)
    head = visit.participations.get().person
    with translation.override(lang):
        minister = str(PersonCategory.MINISTER.label)
        diplomat = str(PersonCategory.DIPLOMAT.label)
    assert f"<dt>{minister}</dt>" in _home(client, lang).content.decode()

    head.name_en, head.name_ar = "Tapir Haddad", "تابير حداد"
    head.save()
    response = _home(client, lang)
    assert not _drawn(response, FIGURES)
    assert {"ar": "تابير حداد", "en": "Tapir Haddad"}[lang] in response.content.decode()

    head.category = PersonCategory.DIPLOMAT
    head.save()
    response = _home(client, lang)
    html = response.content.decode()
    assert _drawn(response, FIGURES)
    assert f"<dt>{diplomat}</dt>" in html and f"<dt>{minister}</dt>" not in html


def test_a_visit_added_deleted_or_changed_in_bulk_is_counted_again(client, site):
    today = timezone.localdate()
    first = full_visit(country="MY", starts_on=today, ends_on=today)
    assert _countries(_home(client, "en"), "en") == "1"
    second = full_visit(country="JP", starts_on=today, ends_on=today)
    assert _countries(_home(client, "en"), "en") == "2"
    second.delete()
    assert _countries(_home(client, "en"), "en") == "1"
    Visit.objects.filter(pk=first.pk).update(country="FR")  # no signal: kept ...
    full_visit(country="MY", starts_on=today, ends_on=today)
    assert _countries(_home(client, "en"), "en") == "2"  # (a visit added recounts)
    Visit.objects.filter(pk=first.pk).update(country="MY")
    assert _countries(_home(client, "en"), "en") == "2"
    content_changed()  # ... until the bulk change is announced
    assert _countries(_home(client, "en"), "en") == "1"


def test_a_save_of_other_fields_keeps_the_figures_a_save_of_theirs_renews_them(client, site):
    today = timezone.localdate()
    visit = full_visit(country="MY", starts_on=today, ends_on=today)
    full_visit(country="MY", starts_on=today, ends_on=today)
    assert _countries(_home(client, "en"), "en") == "1"
    visit.title_en, visit.country = "Tapir delegation", "JP"
    visit.save(update_fields=["title_en"])  # the country is not saved
    response = _home(client, "en")
    assert "Tapir delegation" in response.content.decode() and not _drawn(response, FIGURES)
    visit.save(update_fields=["country"])
    assert _countries(_home(client, "en"), "en") == "2"


def test_the_next_change_is_asked_again_only_when_a_schedule_changes(site):
    now = timezone.now()
    article = ArticleFactory(published_at=now + datetime.timedelta(hours=3))
    assert next_change() == article.published_at
    article.title_en = "Tapir exchange"
    article.save()
    with CaptureQueriesContext(connection) as after_a_title:
        assert next_change() == article.published_at
    assert len(after_a_title) == 0
    article.published_at = now + datetime.timedelta(hours=1)
    article.save()
    with CaptureQueriesContext(connection) as after_a_date:
        assert next_change() == article.published_at
    assert len(after_a_date) == 1 and "news_article" in after_a_date[0]["sql"]
    Article.objects.filter(pk=article.pk).update(status="draft")  # no signal
    content_changed()
    assert next_change() is None


def _ids_asked(sql):
    found = re.search(r'"visit_id" IN \(([\d, ]+)\)', sql)
    return {int(pk) for pk in found.group(1).split(",")} if found else set()


def _visit_queries(queries):
    return [q["sql"] for q in queries if '"visits_' in q["sql"]]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_recent_visits_read_the_related_rows_of_the_cards_drawn_anew_alone(client, site, lang):
    visits = [full_visit() for _ in range(RECENT_ON_HOME + 1)]
    older = min(visits, key=lambda visit: (visit.starts_on, visit.pk))
    latest = max(visits, key=lambda visit: (visit.starts_on, visit.pk))
    shown = [v for v in visits if v != older]
    heads = [v.participations.get(role="head").person for v in shown]
    html = _home(client, lang).content.decode()
    for person in heads:  # every card drawn with its head of delegation
        assert getattr(person, f"name_{lang}") in html

    older.title_en, older.title_ar = "Tapir delegation", "وفد التابير"
    older.save()  # not on the home page: the block is drawn anew, every card kept
    with CaptureQueriesContext(connection) as queries:
        html = _home(client, lang).content.decode()
    assert len(_visit_queries(queries)) == 1  # the list alone, no participant or photo
    assert all(getattr(person, f"name_{lang}") in html for person in heads)

    latest.title_en, latest.title_ar = "Okapi delegation", "وفد الأوكابي"
    latest.save()  # its card is drawn anew, with its heads and photo as kept
    with CaptureQueriesContext(connection) as queries:
        response = _home(client, lang)
    html = response.content.decode()
    assert {"ar": "وفد الأوكابي", "en": "Okapi delegation"}[lang] in html
    assert len(_visit_queries(queries)) == 1
    assert [t.name for t in response.templates].count("visits/includes/visit_card.html") == 1
    assert all(getattr(person, f"name_{lang}") in html for person in heads)
    assert html.count('class="visit-thumb"') == RECENT_ON_HOME

    head = heads[-1]  # a related row changed: every card's related rows are read again
    head.name_en, head.name_ar = "Zebra Haddad", "زيبرا حداد"
    head.save()
    with CaptureQueriesContext(connection) as queries:
        html = _home(client, lang).content.decode()
    assert {"ar": "زيبرا حداد", "en": "Zebra Haddad"}[lang] in html
    visit_queries = _visit_queries(queries)
    assert len(visit_queries) == 3  # the list, then the heads and photos of its cards
    for sql in visit_queries[1:]:
        assert _ids_asked(sql) == {visit.pk for visit in shown}, sql

    photo = latest.photos.get()  # a photo removed: the card loses its thumbnail
    photo.delete()
    html = _home(client, lang).content.decode()
    assert html.count('class="visit-thumb"') == RECENT_ON_HOME - 1


def test_without_the_fragment_cache_every_card_reads_its_related_rows(client, site, settings):
    settings.FRAGMENT_CACHE = False
    visits = [full_visit() for _ in range(RECENT_ON_HOME)]
    with CaptureQueriesContext(connection) as queries:
        html = _home(client, "en").content.decode()
    for visit in visits:
        assert visit.participations.get(role="head").person.name_en in html
    assert html.count('class="visit-thumb"') == RECENT_ON_HOME
    # the figures (2), the list, then the heads and photos of every card in one query each
    visit_queries = _visit_queries(queries)
    assert len(visit_queries) == 5
    for sql in visit_queries[-2:]:
        assert _ids_asked(sql) == {visit.pk for visit in visits}, sql


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_upcoming_events_keep_their_photos_until_a_photo_changes(client, site, lang):
    events = [ExhibitionPhotoFactory().exhibition for _ in range(2)]
    assert _home(client, lang).content.decode().count('class="visit-thumb"') == 2
    events[0].title_en, events[0].title_ar = "Tapir fair", "معرض التابير"
    events[0].save()
    with CaptureQueriesContext(connection) as queries:
        html = _home(client, lang).content.decode()
    assert {"ar": "معرض التابير", "en": "Tapir fair"}[lang] in html
    assert html.count('class="visit-thumb"') == 2
    assert not [q for q in queries if "exhibitions_exhibitionphoto" in q["sql"]]
    events[1].photos.get().delete()
    html = _home(client, lang).content.decode()
    assert html.count('class="visit-thumb"') == 1


def test_cards_that_keep_related_rows_need_named_prefetches(rf, settings):
    from intloffice.fragments import Cards

    request = rf.get("/en/")
    cards = Cards(Visit.objects.prefetch_related("photos"), keep=("visits.visitphoto",))
    full_visit()
    with pytest.raises(ValueError, match="to_attr"):
        cards.prepare(list(Visit.objects.all()), request)
