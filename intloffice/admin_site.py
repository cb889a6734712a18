from django.contrib import admin
from django.utils.translation import gettext as _


class OfficeAdminSite(admin.AdminSite):
    """The admin, headed with the office's own name from the site settings."""

    def each_context(self, request):
        from .models import SiteSettings

        context = super().each_context(request)
        site = SiteSettings.get_solo()
        office = site.office_name or _("International relations office")
        context["site_header"] = _("%(office)s — administration") % {"office": office}
        context["site_title"] = office
        return context
