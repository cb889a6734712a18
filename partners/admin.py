"""Back office for partners, agreements and memberships."""

from django.contrib import admin
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from import_export import fields
from import_export.admin import ExportActionMixin
from import_export.formats import base_formats

from intloffice.admin_base import ContentAdmin, PublishableAdmin
from intloffice.exports import SafeModelResource
from intloffice.text import normalize_search_text

from .models import (
    Agreement,
    AgreementStatus,
    Membership,
    Partner,
    ReminderLog,
    inactive_cutoff,
)


class NormalisedSearchMixin:
    """Search the stored, normalised ``search_text`` column: Arabic folded, either language."""

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(
            request, queryset, normalize_search_text(search_term[:200])
        )


class PartnerResource(SafeModelResource):
    country_name = fields.Field(column_name="country_name")
    agreement_count = fields.Field(column_name="agreements")

    class Meta:
        model = Partner
        fields = (
            "id", "slug", "name_ar", "name_en", "short_name_ar", "short_name_en", "kind",
            "country", "city_ar", "city_en", "website", "relationship_since", "featured",
            "status", "published_at", "country_name", "agreement_count",
        )  # fmt: skip
        export_order = fields

    def get_queryset(self):
        return super().get_queryset().annotate(agreement_total=Count("agreements"))

    def dehydrate_country(self, partner):
        return partner.country.code

    def dehydrate_country_name(self, partner):
        return str(partner.country.name)

    def dehydrate_agreement_count(self, partner):
        return getattr(partner, "agreement_total", None)


class AgreementResource(SafeModelResource):
    lifecycle = fields.Field(column_name="lifecycle")
    partner_names = fields.Field(column_name="partners")

    class Meta:
        model = Agreement
        fields = (
            "id", "slug", "title_ar", "title_en", "kind", "signed_on", "starts_on", "ends_on",
            "renewal", "terminated", "is_public", "status", "published_at", "lifecycle",
            "partner_names",
        )  # fmt: skip
        export_order = fields

    def get_queryset(self):
        return super().get_queryset().with_lifecycle().prefetch_related("partners")

    def dehydrate_lifecycle(self, agreement):
        return agreement.lifecycle_status

    def dehydrate_partner_names(self, agreement):
        return " | ".join(partner.name for partner in agreement.partners.all())


class CountryListFilter(admin.SimpleListFilter):
    """Only the countries that have partners (not all 250)."""

    title = _("country")
    parameter_name = "country"
    partner_path = "country"

    def lookups(self, request, model_admin):
        codes = set(Partner.objects.order_by().values_list("country", flat=True).distinct())
        return [(code, name) for code, name in countries if code in codes]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if self.partner_path == "country":
            return queryset.filter(country=value)
        through = Agreement.partners.through
        return queryset.filter(
            Exists(through.objects.filter(agreement_id=OuterRef("pk"), partner__country=value))
        )


class PartnerCountryListFilter(CountryListFilter):
    title = _("partner country")
    partner_path = "partners__country"


class LifecycleListFilter(admin.SimpleListFilter):
    """Where the agreement stands today; "expiring" is "ends within 90 days"."""

    title = _("validity")
    parameter_name = "lifecycle"

    def lookups(self, request, model_admin):
        return AgreementStatus.choices

    def queryset(self, request, queryset):
        if self.value() in AgreementStatus.values:
            return queryset.filter(lifecycle=self.value())
        return queryset


class ActivityListFilter(admin.SimpleListFilter):
    """Partners with no agreement, visit, event or opportunity in the last three years."""

    title = _("activity")
    parameter_name = "activity"

    def lookups(self, request, model_admin):
        return [("none", _("No activity for three years"))]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.inactive_since(inactive_cutoff())
        return queryset


class ScanListFilter(admin.SimpleListFilter):
    """Agreements with or without their signed copy (the scan)."""

    title = _("signed copy")
    parameter_name = "scan"

    def lookups(self, request, model_admin):
        return [("yes", _("With a signed copy")), ("no", _("Without a signed copy"))]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(Q(document="") | Q(document__isnull=True))
        if self.value() == "yes":
            return queryset.exclude(document="").exclude(document__isnull=True)
        return queryset


@admin.register(Partner)
class PartnerAdmin(NormalisedSearchMixin, ExportActionMixin, PublishableAdmin):
    resource_classes = [PartnerResource]
    export_formats = [base_formats.CSV, base_formats.XLSX]
    list_display = ("name", "kind", "country", "city", "agreement_total", "featured")
    list_filter = (CountryListFilter, "kind", ActivityListFilter, "featured", "status")
    search_fields = ("search_text", "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (None, {"fields": ("name", "short_name", "kind", "country", "city", "website")}),
        (_("Logo"), {"fields": ("logo", "logo_alt", "logo_decorative")}),
        (_("About the partner"), {"fields": ("description", "relationship_since", "featured")}),
        PublishableAdmin.publishing_fieldset,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(agreement_total=Count("agreements"))

    @admin.display(description=_("agreements"), ordering="agreement_total")
    def agreement_total(self, partner):
        return partner.agreement_total


@admin.register(Agreement)
class AgreementAdmin(NormalisedSearchMixin, ExportActionMixin, PublishableAdmin):
    resource_classes = [AgreementResource]
    export_formats = [base_formats.CSV, base_formats.XLSX]
    list_display = ("title", "kind", "signed_on", "ends_on", "lifecycle_badge", "is_public")
    list_filter = (
        LifecycleListFilter,
        "kind",
        ScanListFilter,
        PartnerCountryListFilter,
        "is_public",
        "renewal",
        "status",
    )
    search_fields = ("search_text", "slug")
    autocomplete_fields = ("partners",)
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "signed_on"
    fieldsets = (
        (None, {"fields": ("title", "kind", "partners")}),
        (
            _("Validity"),
            {"fields": ("signed_on", "starts_on", "ends_on", "renewal", "terminated")},
        ),
        (_("Content"), {"fields": ("signatories", "summary")}),
        (_("Signed copy"), {"fields": ("document", "is_public")}),
        PublishableAdmin.publishing_fieldset,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).with_lifecycle()

    @admin.display(description=_("validity"), ordering="lifecycle")
    def lifecycle_badge(self, agreement):
        return format_html(
            '<span class="lifecycle lifecycle-{}">{}</span>',
            agreement.lifecycle_status,
            agreement.get_lifecycle_status_display(),
        )


@admin.register(Membership)
class MembershipAdmin(ContentAdmin):
    list_display = ("partner", "since", "ended_on", "role", "order")
    list_editable = ("order",)
    list_select_related = ("partner",)
    autocomplete_fields = ("partner",)
    search_fields = ("partner__search_text", "role_ar", "role_en")
    fields = ("partner", "since", "ended_on", "role", "note", "order")


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ("run_on", "sent_at", "agreement_count", "recipients")
    readonly_fields = ("run_on", "sent_at", "agreement_count", "recipients", "summary")
    date_hierarchy = "run_on"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
