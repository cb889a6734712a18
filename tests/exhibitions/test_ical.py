"""calendar.ics and the per-event .ics, parsed with the icalendar library."""

import datetime

import pytest
from icalendar import Calendar

from intloffice.publishing import Status
from tests.exhibitions.factories import ExhibitionFactory, days_from_today

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar.get("PRODID")
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def events(site):
    return {
        "ongoing": ExhibitionFactory(starts_on=days_from_today(-1), ends_on=days_from_today(1)),
        "upcoming": ExhibitionFactory(starts_on=days_from_today(20), ends_on=days_from_today(20)),
        "past": ExhibitionFactory(starts_on=days_from_today(-30), ends_on=days_from_today(-28)),
        "draft": ExhibitionFactory(status=Status.DRAFT),
    }


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_feed_holds_upcoming_and_ongoing_all_day_events_in_the_page_language(
    client, events, lang
):
    parsed = parse(client.get(f"/{lang}/exhibitions/calendar.ics"))
    by_summary = {str(event["SUMMARY"]): event for event in parsed.values()}
    expected = {getattr(events[name], f"title_{lang}") for name in ("ongoing", "upcoming")}
    assert set(by_summary) == expected
    for name in ("ongoing", "upcoming"):
        item = events[name]
        event = by_summary[getattr(item, f"title_{lang}")]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is datetime.date and type(end) is datetime.date
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert (start, end) == (item.starts_on, item.ends_on + datetime.timedelta(days=1))
        assert str(event["URL"]) == f"http://testserver/{lang}/exhibitions/{item.slug}/"
        assert getattr(item, f"city_{lang}") in str(event["LOCATION"])
        assert getattr(item, f"summary_{lang}") in str(event["DESCRIPTION"])
        assert event.get("DTSTAMP")


def test_uids_are_stable_across_renders_languages_and_edits(client, events):
    first = set(parse(client.get("/en/exhibitions/calendar.ics")))
    again = set(parse(client.get("/en/exhibitions/calendar.ics")))
    arabic = set(parse(client.get("/ar/exhibitions/calendar.ics")))
    assert first == again == arabic and len(first) == 2
    upcoming = events["upcoming"]
    upcoming.title_en = "A new title"
    upcoming.starts_on = upcoming.starts_on + datetime.timedelta(days=1)
    upcoming.ends_on = upcoming.starts_on
    upcoming.save()
    edited = parse(client.get("/en/exhibitions/calendar.ics"))
    assert set(edited) == first
    assert f"exhibition-{upcoming.pk}@testserver" in edited
    assert str(edited[f"exhibition-{upcoming.pk}@testserver"]["SUMMARY"]) == "A new title"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_one_event_as_ics_even_a_past_one(client, events, lang):
    past = events["past"]
    response = client.get(f"/{lang}/exhibitions/{past.slug}/calendar.ics")
    parsed = parse(response)
    assert list(parsed) == [f"exhibition-{past.pk}@testserver"]
    (event,) = parsed.values()
    assert str(event["SUMMARY"]) == getattr(past, f"title_{lang}")
    assert event.decoded("DTSTART") == past.starts_on
    feed = parse(client.get(f"/{lang}/exhibitions/calendar.ics"))
    assert f"exhibition-{past.pk}@testserver" not in feed


def test_an_empty_feed_is_still_a_valid_calendar(client, site):
    assert parse(client.get("/en/exhibitions/calendar.ics")) == {}


def test_the_feed_holds_the_next_events_only(client, site, monkeypatch):
    from exhibitions import views

    monkeypatch.setattr(views, "FEED_SIZE", 2)
    soonest = [
        ExhibitionFactory(starts_on=days_from_today(d), ends_on=days_from_today(d))
        for d in (9, 3, 6)
    ]
    parsed = parse(client.get("/en/exhibitions/calendar.ics"))
    assert set(parsed) == {f"exhibition-{e.pk}@testserver" for e in soonest[1:]}
