"""The staff roles (intloffice/roles.py): groups with their permissions.

Applied here so a fresh database has them, and again after every ``migrate`` (``post_migrate``),
so permissions of apps migrated later (or installed later) reach the roles too.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from intloffice.roles import apply_roles, create_all_permissions

    alias = schema_editor.connection.alias
    create_all_permissions(apps, using=alias)
    apply_roles(apps, using=alias)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("intloffice", "0002_interface_translation_digits"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
