from adminsortable2.admin import SortableAdminBase
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from intloffice.admin_base import GalleryInline, PublishableAdmin, year_list_filter

from .models import Exhibition, ExhibitionPhoto


class WhenListFilter(admin.SimpleListFilter):
    """Upcoming (ongoing included) or past events; an unknown value lists everything."""

    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Upcoming and ongoing")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        if self.value() == "upcoming":
            return queryset.upcoming()
        if self.value() == "past":
            return queryset.past()
        return queryset


class ExhibitionPhotoInline(GalleryInline):
    model = ExhibitionPhoto


@admin.register(Exhibition)
class ExhibitionAdmin(SortableAdminBase, PublishableAdmin):
    list_display = ("title", "starts_on", "ends_on", "kind", "role", "country", "report_public")
    list_filter = (
        WhenListFilter,
        "kind",
        "role",
        ("country", CountryFilter),
        year_list_filter("starts_on"),
        "report_public",
        "status",
    )
    date_hierarchy = "starts_on"
    search_fields = (
        "title_ar",
        "title_en",
        "venue_ar",
        "venue_en",
        "city_ar",
        "city_en",
        "slug",
    )
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("attendees", "partners")
    inlines = (ExhibitionPhotoInline,)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    ("kind", "role"),
                    ("starts_on", "ends_on"),
                    "venue",
                    ("city", "country"),
                    "website",
                )
            },
        ),
        (_("Text"), {"fields": ("summary", "description")}),
        (_("People and partners"), {"fields": ("attendees", "partners")}),
        (
            _("Post-event report"),
            {
                "fields": ("report_public", "achievements", "contacts_made"),
                "description": _("Internal unless “show the report on the public page” is ticked."),
            },
        ),
        PublishableAdmin.publishing_fieldset,
    )
