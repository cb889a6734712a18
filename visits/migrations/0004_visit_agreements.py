"""``Visit.agreements``: the agreements signed during a visit, through ``SignedAgreement``
(added once partners/0004 has dropped ``Agreement.visit`` and its ``agreements`` accessor)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0004_remove_agreement_visit"),
        ("visits", "0003_signedagreement"),
    ]

    operations = [
        migrations.AddField(
            model_name="visit",
            name="agreements",
            field=models.ManyToManyField(
                blank=True,
                related_name="+",
                through="visits.SignedAgreement",
                to="partners.agreement",
                verbose_name="agreements signed during the visit",
            ),
        ),
    ]
