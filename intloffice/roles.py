"""Staff roles, kept in code (README "Staff roles").

Each role is a group whose permissions are set *exactly* from the rules below: by migration
``0003_staff_roles`` and again after every ``migrate`` (``post_migrate``), so a new model, a new
app or a changed rule reaches the groups without anyone ticking boxes. Rules name permissions by
app label and model name; what is not installed (yet) is skipped, and picked up by the first
``migrate`` after it is. A user gets a role by being staff and a member of its group; a user may
hold several roles.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

ALL = ("add", "change", "delete", "view")
READ = ("view",)
ANY_MODEL = "*"

#: The apps holding the office's content (a later app is simply absent until installed).
CONTENT_APPS = ("intloffice", "partners", "visits", "news", "exhibitions", "opportunities")
#: Edited at /translations/, never in the admin.
INTERFACE_CATALOGUE = ("intloffice", "interfacetranslation")
#: Personal data kept by the office: only the roles that work with it see it.
STUDENTS_ABROAD = ("opportunities", "studentabroad")
CONTACT_MESSAGES = ("intloffice", "contactmessage")
PRIVATE_AGREEMENTS = ("partners", "agreement")  # the signed scans are private documents

#: The permission of the translator role: the translated text fields of content, nothing else
#: (see ``intloffice.admin_base.TranslatedFieldsMixin``).
TRANSLATE_CONTENT = ("intloffice", "translate_content")
#: Models a translator never sees, even though they have translated fields.
NOT_FOR_TRANSLATORS = {"opportunities.studentabroad"}

TRANSLATORS_GROUP = "translators"  # the name django-rosetta's access rule checks

# name: {"grant": [(app_label, model_name or ANY_MODEL, actions)], "except": [(app, model)],
#        "extra": [(app_label, codename)]}
ROLES = {
    # Everything but technical settings (accounts, permissions, sessions, login lockouts,
    # history tables) and the interface catalogue (the translators' own tool).
    "office administrators": {
        "grant": [(app, ANY_MODEL, ALL) for app in CONTENT_APPS],
        "except": [INTERFACE_CATALOGUE],
    },
    # The public writing: pages, news, statements, publications, events, opportunities.
    # Reads partners, visits and people to link to them; no agreements (their private scans),
    # no students abroad, no contact messages, no site settings.
    "editors": {
        "grant": [
            ("intloffice", "page", ALL),
            ("intloffice", "objective", ALL),
            ("news", ANY_MODEL, ALL),
            ("exhibitions", ANY_MODEL, ALL),
            ("opportunities", ANY_MODEL, ALL),
            ("partners", "partner", READ),
            ("visits", "visit", READ),
            ("visits", "person", READ),
        ],
        "except": [STUDENTS_ABROAD],
    },
    # Partners, agreements with their private scans, memberships, visits and the people in
    # them, students abroad.
    "partnerships officers": {
        "grant": [
            ("partners", ANY_MODEL, ALL),
            ("visits", ANY_MODEL, ALL),
            (*STUDENTS_ABROAD, ALL),
        ],
        "except": [],
    },
    # The interface catalogue (/translations/, through the group's name), the translation
    # status page and the translated text fields of content.
    TRANSLATORS_GROUP: {"grant": [], "except": [], "extra": [TRANSLATE_CONTENT]},
    # Reads everything the office publishes or keeps about its partners (signed scans
    # included); changes nothing; no personal data (students abroad, contact messages).
    "reviewers": {
        "grant": [(app, ANY_MODEL, READ) for app in CONTENT_APPS],
        "except": [INTERFACE_CATALOGUE, STUDENTS_ABROAD, CONTACT_MESSAGES],
    },
}


def role_permission_ids(role, permissions):
    """The ids of the permissions ``role`` grants, from ``permissions`` (Permission rows with
    their content type)."""
    excluded = set(role.get("except", ()))
    extra = set(role.get("extra", ()))
    wanted = set()
    for permission in permissions:
        app_label = permission.content_type.app_label
        model = permission.content_type.model
        if (app_label, permission.codename) in extra:
            wanted.add(permission.pk)
            continue
        if (app_label, model) in excluded:
            continue
        action = permission.codename.split("_", 1)[0]
        if permission.codename != f"{action}_{model}":
            continue  # a custom permission: only granted by name ("extra")
        for rule_app, rule_model, actions in role["grant"]:
            if rule_app == app_label and rule_model in (ANY_MODEL, model) and action in actions:
                wanted.add(permission.pk)
                break
    return wanted


def apply_roles(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Create the role groups and set each one's permissions exactly to its rules."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    permissions = list(
        permission_model.objects.using(using).select_related("content_type").order_by("pk")
    )
    for name, role in ROLES.items():
        group, _created = group_model.objects.using(using).get_or_create(name=name)
        group.permissions.set(role_permission_ids(role, permissions))


def create_all_permissions(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Make sure every installed model's permissions exist (they are normally created after
    each app's migrations; the roles need them all at once)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        if apps is not global_apps:  # a migration's historical app registry
            app_config.models_module = True
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
        if apps is not global_apps:
            app_config.models_module = None


def reapply_roles(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """``post_migrate``: bring the role groups up to date with the installed models."""
    if not global_apps.is_installed("django.contrib.auth"):
        return
    create_all_permissions(using=using)
    apply_roles(using=using)
