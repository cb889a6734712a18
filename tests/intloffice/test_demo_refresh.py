"""Re-running seed_demo on a later day keeps the demo fresh (issue 10, must-hold 6): rows nobody
edited move forward with "today", edited rows and a real office's content never move."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from exhibitions.models import Exhibition
from intloffice.management.commands import seed_demo
from intloffice.models import SiteSettings
from news.models import Article
from tests.exhibitions.factories import ExhibitionFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

AGE = 40  # days since the first seed


def _seeded_days_ago(obj, days, edited=False):
    """Make ``obj`` look as a demo row created ``days`` ago, its dates as they were then."""
    model = type(obj)
    moved = datetime.timedelta(days=-days)
    created = timezone.now() + moved
    changes = {"created_at": created, "updated_at": created + datetime.timedelta(minutes=1)}
    if edited:
        changes["updated_at"] = timezone.now() - datetime.timedelta(days=3)
    for field in ("starts_on", "ends_on", "published_at"):
        if hasattr(obj, field):
            changes[field] = getattr(obj, field) + moved
    model.objects.filter(pk=obj.pk).update(**changes)


def _reseed():
    """seed_demo with no app demo (fast): only its own steps run."""
    out = io.StringIO()
    original = seed_demo.demo_modules
    seed_demo.demo_modules = dict
    try:
        call_command("seed_demo", stdout=out)
    finally:
        seed_demo.demo_modules = original
    return out.getvalue()


@pytest.fixture
def aged(site):
    today = timezone.localdate()
    untouched = ExhibitionFactory(
        title_en="Untouched fair", starts_on=today + datetime.timedelta(10)
    )
    edited = ExhibitionFactory(title_en="Edited fair", starts_on=today + datetime.timedelta(11))
    article = ArticleFactory(title_en="Untouched news")
    published = article.published_at
    _seeded_days_ago(untouched, AGE)
    _seeded_days_ago(edited, AGE, edited=True)
    _seeded_days_ago(article, AGE)
    return untouched, edited, article, published


@pytest.mark.parametrize("language", ["ar", "en"])
def test_untouched_demo_rows_move_with_today_and_edited_ones_stay(client, aged, language):
    untouched, edited, article, published = aged
    today = timezone.localdate()
    output = _reseed()
    assert "dates moved to today" in output
    untouched = Exhibition.objects.get(pk=untouched.pk)
    assert untouched.starts_on == today + datetime.timedelta(10)  # upcoming stays upcoming
    assert untouched.ends_on == untouched.starts_on + datetime.timedelta(2)
    edited_now = Exhibition.objects.get(pk=edited.pk)
    assert edited_now.starts_on == today + datetime.timedelta(11 - AGE)  # the edit kept
    moved = Article.objects.get(pk=article.pk).published_at
    assert abs(moved - published) < datetime.timedelta(minutes=1)
    html = client.get(f"/{language}/exhibitions/").content.decode()
    assert untouched.title in html or untouched.title_en in html
    assert "Edited fair" not in html  # in the past now: not among the upcoming events


def test_a_second_run_the_same_day_moves_nothing(aged):
    _reseed()
    first = dict(Exhibition.objects.values_list("pk", "starts_on"))
    assert "dates moved" not in _reseed()
    assert dict(Exhibition.objects.values_list("pk", "starts_on")) == first


def test_an_office_that_made_the_site_its_own_is_never_moved(aged):
    untouched = aged[0]
    site = SiteSettings.get_solo()
    site.university_name_en = "A Real University"
    site.save()
    before = Exhibition.objects.get(pk=untouched.pk).starts_on
    assert "dates moved" not in _reseed()
    assert Exhibition.objects.get(pk=untouched.pk).starts_on == before
