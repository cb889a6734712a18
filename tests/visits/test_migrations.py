"""visits/0003 moves the agreement ↔ visit link from ``Agreement.visit`` to the visit's side
(``SignedAgreement``) before partners/0004 drops the old column: no link may be lost."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("partners", "0003_search_text_reminder_log"), ("visits", "0002_visit_ends_after_start")]
AFTER = [("partners", "0004_remove_agreement_visit"), ("visits", "0004_visit_agreements")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def make_visit(apps, slug):
    Visit = apps.get_model("visits", "Visit")
    day = datetime.date(2025, 3, 1)
    return Visit.objects.create(
        slug=slug,
        title=slug,
        title_en=slug,
        direction="incoming",
        kind="official",
        starts_on=day,
        ends_on=day,
        country="EG",
        published_at=timezone.now(),
    )


def make_agreement(apps, slug, visit=None):
    Agreement = apps.get_model("partners", "Agreement")
    day = datetime.date(2025, 3, 1)
    return Agreement.objects.create(
        slug=slug, title=slug, kind="mou", signed_on=day, starts_on=day, visit=visit
    )


@pytest.mark.django_db(transaction=True)
def test_every_agreement_visit_link_survives_the_move():
    try:
        old = migrate(BEFORE)
        cairo, tunis = make_visit(old, "cairo"), make_visit(old, "tunis")
        linked = {
            make_agreement(old, "mou-cairo", cairo).pk: cairo.pk,
            make_agreement(old, "exchange-cairo", cairo).pk: cairo.pk,
            make_agreement(old, "mou-tunis", tunis).pk: tunis.pk,
        }
        alone = make_agreement(old, "signed-elsewhere").pk

        new = migrate(AFTER)
        SignedAgreement = new.get_model("visits", "SignedAgreement")
        kept = dict(SignedAgreement.objects.values_list("agreement_id", "visit_id"))
        assert kept == linked
        assert not SignedAgreement.objects.filter(agreement_id=alone).exists()
        Visit = new.get_model("visits", "Visit")
        assert set(Visit.objects.get(slug="cairo").agreements.values_list("slug", flat=True)) == {
            "mou-cairo",
            "exchange-cairo",
        }
        Agreement = new.get_model("partners", "Agreement")
        assert "visit" not in {field.name for field in Agreement._meta.get_fields()}

        back = migrate(BEFORE)  # and the way back restores the old column's values
        Agreement = back.get_model("partners", "Agreement")
        restored = dict(Agreement.objects.values_list("pk", "visit_id"))
        assert restored == {**linked, alone: None}
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
