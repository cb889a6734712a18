from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext as _


class OfficeAdminSite(admin.AdminSite):
    """The admin, headed with the office's own name from the site settings, with the
    translation status page (``intloffice/translation_status.py``)."""

    def each_context(self, request):
        from .models import SiteSettings

        context = super().each_context(request)
        site = SiteSettings.get_solo()
        office = site.office_name or _("International relations office")
        context["site_header"] = _("%(office)s — administration") % {"office": office}
        context["site_title"] = office
        return context

    def get_urls(self):
        from .translation_status import translation_status

        return [
            path(
                "translation-status/",
                self.admin_view(lambda request: translation_status(request, self)),
                name="translation_status",
            ),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        from .translation_status import can_see_status

        extra_context = {
            **(extra_context or {}),
            "show_translation_status": can_see_status(request, self),
        }
        return super().index(request, extra_context)
