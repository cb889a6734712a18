"""The demo tells one consistent story (issue 10, must-hold 2, part): a walk through the seeded
demo checks that agreement titles name their partners, visit places are their venues, and
statement reference numbers grow with their dates, publication PDFs have pages and their title;
and (must-hold 5) every picture row, scaled copies too, owns its stored file."""

import re
from collections import Counter

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader

from exhibitions.models import ExhibitionPhoto
from intloffice.demo import OWNER_CITY, OWNER_COUNTRY
from intloffice.text import normalize_search_text
from news.models import Article, Publication, PublicationFile, Statement
from partners.models import Agreement, Partner
from visits.models import Direction, Visit, VisitPhoto

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.PAGE_CACHE_SECONDS = 0
    call_command("seed_demo", scale=2, verbosity=0)


def test_the_demo_story_holds_together(demo, client, django_capture_on_commit_callbacks):
    # Every agreement's title names each of its partners, in both languages (copies too).
    agreements = Agreement.objects.prefetch_related("partners")
    assert agreements.count() > 40
    for agreement in agreements:
        for partner in agreement.partners.all():
            assert partner.name_en in agreement.title_en, (agreement.slug, partner.name_en)
            assert partner.name_ar in agreement.title_ar, (agreement.slug, partner.name_ar)

    # A visit's place is its venue: incoming ones at the university's town and country,
    # outgoing ones at their host's city and country when they have a host.
    visits = Visit.objects.select_related("host_partner")
    assert visits.filter(direction=Direction.INCOMING).exists()
    for visit in visits:
        if visit.direction == Direction.INCOMING:
            assert visit.country == OWNER_COUNTRY, visit.slug
            assert (visit.city_en, visit.city_ar) == (OWNER_CITY["en"], OWNER_CITY["ar"])
        elif visit.host_partner is not None:
            host = visit.host_partner
            assert visit.country == host.country, visit.slug
            assert (visit.city_en, visit.city_ar) == (host.city_en, host.city_ar), visit.slug

    # An article linked to a partner is about that partner (named in its text), and an article
    # linked to a visit is about a visit that partner hosted.
    linked = Article.objects.filter(related_partners__isnull=False).prefetch_related(
        "related_partners"
    )
    assert linked.count() >= 40
    for article in linked.select_related("visit"):
        for partner in article.related_partners.all():
            assert partner.name_en in article.title_en + article.body_en, article.slug
            # Folded: «ل» + «المعهد» is written «للمعهد».
            arabic = normalize_search_text(article.title_ar + " " + article.body_ar)
            assert normalize_search_text(partner.name_ar) in arabic, article.slug
            if article.visit is not None:
                assert article.visit.host_partner_id == partner.pk, article.slug

    # Incoming and outgoing visits are told differently (guests here, our delegation there).
    bodies = {
        direction: set(Visit.objects.filter(direction=direction).values_list("body_en", flat=True))
        for direction in (Direction.INCOMING, Direction.OUTGOING)
    }
    assert bodies[Direction.INCOMING] and bodies[Direction.OUTGOING]
    assert not bodies[Direction.INCOMING] & bodies[Direction.OUTGOING]

    # Statement reference numbers increase with their dates, year by year.
    by_year = {}
    for statement in Statement.objects.order_by("issued_on", "pk"):
        match = re.fullmatch(r"IRA/ST/(\d{4})/(\d{3})", statement.reference_number)
        assert match, statement.reference_number
        assert int(match.group(1)) == statement.issued_on.year
        by_year.setdefault(statement.issued_on.year, []).append(int(match.group(2)))
    for year, numbers in by_year.items():
        assert numbers == list(range(1, len(numbers) + 1)), (year, numbers)

    # The pages show the same: an agreement page names its partner, a visit page its place.
    agreement = Agreement.objects.published().filter(is_public=True).first()
    partner = agreement.partners.first()
    for language in ("ar", "en"):
        html = client.get(f"/{language}{agreement.get_absolute_url()[3:]}").content.decode()
        assert getattr(partner, f"name_{language}") in html
    incoming = Visit.objects.published().filter(direction=Direction.INCOMING).first()
    html = client.get(f"/ar{incoming.get_absolute_url()[3:]}").content.decode()
    place = re.search(r"<dt>المكان</dt><dd>(.*?)</dd>", html, re.S).group(1)
    assert "وادي الينابيع" in place and "فلسطين" in place, place

    # Every publication with documents has PDFs of several pages whose text holds its title.
    documents = PublicationFile.objects.exclude(document="").select_related("publication")
    assert documents.count() >= 30
    assert Publication.objects.filter(files__document__gt="").distinct().count() >= 15
    for version in documents:
        with version.document.open("rb") as file:
            reader = PdfReader(file)
            assert len(reader.pages) >= 2, version.document.name
            text = reader.pages[0].extract_text()
        assert version.publication.title_en in text, version.publication.slug
        assert version.publication.title_ar in text, version.publication.slug

    # Last year's annual report is published, in both languages, and listed on the figures page.
    year = timezone.localdate().year - 1
    for language in ("ar", "en"):
        report = client.get(f"/{language}/about/annual-report/{year}/")
        assert report.status_code == 200
        assert (
            f"/{language}/about/annual-report/{year}/"
            in client.get(f"/{language}/about/figures/").content.decode()
        )

    # One seeded database for both walks (seeding is slow); this one deletes rows, so it is last.
    check_every_picture_row_owns_its_file(django_capture_on_commit_callbacks)


def _pictures():
    return (
        [(p, "logo") for p in Partner.objects.exclude(logo="")]
        + [(p, "image") for p in VisitPhoto.objects.all()]
        + [(p, "image") for p in ExhibitionPhoto.objects.all()]
        + [(a, "image") for a in Article.objects.exclude(image="")]
        + [(p, "cover") for p in Publication.objects.exclude(cover="")]
    )


def check_every_picture_row_owns_its_file(django_capture_on_commit_callbacks):
    """Deleting a scaled copy (django-cleanup deletes its file) keeps the original's."""
    names = Counter(getattr(row, field).name for row, field in _pictures())
    assert len(names) > 300
    assert [name for name, count in names.items() if count > 1] == []
    assert all(default_storage.exists(name) for name in names)
    # A scaled copy of a partner and an archive visit (--scale 2) have their own files.
    original = Partner.objects.get(slug="cairo-mokattam-university")
    copy = Partner.objects.get(slug="cairo-mokattam-university-2")
    assert copy.logo.name != original.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        copy.delete()
    assert not default_storage.exists(copy.logo.name)
    assert default_storage.exists(original.logo.name)
    archived = VisitPhoto.objects.filter(visit__slug__startswith="archive-visit-").first()
    kept = [photo.image.name for photo in VisitPhoto.objects.exclude(visit=archived.visit)]
    with django_capture_on_commit_callbacks(execute=True):
        archived.visit.delete()
    assert all(default_storage.exists(name) for name in kept)
