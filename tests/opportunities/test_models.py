"""The Opportunity QuerySet verbs and derived state, read directly."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from opportunities.models import Opportunity, OpportunityState

from .factories import OpportunityFactory, days, deadline_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(site):
    return {
        "open": OpportunityFactory(slug="o", deadline=deadline_in(5)),
        "upcoming": OpportunityFactory(slug="u", opens_on=days(3), deadline=deadline_in(20)),
        "closed": OpportunityFactory(slug="c", opens_on=days(-30), deadline=deadline_in(-1)),
    }


def test_state_verbs(three):
    objects = Opportunity.objects
    assert set(objects.open().values_list("slug", flat=True)) == {"o"}
    assert set(objects.upcoming().values_list("slug", flat=True)) == {"u"}
    assert set(objects.closed().values_list("slug", flat=True)) == {"c"}
    assert set(objects.not_closed().values_list("slug", flat=True)) == {"o", "u"}
    assert list(objects.closing_within(7).values_list("slug", flat=True)) == ["o"]
    annotated = {o.slug: o.state for o in objects.with_state()}
    assert annotated == {"o": "open", "u": "upcoming", "c": "closed"}
    for key, opportunity in three.items():  # computed without the annotation, the same
        assert Opportunity.objects.get(pk=opportunity.pk).state == key


def test_it_closes_at_the_deadline_moment_not_at_midnight(site):
    soon = OpportunityFactory(deadline=timezone.now() + datetime.timedelta(minutes=1))
    gone = OpportunityFactory(deadline=timezone.now() - datetime.timedelta(minutes=1))
    assert soon.state == OpportunityState.OPEN and soon.days_left in (0, 1)
    assert gone.state == OpportunityState.CLOSED


def test_opens_at_the_start_of_its_opening_day(site):
    assert OpportunityFactory(opens_on=days(0)).state == OpportunityState.OPEN
    assert OpportunityFactory(opens_on=days(1)).state == OpportunityState.UPCOMING


def test_days_left_counts_calendar_days_in_the_site_time_zone(site):
    assert OpportunityFactory(deadline=deadline_in(0, 0, 1)).days_left == 0
    assert OpportunityFactory(deadline=deadline_in(1, 0, 1)).days_left == 1
    assert OpportunityFactory(deadline=deadline_in(12)).days_left == 12


def test_list_order(three):
    OpportunityFactory(slug="o2", deadline=deadline_in(2))
    OpportunityFactory(slug="u2", opens_on=days(1), deadline=deadline_in(90))
    OpportunityFactory(slug="c2", opens_on=days(-30), deadline=deadline_in(-9))
    order = Opportunity.objects.with_state().in_list_order().values_list("slug", flat=True)
    assert list(order) == ["o2", "o", "u2", "u", "c", "c2"]


def test_clean_refuses_a_deadline_before_the_opening_and_a_missing_provider(site):
    opportunity = OpportunityFactory.build(opens_on=days(5), deadline=deadline_in(4))
    with pytest.raises(ValidationError) as error:
        opportunity.clean()
    assert "deadline" in error.value.message_dict
    opportunity = OpportunityFactory.build(provider_name_en="", provider_name_ar="")
    with pytest.raises(ValidationError) as error:
        opportunity.clean()
    assert "provider_partner" in error.value.message_dict
    OpportunityFactory.build(opens_on=days(4), deadline=deadline_in(4, 0, 0)).clean()  # same day


def test_deadline_zone_names_the_site_time_zone(site):
    zone = OpportunityFactory(deadline=deadline_in(3)).deadline_zone
    assert zone["name"] == "Asia/Gaza" and zone["offset"] in ("+02:00", "+03:00")
