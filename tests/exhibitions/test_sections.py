"""What exhibitions adds to other pages through the plug-in seam: the home page, a partner's
page, the countries page, the sitemap and the site navigation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.exhibitions.factories import ExhibitionFactory, days_from_today
from tests.partners.factories import PartnerFactory
from tests.sitemaps import sitemap_locations

pytestmark = pytest.mark.django_db


def on(start, **kwargs):
    return ExhibitionFactory(
        starts_on=days_from_today(start), ends_on=days_from_today(start), **kwargs
    )


@pytest.mark.parametrize(
    ("lang", "heading"), [("en", "Upcoming events"), ("ar", "الفعاليات القادمة")]
)
def test_home_shows_the_next_four_upcoming_events(client, site, lang, heading):
    past = on(-3)
    events = [on(days) for days in (30, 2, 9, 60, 90)]
    html = client.get(f"/{lang}/").content.decode()
    assert heading in html
    shown = [e for e in events if e.get_absolute_url() in html]
    assert sorted(shown, key=lambda e: e.starts_on) == sorted(events, key=lambda e: e.starts_on)[:4]
    assert past.get_absolute_url() not in html
    assert html.index(events[1].get_absolute_url()) < html.index(events[2].get_absolute_url())


def test_home_has_no_events_block_without_upcoming_events(client, site):
    on(-3)
    assert "upcoming-events-title" not in client.get("/en/").content.decode()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_partner_page_lists_its_events_in_fixed_queries(client, site, lang):
    partner = PartnerFactory()
    event = on(-40)
    event.partners.add(partner)
    other = on(-41)
    url = f"/{lang}/partners/{partner.slug}/"
    html = client.get(url).content.decode()
    assert event.get_absolute_url() in html
    assert other.get_absolute_url() not in html
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for days in range(10):
        on(-100 - days).partners.add(partner)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_the_countries_page_counts_events(client, site):
    PartnerFactory(country="EG")
    on(-3, country="EG")
    on(10, country="EG")
    html = client.get("/en/partners/countries/").content.decode()
    assert "/en/exhibitions/?country=EG" in html


def test_sitemap_and_navigation_name_the_events(client, site):
    event = on(5)
    locations = sitemap_locations(client)
    for lang in ("ar", "en"):
        assert f"http://testserver/{lang}/exhibitions/{event.slug}/" in locations
        assert f"http://testserver/{lang}/exhibitions/" in locations
    html = client.get("/ar/").content.decode()
    assert 'href="/ar/exhibitions/"' in html
