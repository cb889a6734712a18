from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class IntlofficeConfig(AppConfig):
    name = "intloffice"
    verbose_name = _("Site and office pages")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import cache  # noqa: F401  (connects the content-version signals)
        from .roles import reapply_roles

        post_migrate.connect(reapply_roles, sender=self, dispatch_uid="intloffice-staff-roles")


class OfficeAdminConfig(AdminConfig):
    default_site = "intloffice.admin_site.OfficeAdminSite"
