"""The demo's owner is fictional (issue 10, must-hold 1): a made-up university and office with
example.edu addresses and a placeholder phone, set in SiteSettings by the demo only; no real
university of the seeds, no head of state or government, neutral religious vocabulary."""

import re

import pytest
from django.core.management import call_command

from intloffice.demo import OWNER_NAME
from intloffice.models import Page, SiteSettings
from news.models import Article, Publication, PublicationFile, Statement
from visits.models import Person, PersonCategory, Visit

pytestmark = pytest.mark.django_db

#: The real institutions of ../shared/seeds/ and their addresses: never the demo's owner.
REAL_OWNERS = re.compile(
    r"Al-Aqsa|Aqsa|الأقصى|alaqsa|Al-Mustafa|المصطفى|mustafa|miu\.ac|International Relations Affairs"
    r"|شؤون العلاقات الدولية",
    re.IGNORECASE,
)
#: Sect-specific or deferential wording the review retired (section 1).
NOT_NEUTRAL = re.compile(r"حوزة|المرجعيات|توجيهات|للاستفادة من توجيه|guidance of religious")


@pytest.fixture
def demo(settings):
    settings.PAGE_CACHE_SECONDS = 0
    call_command("seed_demo", verbosity=0)


def _texts(queryset, fields):
    for row in queryset.values(*fields):
        yield from (str(value) for value in row.values() if value)


def test_site_settings_name_a_fictional_owner_and_keep_staff_edits(demo):
    site = SiteSettings.get_solo()
    assert (site.university_name_en, site.university_name_ar) == (
        OWNER_NAME["en"],
        OWNER_NAME["ar"],
    )
    assert site.office_name_en and site.office_name_ar
    assert site.email.endswith("@example.edu")
    assert site.phone.startswith("+000")
    for name in ("facebook", "x_twitter", "youtube", "instagram", "linkedin", "map_link"):
        assert getattr(site, name) == "", name
    # Staff edits to the owner survive a second run.
    site.university_name_en = "Our University"
    site.save()
    call_command("seed_demo", verbosity=0)
    assert SiteSettings.get_solo().university_name_en == "Our University"


def test_only_the_demo_sets_the_owner(db):
    """Without the demo the site names no owner at all (no real one by default)."""
    site = SiteSettings.get_solo()
    assert not site.university_name_en and not site.email


def test_no_real_owner_on_the_pages_nor_in_the_records(demo, client):
    for language in ("ar", "en"):
        for path in ("", "about/about-us/", "about/relations-and-international-cooperation/",
                     "contact/", "visits/", "news/", "statements/", "publications/"):  # fmt: skip
            response = client.get(f"/{language}/{path}")
            assert response.status_code == 200, path
            html = response.content.decode()
            assert not REAL_OWNERS.search(html), (path, REAL_OWNERS.search(html))
            if path in ("", "contact/"):
                assert "example.edu" in html
    texts = [
        *_texts(Page.objects.all(), ["title_ar", "title_en", "body_ar", "body_en"]),
        *_texts(Visit.objects.all(), ["title_ar", "title_en", "summary_ar", "summary_en",
                                      "body_ar", "body_en", "city_ar", "city_en"]),
        *_texts(Person.objects.all(), ["position_ar", "position_en", "honorific_ar"]),
        *_texts(Article.objects.all(), ["title_ar", "title_en", "body_ar", "body_en"]),
        *_texts(Statement.objects.all(), ["title_ar", "title_en", "body_ar", "body_en",
                                          "issued_by_ar", "issued_by_en"]),
        *_texts(Publication.objects.all(), ["title_ar", "title_en", "description_ar",
                                            "description_en"]),
        *_texts(PublicationFile.objects.all(), ["video_url"]),
    ]  # fmt: skip
    assert texts
    for text in texts:
        assert not REAL_OWNERS.search(text), text[:120]
        assert not NOT_NEUTRAL.search(text), text[:120]
    # No head of state or government, and none of their honorifics.
    assert not Person.objects.filter(category=PersonCategory.HEAD_OF_STATE).exists()
    positions = " ".join(_texts(Person.objects.all(), ["position_en", "position_ar"]))
    for title in ("Prime Minister", "President of the Republic", "رئيس الوزراء", "رئيس جمهورية"):
        assert title not in positions
    honorifics = set(Person.objects.values_list("honorific_ar", flat=True))
    assert not {"فخامة", "دولة"} & honorifics
    # A deputy minister is «سعادة», not «معالي».
    deputies = Person.objects.filter(position_en__startswith="Deputy Minister")
    assert deputies and all(person.honorific_ar.startswith("سعادة") for person in deputies)
