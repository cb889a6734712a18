"""The exhibitions demo: every kind and role, three years, upcoming events relative to today,
linked to the partners and people of the other demos; idempotent."""

import datetime

import pytest
from django.utils import timezone

from exhibitions import demo
from exhibitions.models import Exhibition, ExhibitionKind, OfficeRole
from intloffice.management.commands.seed_demo import demo_modules, demo_order
from news import demo as news_demo
from news.models import Article
from partners import demo as partners_demo
from visits import demo as visits_demo

pytestmark = pytest.mark.django_db


def test_the_demo_tells_one_story_relative_to_today(site):
    """One test (seeding the partners and visits demos takes a while)."""
    partners_demo.seed()
    visits_demo.seed()
    demo.seed()
    events = Exhibition.objects.published()
    today = timezone.localdate()

    # Every kind and role, several countries, three years, two to come and one under way.
    assert events.count() >= 12
    assert set(events.values_list("kind", flat=True)) == set(ExhibitionKind.values)
    assert set(events.values_list("role", flat=True)) == set(OfficeRole.values)
    assert len(set(events.values_list("country", flat=True))) >= 5
    assert len({d.year for d in events.dates("starts_on", "year")}) >= 3
    assert events.filter(starts_on__gt=today).count() >= 2
    assert events.filter(starts_on__lte=today, ends_on__gte=today).exists()
    oldest = events.order_by("starts_on").first().starts_on
    assert today - oldest <= datetime.timedelta(days=3 * 366)

    # Dates are relative to the day the command runs.
    for row in demo.EVENTS:
        event = events.get(slug=row.slug)
        assert event.starts_on == today - datetime.timedelta(days=row.days_ago)
        assert (event.ends_on - event.starts_on).days == row.days - 1

    # Reports only after the event; one past report stays internal; photos after the event.
    assert not events.filter(ends_on__gte=today).exclude(achievements_en="").exists()
    assert events.filter(ends_on__lt=today, report_public=False).exists()
    assert not events.filter(ends_on__gte=today, photos__isnull=False).exists()
    assert not events.filter(ends_on__lt=today, photos__isnull=True).exists()

    # The partners and people are the other demos' own.
    for event in events:
        row = next(r for r in demo.EVENTS if r.slug == event.slug)
        assert sorted(event.partners.values_list("slug", flat=True)) == sorted(row.partners)
        assert event.attendees.count() == len(row.attendees)
        for partner in event.partners.all():  # abroad: a partner of that country
            assert event.country.code == "PS" or partner.country == event.country
        assert event.title_ar and event.title_en and event.summary_ar and event.summary_en
    assert events.filter(attendees__name_en="Mona Khalil Abu Samra").count() >= 3

    # Idempotent, and run after visits and before news.
    count = Exhibition.objects.count()
    demo.seed()
    assert Exhibition.objects.count() == count
    order = demo_order(demo_modules())
    assert order.index("visits") < order.index("exhibitions") < order.index("news")

    # The news demo writes one article about each past event, from the event's own record.
    news_demo.seed()
    for event in events.filter(ends_on__lt=today):
        article = Article.objects.get(exhibition=event)
        assert event.title_en in article.title_en and event.title_ar in article.title_ar
        assert set(article.related_partners.all()) == set(event.partners.all())
    assert not Article.objects.filter(exhibition__ends_on__gte=today).exists()

    # --scale adds archive events, some still to come.
    demo.seed(scale=2)
    assert Exhibition.objects.count() == count + 30
    archive = Exhibition.objects.filter(slug__startswith="archive-event-")
    assert archive.filter(starts_on__gt=today).exists()
    assert archive.filter(ends_on__lt=today).exists()
