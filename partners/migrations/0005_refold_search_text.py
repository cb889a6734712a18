# The search folding of intloffice.text gained hamza seats, invisible marks, heh/yeh variants,
# the letters of foreign names and «لل»: stored search columns are folded again.

from django.db import migrations

from intloffice.text import normalize_search_text


def refold_search_text(apps, schema_editor):
    Partner = apps.get_model("partners", "Partner")
    Agreement = apps.get_model("partners", "Agreement")
    for partner in Partner.objects.all():
        values = [
            getattr(partner, f"{field}_{code}", "") or ""
            for field in ("name", "short_name", "city")
            for code in ("ar", "en")
        ]
        partner.search_text = normalize_search_text(" ".join(filter(None, values)))[:1000]
        partner.save(update_fields=["search_text"])
    for agreement in Agreement.objects.all():
        values = [agreement.title_ar or "", agreement.title_en or ""]
        agreement.search_text = normalize_search_text(" ".join(filter(None, values)))[:1000]
        agreement.save(update_fields=["search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0004_remove_agreement_visit"),
    ]

    operations = [
        migrations.RunPython(refold_search_text, migrations.RunPython.noop),
    ]
