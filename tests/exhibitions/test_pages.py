"""The public events pages: the list (upcoming first, ?when=past, filters, bad input), the
detail page, date ranges in each language and digits, states, and fixed query counts."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from exhibitions.models import ExhibitionKind, OfficeRole
from intloffice.models import Digits
from intloffice.publishing import Status
from tests.exhibitions.factories import ExhibitionFactory, ExhibitionPhotoFactory, days_from_today
from tests.news.factories import ArticleFactory
from tests.partners.factories import PartnerFactory
from tests.visits.factories import PersonFactory

pytestmark = pytest.mark.django_db


def queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def event_on(start, days=1, **kwargs):
    return ExhibitionFactory(
        starts_on=days_from_today(start), ends_on=days_from_today(start + days - 1), **kwargs
    )


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_list_shows_ongoing_and_upcoming_soonest_first_and_past_on_its_own_page(client, site, lang):
    later = event_on(40)
    sooner = event_on(5)
    ongoing = event_on(-2, days=5)
    recent_past = event_on(-30)
    older_past = event_on(-400)
    ExhibitionFactory(status=Status.DRAFT, title_en="Secret draft", title_ar="مسودة سرية")
    html = client.get(f"/{lang}/exhibitions/").content.decode()
    titles = [getattr(e, f"title_{lang}") for e in (ongoing, sooner, later)]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    for gone in (recent_past, older_past):
        assert getattr(gone, f"title_{lang}") not in html
    assert "Secret draft" not in html and "مسودة سرية" not in html
    assert "?when=past" in html

    past = client.get(f"/{lang}/exhibitions/?when=past")
    assert past.status_code == 200
    html = past.content.decode()
    assert html.index(getattr(recent_past, f"title_{lang}")) < html.index(
        getattr(older_past, f"title_{lang}")
    )
    assert getattr(sooner, f"title_{lang}") not in html
    assert getattr(ongoing, f"title_{lang}") not in html


@pytest.mark.parametrize(
    ("lang", "wording"),
    [
        ("en", ("Today", "Ongoing", "Ended", "Upcoming")),
        ("ar", ("اليوم", "جارية", "انتهت", "قادمة")),
    ],
)
def test_states_today_ongoing_ended_upcoming(client, site, lang, wording):
    today, ongoing, ended, upcoming = (
        event_on(0),
        event_on(-1, days=3),
        event_on(-5),
        event_on(3),
    )
    for event, label in zip((today, ongoing, ended, upcoming), wording, strict=True):
        html = client.get(f"/{lang}/exhibitions/{event.slug}/").content.decode()
        assert f'event-state">{label}</span>' in html


@pytest.mark.parametrize(
    ("lang", "digits", "expected"),
    [
        ("en", Digits.WESTERN, "12–15 March 2026"),
        ("ar", Digits.WESTERN, "12–15 مارس 2026"),
        ("ar", Digits.ARABIC_INDIC, "١٢–١٥ مارس ٢٠٢٦"),
    ],
)
def test_date_ranges_are_written_per_language_and_digits(client, site, lang, digits, expected):
    site.arabic_digits = digits
    site.save()
    event = ExhibitionFactory(
        starts_on=datetime.date(2026, 3, 12), ends_on=datetime.date(2026, 3, 15)
    )
    html = client.get(f"/{lang}/exhibitions/{event.slug}/").content.decode()
    text = expected.replace("–", '</time>–<time datetime="2026-03-15">')
    assert f'<time datetime="2026-03-12">{text}</time>' in html


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        ((2026, 3, 28), (2026, 4, 2), "en", "28 March – 2 April 2026"),
        ((2025, 12, 28), (2026, 1, 3), "en", "28 December 2025 – 3 January 2026"),
        ((2026, 3, 28), (2026, 3, 28), "en", "28 March 2026"),
        ((2026, 3, 28), (2026, 4, 2), "ar", "28 مارس – 2 أبريل 2026"),
    ],
)
def test_ranges_across_months_and_years(client, site, start, end, lang, expected):
    event = ExhibitionFactory(starts_on=datetime.date(*start), ends_on=datetime.date(*end))
    html = client.get(f"/{lang}/exhibitions/{event.slug}/").content.decode()
    shown = re.search(
        r'<dd><time datetime="[-\d]+">.*?</time>(?:[^<]*<time[^>]*>.*?</time>)?', html
    )
    assert re.sub(r"<[^>]+>", "", shown.group(0)).removeprefix("<dd>") == expected


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize(
    "query",
    [
        "kind=zzz",
        "role=boss",
        "country=QQ",
        "when=anything",
        "when=",
        "year=abc",
        "year=1800",
        "kind=<script>",
    ],
)
def test_bad_filters_answer_400_with_a_message(client, site, lang, query):
    if query == "when=":
        # An empty value is the default (upcoming), not an error.
        assert client.get(f"/{lang}/exhibitions/?{query}").status_code == 200
        return
    event = event_on(3)
    response = client.get(f"/{lang}/exhibitions/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field-error"' in html
    assert event.get_absolute_url() not in html
    assert "<script>" not in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_filters_by_kind_role_country_and_year(client, site, lang):
    fair = event_on(5, kind=ExhibitionKind.BOOK_FAIR, role=OfficeRole.ORGANISER, country="EG")
    other = event_on(6, kind=ExhibitionKind.WORKSHOP, role=OfficeRole.PARTICIPANT, country="TR")
    for query in ("kind=book_fair", "role=organiser", "country=EG", f"year={fair.starts_on.year}"):
        html = client.get(f"/{lang}/exhibitions/?{query}").content.decode()
        assert fair.get_absolute_url() in html, query
        if not query.startswith("year"):
            assert other.get_absolute_url() not in html, query
    past = event_on(-800, kind=ExhibitionKind.BOOK_FAIR)
    html = client.get(
        f"/{lang}/exhibitions/?when=past&kind=book_fair&year={past.starts_on.year}"
    ).content.decode()
    assert past.get_absolute_url() in html
    assert fair.get_absolute_url() not in html


def test_the_past_link_keeps_the_filters(client, site):
    event_on(5, country="EG")
    html = client.get("/en/exhibitions/?country=EG&page=2").content.decode()
    assert 'href="/en/exhibitions/?country=EG&amp;when=past"' in html
    html = client.get("/en/exhibitions/?country=EG&when=past").content.decode()
    assert 'href="/en/exhibitions/?country=EG"' in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_detail_page_shows_people_partners_photos_news_and_calendar_link(client, site, lang):
    partner = PartnerFactory()
    person = PersonFactory(organisation=partner)
    event = event_on(-20, days=3)
    event.partners.add(partner)
    event.attendees.add(person)
    ExhibitionPhotoFactory(exhibition=event)
    article = ArticleFactory(exhibition=event)
    ArticleFactory(title_en="Unrelated", title_ar="غير ذي صلة")
    html = client.get(f"/{lang}/exhibitions/{event.slug}/").content.decode()
    assert getattr(person, f"name_{lang}") in html
    assert partner.get_absolute_url() in html
    assert getattr(event.photos.get(), f"image_alt_{lang}") in html
    assert article.get_absolute_url() in html
    assert "Unrelated" not in html and "غير ذي صلة" not in html
    assert f'href="/{lang}/exhibitions/{event.slug}/calendar.ics"' in html
    assert ("Add to calendar" if lang == "en" else "أضف إلى التقويم") in html
    # The article points back at the event.
    article_html = client.get(article.get_absolute_url()).content.decode()
    assert event.get_absolute_url() in article_html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_report_is_shown_only_when_made_public(client, site, lang):
    event = event_on(
        -10,
        achievements_en="<p>Robotics projects</p>",
        achievements_ar="<p>مشاريع الروبوتات</p>",
        contacts_made_en="Met three universities",
        contacts_made_ar="التقينا ثلاث جامعات",
    )
    achievements = "Robotics projects" if lang == "en" else "مشاريع الروبوتات"
    contacts = "Met three universities" if lang == "en" else "التقينا ثلاث جامعات"
    html = client.get(f"/{lang}/exhibitions/{event.slug}/").content.decode()
    assert achievements not in html and contacts not in html
    event.report_public = True
    event.save()
    html = client.get(f"/{lang}/exhibitions/{event.slug}/").content.decode()
    assert achievements in html and contacts in html


def test_drafts_and_unknown_slugs_are_404_for_visitors_and_previewed_by_staff(staff_client, site):
    draft = ExhibitionFactory(status=Status.DRAFT)
    client = Client()
    for lang in ("ar", "en"):
        assert client.get(f"/{lang}/exhibitions/{draft.slug}/").status_code == 404
        assert client.get(f"/{lang}/exhibitions/no-such-event/").status_code == 404
        assert client.get(f"/{lang}/exhibitions/{draft.slug}/calendar.ics").status_code == 404
    assert staff_client.get(f"/en/exhibitions/{draft.slug}/").status_code == 200


def _with_everything(n, start):
    for i in range(n):
        event = event_on(start + i)
        event.partners.add(PartnerFactory())
        event.attendees.add(PersonFactory(), PersonFactory())
        ExhibitionPhotoFactory(exhibition=event)
        ExhibitionPhotoFactory(exhibition=event)
        ArticleFactory(exhibition=event)
    return event


EXPECTED_DETAIL_QUERIES = 6


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_list_and_detail_run_a_fixed_number_of_queries(client, site, lang):
    first = _with_everything(2, 3)
    small_list = queries(client, f"/{lang}/exhibitions/")
    small_detail = queries(client, first.get_absolute_url())
    small_ics = queries(client, f"/{lang}/exhibitions/calendar.ics")
    last = _with_everything(14, 20)
    last.attendees.add(*(PersonFactory() for _ in range(5)))
    assert queries(client, f"/{lang}/exhibitions/") == small_list
    assert queries(client, last.get_absolute_url()) == small_detail
    # Pinned as well as fixed: a block reading ``photos.all`` instead of the prefetched
    # ``gallery`` (og:image, JSON-LD) costs the same at every size, so only the number shows it
    # (it read 8 with that mistake).
    assert small_detail == EXPECTED_DETAIL_QUERIES
    assert queries(client, f"/{lang}/exhibitions/calendar.ics") == small_ics
    assert queries(client, f"/{lang}/exhibitions/?when=past") <= small_list


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_event_page_carries_event_structured_data_and_its_title(client, site, lang):
    event = event_on(
        30, days=4, city_en="Cairo", city_ar="القاهرة", venue_en="Exhibition grounds",
        venue_ar="أرض المعارض", country="EG",
    )  # fmt: skip
    ExhibitionPhotoFactory(exhibition=event)
    html = client.get(f"/{lang}/exhibitions/{event.slug}/").content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = [json.loads(block) for block in blocks]
    events = [item for item in data if item.get("@type") == "Event"]
    assert len(events) == 1
    (found,) = events
    assert found["name"] == getattr(event, f"title_{lang}")
    assert found["inLanguage"] == lang
    assert found["startDate"] == event.starts_on.isoformat()
    assert found["endDate"] == event.ends_on.isoformat()
    assert found["location"]["name"] == getattr(event, f"venue_{lang}")
    assert found["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": getattr(event, f"city_{lang}"),
        "addressCountry": "EG",
    }
    assert found["url"].endswith(event.get_absolute_url())
    assert found["image"][0].startswith("http")
    section = "Exhibitions and events" if lang == "en" else "المعارض والفعاليات"
    title = re.search(r"<title>(.*?)</title>", html, re.S)[1]
    assert title.startswith(f"{getattr(event, f'title_{lang}')} — {section}")
    assert 'property="og:image"' in html
