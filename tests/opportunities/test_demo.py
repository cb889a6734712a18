"""The opportunities demo: every kind, audience and state, students abroad at demo partners."""

import pytest
from django.core.management import call_command

from opportunities.models import (
    Audience,
    Opportunity,
    OpportunityKind,
    OpportunityState,
    StudentAbroad,
)

pytestmark = pytest.mark.django_db


def test_demo_covers_every_kind_audience_and_state_and_is_idempotent(client, site):
    call_command("seed_demo", verbosity=0)
    opportunities = list(Opportunity.objects.published().with_state())
    assert len(opportunities) >= 12
    assert {o.kind for o in opportunities} == set(OpportunityKind.values)
    assert {o.audience for o in opportunities} == set(Audience.values)
    assert {o.state for o in opportunities} == set(OpportunityState.values)
    assert any(o.days_left == 0 and o.state == "open" for o in opportunities)  # closes today
    assert all(o.provider for o in opportunities)
    assert sum(1 for o in opportunities if o.provider_partner_id) >= 8
    students = StudentAbroad.objects.select_related("host_institution")
    assert students.count() == 20
    assert len({s.country.code for s in students}) >= 5
    assert all(s.name.startswith("Test Student ") for s in students)  # obviously fictional
    assert all(s.country == s.host_institution.country for s in students)
    counts = (Opportunity.objects.count(), StudentAbroad.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (Opportunity.objects.count(), StudentAbroad.objects.count()) == counts
    for path in ("/en/opportunities/", "/ar/opportunities/", "/ar/exchange/", "/ar/"):
        assert client.get(path).status_code == 200
    html = client.get("/en/exchange/").content.decode()
    assert "/en/partners/lyon-school-oriental-languages/" in html
