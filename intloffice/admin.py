from adminsortable2.admin import SortableAdminBase, SortableInlineAdminMixin
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationStackedInline
from solo.admin import SingletonModelAdmin

from .admin_base import ContentAdmin, PublishableAdmin, TranslatedFieldsMixin
from .models import AnnualReport, ContactMessage, Objective, Page, SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(ContentAdmin, SingletonModelAdmin):
    fieldsets = (
        (None, {"fields": ("university_name", "office_name", "intro", "logo")}),
        (
            _("Home page"),
            {"fields": ("tagline", "hero_image", "hero_image_alt", "hero_image_decorative")},
        ),
        (_("Contact details"), {"fields": ("address", "phone", "fax", "email", "map_link")}),
        (
            _("Social links"),
            {"fields": ("facebook", "x_twitter", "youtube", "instagram", "linkedin", "telegram")},
        ),
        (_("Footer and e-mail"), {"fields": ("footer_text", "office_language")}),
        (_("Digits"), {"fields": ("arabic_digits",)}),
    )


class ObjectiveInline(TranslatedFieldsMixin, SortableInlineAdminMixin, TranslationStackedInline):
    model = Objective
    extra = 0
    fields = ("text",)


@admin.register(Page)
class PageAdmin(SortableAdminBase, PublishableAdmin):
    list_display = ("title", "in_navigation", "order")
    list_editable = ("in_navigation", "order")
    list_filter = ("status", "in_navigation")
    search_fields = ("title_ar", "title_en", "summary_ar", "summary_en", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    inlines = (ObjectiveInline,)
    fieldsets = (
        (None, {"fields": ("title", "summary", "body")}),
        (_("Navigation"), {"fields": ("in_navigation", "order")}),
        PublishableAdmin.publishing_fieldset,
    )


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ("subject", "name", "email", "language", "created_at", "handled")
    list_filter = ("handled", "language", "created_at")
    search_fields = ("name", "email", "subject", "message")
    readonly_fields = (
        "name",
        "email",
        "subject",
        "message",
        "language",
        "created_at",
        "handled_at",
    )
    fields = (*readonly_fields, "handled")
    date_hierarchy = "created_at"
    actions = ("mark_handled", "mark_unhandled")

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if "handled" in form.changed_data:
            obj.handled_at = timezone.now() if obj.handled else None
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Mark as handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        queryset.filter(handled=False).update(handled=True, handled_at=timezone.now())

    @admin.action(description=_("Mark as not handled"), permissions=["change"])
    def mark_unhandled(self, request, queryset):
        queryset.update(handled=False, handled_at=None)


@admin.register(AnnualReport)
class AnnualReportAdmin(ContentAdmin):
    list_display = ("year", "is_published", "updated_at", "view_links")
    list_filter = ("is_published",)
    fields = ("year", "introduction", "is_published")
    actions = ("regenerate_pdf",)

    @admin.display(description=_("public pages"))
    def view_links(self, report):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">PDF</a>',
            report.get_absolute_url(),
            _("page"),
            report.get_pdf_url(),
        )

    @admin.action(description=_("Regenerate the PDF of the selected reports (both languages)"))
    def regenerate_pdf(self, request, queryset):
        from django.conf import settings
        from django.utils import translation

        from .figures import report_pdf

        count = 0
        for report in queryset:
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    report_pdf(report, request, refresh=True)
            count += 1
        self.message_user(
            request,
            ngettext(
                "The PDF of %(count)d report was regenerated.",
                "The PDFs of %(count)d reports were regenerated.",
                count,
            )
            % {"count": count},
        )
