"""The home page built around journeys (issue 16, must-hold 3): the office's picture and one
sentence in the hero, entry points by audience that lead to real pages (filtered lists where a
filter exists), then events and deadlines, news, visits in figures."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.html import escape

from intloffice import plugins
from intloffice.blocks import AUDIENCES
from intloffice.models import SiteSettings
from tests.exhibitions.factories import ExhibitionFactory
from tests.media import samples
from tests.media.test_images import SITE_URL, site_form
from tests.news.factories import ArticleFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory
from tests.visits.factories import full_visit

pytestmark = pytest.mark.django_db

ALT = {"ar": "مبنى المكتب عند الغروب", "en": "The office building at sunset"}


def with_hero_picture(site, decorative=False):
    site.hero_image.save("office.jpg", ContentFile(samples.image_bytes(size=(1800, 1125))))
    site.hero_image_alt_ar, site.hero_image_alt_en = ("", "") if decorative else ALT.values()
    site.hero_image_decorative = decorative
    site.tagline_ar = "نفتح الجامعة على العالم."
    site.tagline_en = "We open the university to the world."
    site.full_clean()
    site.save()
    return site


def hero(html):
    return re.search(r'<section class="hero.*?</section>', html, re.S)[0]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_hero_shows_the_office_picture_as_a_rendition_that_loads_first(client, site, lang):
    with_hero_picture(site)
    html = hero(client.get(f"/{lang}/").content.decode())
    img = re.search(r"<img [^>]*>", html)[0]
    assert f'alt="{escape(ALT[lang])}"' in img
    assert 'width="1600" height="1000"' in img  # the ratio is reserved: no layout shift
    assert 'fetchpriority="high"' in img and "loading=" not in img  # the LCP: never lazy
    assert re.search(r'srcset="[^"]*/renditions/site/[^"]*320\.jpg 320w', img)
    assert 'sizes="(min-width: 48rem) 36rem, calc(100vw - 2rem)"' in img
    assert 'type="image/webp"' in html  # a WebP source beside the JPEG
    sentence = {"ar": "نفتح الجامعة على العالم.", "en": "We open the university to the world."}
    assert f'<p class="hero-intro">{sentence[lang]}</p>' in html
    assert escape(getattr(site, f"intro_{lang}")) not in html  # one sentence, not the intro


def test_a_decorative_hero_picture_has_empty_alt_text(client, site):
    with_hero_picture(site, decorative=True)
    for lang in ("ar", "en"):
        img = re.search(r"<img [^>]*>", hero(client.get(f"/{lang}/").content.decode()))[0]
        assert 'alt=""' in img


def test_without_a_picture_or_sentence_the_hero_shows_the_introduction(client, site):
    html = hero(client.get("/en/").content.decode())
    assert "<img" not in html and "hero-with-picture" not in html
    assert escape(site.intro_en) in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_admin_refuses_a_hero_picture_without_alt_text_and_saves_a_decorative_one(
    staff_client, site, lang
):
    upload = samples.upload("office.jpg", samples.image_bytes(size=(1600, 1000)), "image/jpeg")
    response = staff_client.post(SITE_URL, site_form(hero_image=upload), HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert {"hero_image_alt_ar", "hero_image_alt_en"} <= set(errors), errors
    message = {"ar": "صورة زخرفية", "en": "Decorative picture"}[lang]
    assert message in str(errors["hero_image_alt_en"])
    # The upload was kept for the next try: ticking "decorative" saves it without a new upload.
    kept = re.search(r'name="hero_image__kept" value="([^"]+)"', response.content.decode())
    assert kept, "the refused upload is not offered again"
    data = site_form(hero_image_decorative="on", hero_image__kept=kept[1])
    response = staff_client.post(SITE_URL, data, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 302, response.context and response.context["errors"]
    saved = SiteSettings.get_solo()
    assert saved.hero_image and saved.hero_image_decorative and saved.hero_alt == ""


def test_admin_edits_the_hero_sentence_picture_and_alt_text_in_both_languages(staff_client, site):
    html = staff_client.get(SITE_URL).content.decode()
    for name in ("tagline_ar", "tagline_en", "hero_image", "hero_image_alt_ar"):
        assert f'name="{name}"' in html, name
    assert 'name="hero_image_alt_en"' in html and 'name="hero_image_decorative"' in html
    upload = samples.upload("office.jpg", samples.image_bytes(size=(1600, 1000)), "image/jpeg")
    data = site_form(
        hero_image=upload,
        hero_image_alt_ar=ALT["ar"],
        hero_image_alt_en=ALT["en"],
        tagline_ar="جملة",
        tagline_en="A sentence.",
    )
    response = staff_client.post(SITE_URL, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    saved = SiteSettings.get_solo()
    with translation.override("ar"):
        assert saved.hero_alt == ALT["ar"] and saved.tagline == "جملة"
    assert saved.hero_image.width == 1600


def journey_links(html):
    """{audience heading: [(label, href)]} of the "find your way" block."""
    block = re.search(r'<section class="home-section journeys".*?</section>', html, re.S)[0]
    groups = {}
    for heading, body in re.findall(r"<h3[^>]*>(.*?)</h3>(.*?)</ul>", block, re.S):
        groups[heading] = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', body)
    return groups


def some_of_everything():
    OpportunityFactory(kind="scholarship", audience="students")
    OpportunityFactory(kind="exchange", audience="students")
    OpportunityFactory(kind="funding_call", audience="faculty")
    ArticleFactory(kind="press_release")
    ArticleFactory(kind="news")
    StatementFactory()
    ExhibitionFactory()
    full_visit()


EXPECTED = {
    "students": {"Study abroad", "Scholarships", "Exchange programmes", "Exchange partners"},
    "partners": {"Partner with us", "Agreements in force", "Our partners by country"},
    "media": {"Official statements", "Press releases", "Press contacts"},
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_entry_point_leads_to_a_real_page(client, site, lang):
    some_of_everything()
    groups = journey_links(client.get(f"/{lang}/").content.decode())
    with translation.override(lang):
        assert list(groups) == [str(audience.title) for audience in AUDIENCES]
        for audience in AUDIENCES:
            assert {label for _href, label in groups[str(audience.title)]} == {
                escape(translation.gettext(label)) for label in EXPECTED[audience.key]
            }
    for links in groups.values():
        for href, label in links:
            href = href.replace("&amp;", "&")
            assert href.startswith(f"/{lang}/"), href
            response = client.get(href)
            assert response.status_code == 200, f"{label}: {href} → {response.status_code}"
            fragment = urlsplit(href).fragment
            if fragment:
                assert f'id="{fragment}"' in response.content.decode(), href


def test_filtered_entry_points_show_only_what_they_name(client, site):
    some_of_everything()
    links = {
        label: href.replace("&amp;", "&")
        for group in journey_links(client.get("/en/").content.decode()).values()
        for href, label in group
    }
    assert links["Scholarships"].endswith("/en/opportunities/?kind=scholarship")
    assert links["Exchange programmes"].endswith("/en/opportunities/?kind=exchange")
    assert links["Study abroad"].endswith("/en/opportunities/?audience=students")
    assert links["Press releases"].endswith("/en/news/?kind=press_release")
    assert links["Agreements in force"].endswith("/en/agreements/?status=active")
    scholarships = client.get(links["Scholarships"]).context["object_list"]
    assert {o.kind for o in scholarships} == {"scholarship"}
    for_students = client.get(links["Study abroad"]).context["object_list"]
    assert len(for_students) == 2 and {o.audience for o in for_students} == {"students"}
    releases = client.get(links["Press releases"]).context["object_list"]
    assert [a.kind for a in releases] == ["press_release"]


def test_an_audience_without_links_is_left_out(client, site):
    saved = [entry for entry in plugins.journeys if entry.audience == "media"]
    try:
        for entry in saved:
            plugins.journeys.unregister(entry.key)
        groups = journey_links(client.get("/en/").content.decode())
        assert list(groups) == ["Students", "Partner institutions"]
    finally:
        for entry in saved:
            plugins.journeys.register(entry.key, order=entry.order, **entry.options)


def test_blocks_come_in_the_journey_order(client, site):
    some_of_everything()
    html = client.get("/en/").content.decode()
    ids = [
        "home-title",
        "journeys-title",
        "upcoming-events-title",
        "closing-soon-title",
        "home-news-title",
        "visits-figures-title",
    ]
    positions = [html.find(f'id="{name}"') for name in ids]
    assert -1 not in positions, dict(zip(ids, positions, strict=True))
    assert positions == sorted(positions)


def test_the_demo_has_a_hero_picture_with_alt_text_and_a_sentence_in_both_languages(db):
    from intloffice import demo

    demo.seed()
    site = SiteSettings.get_solo()
    assert site.hero_image and site.hero_image.width >= 1600
    assert not site.hero_image_decorative
    for lang in ("ar", "en"):
        assert getattr(site, f"hero_image_alt_{lang}") and getattr(site, f"tagline_{lang}")
    site.full_clean()
    name = site.hero_image.name
    demo.seed()  # seeding again keeps the picture
    assert SiteSettings.get_solo().hero_image.name == name
