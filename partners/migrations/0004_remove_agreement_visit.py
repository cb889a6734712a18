"""``Agreement.visit`` goes: visits/0003 copied every link into ``visits.SignedAgreement``."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_search_text_reminder_log"),
        ("visits", "0003_signedagreement"),
    ]

    operations = [
        migrations.RemoveField(model_name="agreement", name="visit"),
    ]
