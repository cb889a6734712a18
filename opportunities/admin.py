"""Back office for opportunities, students abroad (personal data: their own permission; see
intloffice/roles.py) and the deadline reminder's log."""

from django.contrib import admin
from django.db.models import Case, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from import_export import fields
from import_export.admin import ExportActionMixin
from import_export.formats import base_formats

from intloffice.admin_base import ContentAdmin, PublishableAdmin, year_list_filter
from intloffice.exports import SafeModelResource

from .models import DeadlineReminder, Opportunity, OpportunityState, StudentAbroad


class StateListFilter(admin.SimpleListFilter):
    """Open, upcoming or closed now (from the dates)."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return OpportunityState.choices

    def queryset(self, request, queryset):
        if self.value() in OpportunityState.values:
            return queryset.filter(state=self.value())
        return queryset


@admin.register(Opportunity)
class OpportunityAdmin(PublishableAdmin):
    list_display = ("title", "kind", "audience", "opens_on", "deadline", "state_label")
    list_filter = (StateListFilter, "kind", "audience", "status")
    list_select_related = ("provider_partner",)
    search_fields = ("title_ar", "title_en", "provider_name_ar", "provider_name_en", "slug")
    autocomplete_fields = ("provider_partner",)
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "deadline"
    fieldsets = (
        (None, {"fields": ("title", "kind", "audience", "summary")}),
        (_("Provider"), {"fields": ("provider_partner", "provider_name", "link")}),
        (_("Dates"), {"fields": ("opens_on", "deadline")}),
        (_("Content"), {"fields": ("description", "eligibility", "how_to_apply")}),
        PublishableAdmin.publishing_fieldset,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).with_state()

    @admin.display(description=_("state"), ordering="state_rank")
    def state_label(self, opportunity):
        return opportunity.get_state_display()


class StudentAbroadResource(SafeModelResource):
    degree = fields.Field(column_name="degree")
    host = fields.Field(column_name="host institution")
    country_name = fields.Field(column_name="country name")
    status = fields.Field(column_name="status")

    class Meta:
        model = StudentAbroad
        fields = (
            "id", "name", "degree", "field_ar", "field_en", "host", "country", "country_name",
            "started_on", "expected_on", "supervisor", "status", "notes",
        )  # fmt: skip
        export_order = fields

    def get_queryset(self):
        return super().get_queryset().select_related("host_institution")

    def dehydrate_degree(self, student):
        return student.get_degree_display()

    def dehydrate_host(self, student):
        return str(student.host_institution)

    def dehydrate_country(self, student):
        return student.country.code

    def dehydrate_country_name(self, student):
        return str(student.country.name)

    def dehydrate_status(self, student):
        return student.get_status_display()


class StudentCountryListFilter(admin.SimpleListFilter):
    """Only the countries that have students abroad."""

    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = set(StudentAbroad.objects.order_by().values_list("country", flat=True))
        return [(code, name) for code, name in countries if code in codes]

    def queryset(self, request, queryset):
        return queryset.filter(country=self.value()) if self.value() else queryset


@admin.register(StudentAbroad)
class StudentAbroadAdmin(ExportActionMixin, ContentAdmin):
    """Staff only: who may see it is the ``opportunities.*_studentabroad`` permissions, which
    only the office administrators and partnerships officers hold (intloffice/roles.py)."""

    resource_classes = [StudentAbroadResource]
    export_formats = [base_formats.CSV, base_formats.XLSX]
    list_display = (
        "name", "degree", "field", "host_institution", "country", "expected_on", "status_badge",
    )  # fmt: skip
    list_filter = (
        "degree",
        StudentCountryListFilter,
        ("host_institution", admin.RelatedOnlyFieldListFilter),
        "status",
        year_list_filter("expected_on"),
    )
    list_select_related = ("host_institution",)
    search_fields = ("name", "supervisor", "field_ar", "field_en")
    autocomplete_fields = ("host_institution",)
    fieldsets = (
        (None, {"fields": ("name", "degree", "field", "status")}),
        (_("Where"), {"fields": ("host_institution", "country", "supervisor")}),
        (_("Dates"), {"fields": ("started_on", "expected_on")}),
        (_("Notes"), {"fields": ("notes",)}),
    )

    def get_queryset(self, request):
        today = timezone.localdate()
        return (
            super()
            .get_queryset(request)
            .annotate(
                overdue=Case(
                    When(status="studying", expected_on__lt=today, then=Value(True)),
                    default=Value(False),
                )
            )
        )

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, student):
        label = student.get_status_display()
        if getattr(student, "overdue", False):
            return _("%(status)s (past expected completion)") % {"status": label}
        return label


@admin.register(DeadlineReminder)
class DeadlineReminderAdmin(admin.ModelAdmin):
    list_display = ("run_on", "sent_at", "opportunity_count", "recipients")
    readonly_fields = ("run_on", "sent_at", "opportunity_count", "recipients", "summary")
    date_hierarchy = "run_on"

    def has_add_permission(self, request):
        return False
