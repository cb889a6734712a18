"""The page cache cannot be flooded (issue 14, row 5 and "Must hold" 5)."""

import pytest
from django.core.cache import caches

from tests.factories import PageFactory
from tests.partners.factories import PartnerFactory
from tests.visits.factories import VisitFactory

CONTACT = {"name": "A", "email": "a@example.org", "subject": "Hello", "message": "Hi"}


def stored_pages(alias=None):
    """Keys of stored pages in every cache alias (or in ``alias``), local memory or Redis."""
    keys = set()
    for name in [alias] if alias else list(caches.settings):
        store = caches[name]._cache
        if isinstance(store, dict):  # local memory
            keys |= {key for key in store if "intloffice:page:" in key}
        else:  # Redis
            # Aliases may share one Redis database: match this alias's own key prefix.
            pattern = f"{caches[name].key_prefix}:*intloffice:page:*"
            keys |= {k.decode() for k in store.get_client().scan_iter(pattern)}
    return keys


@pytest.fixture
def page_cache_on(settings, site):
    settings.PAGE_CACHE_SECONDS = 300
    PageFactory(slug="about-us", title_en="About the office")


def test_unknown_parameters_create_no_entry(client, page_cache_on):
    for number in range(30):
        response = client.get(f"/en/about/about-us/?cb={number}")
        assert response.status_code == 200
        assert "X-Cache" not in response
    assert stored_pages() == set()
    assert client.get("/en/about/about-us/")["X-Cache"] == "miss"
    # The page itself, once cached, answers every variant of it.
    assert client.get("/en/about/about-us/?cb=31")["X-Cache"] == "hit"
    assert len(stored_pages()) == 1


def test_a_flood_leaves_the_contact_limit_and_the_default_cache_alone(client, page_cache_on):
    for _ in range(5):
        client.post("/en/contact/", CONTACT)
    assert client.post("/en/contact/", CONTACT).status_code == 429
    client.get("/en/about/about-us/")
    for number in range(320):
        assert client.get(f"/en/about/about-us/?cb={number}").status_code == 200
    assert client.post("/en/contact/", CONTACT).status_code == 429
    assert stored_pages("default") == set()
    assert len(stored_pages("pages")) == 1


def test_declared_parameters_are_sorted_and_normalised(client, page_cache_on):
    VisitFactory()
    assert client.get("/en/visits/?direction=incoming&page=1")["X-Cache"] == "miss"
    assert client.get("/en/visits/?page=1&direction=incoming")["X-Cache"] == "hit"
    assert client.get("/en/visits/?direction=%69ncoming&page=1")["X-Cache"] == "hit"
    assert client.get("/en/visits/?page=1&utm_source=x&direction=incoming")["X-Cache"] == "hit"
    assert client.get("/en/visits/?direction=outgoing")["X-Cache"] == "miss"
    assert len(stored_pages()) == 2


def test_the_countries_page_declares_its_sort(client, page_cache_on):
    PartnerFactory()
    assert client.get("/en/partners/countries/?sort=name")["X-Cache"] == "miss"
    assert client.get("/en/partners/countries/?sort=name&x=1")["X-Cache"] == "hit"
    assert "X-Cache" not in client.get("/en/partners/countries/?x=2")


def test_the_page_cache_is_bounded(client, page_cache_on, settings):
    settings.PAGE_CACHE_MAX_ENTRIES = 3
    VisitFactory()
    answers = [client.get(f"/en/visits/?year={year}") for year in range(2001, 2009)]
    assert [response.status_code for response in answers] == [200] * 8
    assert [response.get("X-Cache") for response in answers] == ["miss"] * 3 + [None] * 5
    assert len(stored_pages()) == 3
