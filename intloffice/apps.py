from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class IntlofficeConfig(AppConfig):
    name = "intloffice"
    verbose_name = _("Site and office pages")

    def ready(self):
        from . import cache  # noqa: F401  (connects the content-version signals)
        from .blocks import office_pages
        from .plugins import home

        home.register(
            "intloffice.office_pages",
            template="intloffice/includes/office_pages.html",
            context=office_pages,
            order=30,
        )


class OfficeAdminConfig(AdminConfig):
    default_site = "intloffice.admin_site.OfficeAdminSite"
