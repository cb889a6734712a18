"""A test-only admin site wiring the media building blocks into real admin forms.

The partners and visits admins are built in parallel by their own engineers; these minimal
admins exercise PictureField, the alt-text rule, GalleryInline and the private DocumentField
through Django's admin machinery, the way those admins will.
"""

from adminsortable2.admin import SortableAdminBase
from django.contrib.admin import AdminSite

from intloffice.admin_base import ContentAdmin, GalleryInline
from partners.models import Agreement, Partner
from visits.models import Visit, VisitPhoto

site = AdminSite(name="media_test_admin")


class PartnerAdmin(ContentAdmin):
    fields = ("name", "kind", "country", "slug", "logo", "logo_alt")


class AgreementAdmin(ContentAdmin):
    fields = ("title", "partners", "kind", "signed_on", "starts_on", "slug", "document")


class VisitPhotoInline(GalleryInline):
    model = VisitPhoto


class VisitAdmin(SortableAdminBase, ContentAdmin):
    fields = ("title", "direction", "kind", "starts_on", "ends_on", "country", "slug")
    inlines = (VisitPhotoInline,)


site.register(Partner, PartnerAdmin)
site.register(Agreement, AgreementAdmin)
site.register(Visit, VisitAdmin)
