from adminsortable2.admin import CustomInlineFormSet, SortableAdminBase, SortableInlineAdminMixin
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter
from import_export.admin import ExportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ExportForm

from intloffice.admin_base import (
    ContentAdmin,
    GalleryInline,
    PublishableAdmin,
    year_list_filter,
)
from intloffice.text import join_list

from .exports import VisitResource
from .models import Person, SignedAgreement, Visit, VisitParticipant, VisitPhoto


class ParticipantFormSet(CustomInlineFormSet):
    """Refuses the same person twice in one visit with a message naming them, instead of
    leaving it to the database constraint."""

    def clean(self):
        seen = {}
        duplicates = []
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                continue
            person = form.cleaned_data.get("person")
            if person is None:
                continue
            if person.pk in seen:
                form.add_error("person", gettext("This person is already listed in this visit."))
                duplicates.append(str(person))
            else:
                seen[person.pk] = form
        if duplicates:
            raise ValidationError(
                gettext(
                    "A person can take part in a visit only once. Remove the repeated line for: %(names)s."
                )
                % {"names": join_list(dict.fromkeys(duplicates))},
                code="duplicate_participant",
            )
        super().clean()


class ParticipantInline(SortableInlineAdminMixin, admin.TabularInline):
    model = VisitParticipant
    formset = ParticipantFormSet
    extra = 0
    fields = ("person", "role")
    autocomplete_fields = ("person",)
    verbose_name = _("participant")
    verbose_name_plural = _(
        "participants (pick people already recorded; “+” adds a new person without leaving this page)"
    )


class VisitPhotoInline(GalleryInline):
    model = VisitPhoto


class SignedAgreementInline(admin.TabularInline):
    """The agreements signed during the visit, picked by typing part of their title."""

    model = SignedAgreement
    fields = ("agreement",)
    autocomplete_fields = ("agreement",)
    extra = 0
    verbose_name = _("agreement signed during the visit")
    verbose_name_plural = _(
        "agreements signed during the visit (an agreement belongs to one visit at most)"
    )


class PhotosListFilter(admin.SimpleListFilter):
    title = _("photos")
    parameter_name = "photos"

    def lookups(self, request, model_admin):
        return [("none", _("Without photos"))]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.without_photos()
        return queryset


class ArabicTextListFilter(admin.SimpleListFilter):
    title = _("Arabic text")
    parameter_name = "arabic"

    def lookups(self, request, model_admin):
        return [("missing", _("Without an Arabic text"))]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.without_arabic_text()
        return queryset


@admin.register(Visit)
class VisitAdmin(SortableAdminBase, ExportMixin, PublishableAdmin):
    list_display = ("title", "starts_on", "direction", "kind", "country", "participant_count")
    list_filter = (
        "direction",
        "kind",
        ("country", CountryFilter),
        year_list_filter("starts_on"),
        PhotosListFilter,
        ArabicTextListFilter,
        "status",
    )
    date_hierarchy = "starts_on"
    search_fields = (
        "title_ar",
        "title_en",
        "city_ar",
        "city_en",
        "slug",
        "participations__person__name_ar",
        "participations__person__name_en",
    )
    prepopulated_fields = {"slug": ("title_en",)}
    inlines = (ParticipantInline, VisitPhotoInline, SignedAgreementInline)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    ("direction", "kind"),
                    ("starts_on", "ends_on"),
                    ("country", "city"),
                    "host_partner",
                )
            },
        ),
        (_("Text"), {"fields": ("summary", "body")}),
        PublishableAdmin.publishing_fieldset,
    )
    resource_classes = (VisitResource,)
    formats = (CSV, XLSX)
    export_form_class = ExportForm

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(participant_total=Count("participations"))

    @admin.display(description=_("participants"), ordering="participant_total")
    def participant_count(self, obj):
        return obj.participant_total

    def get_export_queryset(self, request):
        return VisitResource.prepare_queryset(super().get_export_queryset(request))

    def get_export_filename(self, request, queryset, file_format):
        return f"visits.{file_format.get_extension()}"


class ParticipationInline(admin.TabularInline):
    """On a person's page: the visits they took part in."""

    model = VisitParticipant
    fields = ("visit_link", "visit_dates", "role")
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    verbose_name = _("visit taken part in")
    verbose_name_plural = _("visits taken part in")

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("visit").order_by("-visit__starts_on")

    @admin.display(description=_("visit"))
    def visit_link(self, obj):
        url = reverse("admin:visits_visit_change", args=[obj.visit_id])
        return format_html('<a href="{}">{}</a>', url, obj.visit)

    @admin.display(description=_("dates"))
    def visit_dates(self, obj):
        return f"{obj.visit.starts_on:%Y-%m-%d} – {obj.visit.ends_on:%Y-%m-%d}"


@admin.register(Person)
class PersonAdmin(ContentAdmin):
    list_display = ("name", "honorific", "position", "category", "country", "visit_count")
    list_filter = ("category", ("country", CountryFilter))
    search_fields = (
        "name_ar",
        "name_en",
        "honorific_ar",
        "honorific_en",
        "position_ar",
        "position_en",
    )
    list_select_related = ("organisation",)
    inlines = (ParticipationInline,)
    fieldsets = (
        (None, {"fields": ("honorific", "name", "position", "category", "country")}),
        (
            _("Organisation and photo"),
            {"fields": ("organisation", "photo", "photo_alt", "photo_decorative")},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(visit_total=Count("participations"))

    @admin.display(description=_("visits"), ordering="visit_total")
    def visit_count(self, obj):
        return obj.visit_total
