"""The demo tells one consistent story (issue 10, must-hold 2, part): a walk through the seeded
demo checks that agreement titles name their partners, visit places are their venues, and
statement reference numbers grow with their dates."""

import re

import pytest
from django.core.management import call_command

from intloffice.demo import OWNER_CITY, OWNER_COUNTRY
from intloffice.text import normalize_search_text
from news.models import Article, Statement
from partners.models import Agreement
from visits.models import Direction, Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.PAGE_CACHE_SECONDS = 0
    call_command("seed_demo", scale=2, verbosity=0)


def test_the_demo_story_holds_together(demo, client):
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
