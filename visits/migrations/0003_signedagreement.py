"""The agreement ↔ visit link moves to the visit's side (partners must not know visits).

Creates ``SignedAgreement`` and copies every ``Agreement.visit`` into it; the next partners
migration (0004) then drops ``Agreement.visit``. Reversible: going back copies the links
into ``Agreement.visit`` again.
"""

import django.db.models.deletion
from django.db import migrations, models


def copy_links(apps, schema_editor):
    Agreement = apps.get_model("partners", "Agreement")
    SignedAgreement = apps.get_model("visits", "SignedAgreement")
    links = Agreement.objects.filter(visit__isnull=False).values_list("pk", "visit_id")
    SignedAgreement.objects.bulk_create(
        (SignedAgreement(agreement_id=agreement, visit_id=visit) for agreement, visit in links),
        batch_size=1000,
    )


def copy_links_back(apps, schema_editor):
    Agreement = apps.get_model("partners", "Agreement")
    SignedAgreement = apps.get_model("visits", "SignedAgreement")
    for agreement, visit in SignedAgreement.objects.values_list("agreement_id", "visit_id"):
        Agreement.objects.filter(pk=agreement).update(visit_id=visit)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_search_text_reminder_log"),
        ("visits", "0002_visit_ends_after_start"),
    ]

    operations = [
        migrations.CreateModel(
            name="SignedAgreement",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "agreement",
                    models.OneToOneField(
                        error_messages={
                            "unique": "This agreement is already linked to another visit."
                        },
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="signing",
                        to="partners.agreement",
                        verbose_name="agreement",
                    ),
                ),
                (
                    "visit",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="signings",
                        to="visits.visit",
                        verbose_name="visit",
                    ),
                ),
            ],
            options={
                "verbose_name": "agreement signed during the visit",
                "verbose_name_plural": "agreements signed during the visit",
                "ordering": ["pk"],
            },
        ),
        migrations.RunPython(copy_links, copy_links_back, elidable=False),
    ]
