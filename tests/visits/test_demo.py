"""The visits demo content: what the issue asks of it, and idempotence."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from partners.models import Agreement
from visits.models import Direction, PersonCategory, SignedAgreement, Visit, VisitKind

pytestmark = pytest.mark.django_db


def test_demo_visits_cover_every_category_direction_and_kind():
    call_command("seed_demo", verbosity=0)
    visits = Visit.objects.published()
    assert visits.count() >= 30
    oldest = timezone.localdate() - datetime.timedelta(days=3 * 366)
    assert visits.filter(starts_on__gte=oldest).count() >= 30
    assert set(visits.values_list("direction", flat=True)) == set(Direction.values)
    assert {VisitKind.RELIGIOUS, VisitKind.ACADEMIC, VisitKind.OFFICIAL} <= set(
        visits.values_list("kind", flat=True)
    )
    categories = set(
        visits.filter(direction=Direction.INCOMING).values_list(
            "participations__person__category", flat=True
        )
    )
    # Every category but heads of state or government: the demo names no real office-holder
    # of a named country (issue 10), and a head of state is one by definition.
    expected = set(PersonCategory.values) - {PersonCategory.OTHER, PersonCategory.HEAD_OF_STATE}
    assert expected <= categories
    assert PersonCategory.HEAD_OF_STATE not in categories
    signed = Agreement.objects.published().filter(signing__visit__in=visits)
    assert signed.values("signing__visit").distinct().count() >= 5
    # One data graph: an agreement is signed on its visit's last day, with the visit's host.
    for link in SignedAgreement.objects.select_related("visit", "agreement"):
        assert link.agreement.signed_on == link.visit.ends_on
        assert list(link.agreement.partners.all()) == [link.visit.host_partner]
    for visit in visits:
        assert visit.title_ar and visit.title_en and visit.photos.exists()
    counts = (Visit.objects.count(), Agreement.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (Visit.objects.count(), Agreement.objects.count()) == counts
