import datetime

from django.contrib import admin, messages
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from intloffice.admin_base import (
    PublishableAdmin,
    TranslatedFieldsMixin,
    YearListFilter,
    year_list_filter,
)
from intloffice.publishing import Status

from .models import Article, Category, Publication, PublicationFile, Statement

IssuedYearListFilter = year_list_filter("issued_on")


def _unique_slug(model, slug):
    base = f"{slug[:100]}-copy"
    candidate, number = base, 2
    while model.objects.filter(slug=candidate).exists():
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _copy_file(field_file):
    """A new stored copy, so the duplicate never shares (and later deletes) the original file."""
    if not field_file:
        return None
    try:
        with field_file.open("rb") as handle:
            return ContentFile(handle.read(), name=field_file.name.rsplit("/", 1)[-1])
    except OSError:
        return None


class DuplicateAsDraftMixin:
    """A "duplicate as draft" action for recurring items (a new magazine issue, say)."""

    duplicate_files = ()

    def prepare_duplicate(self, copy, original):
        """Adjust the copy before it is saved (subclasses)."""

    @admin.action(description=_("Duplicate as draft"), permissions=["add"])
    def duplicate_as_draft(self, request, queryset):
        copies = []
        with transaction.atomic():
            for original in queryset:
                copy = self.model.objects.get(pk=original.pk)
                copy.pk = copy.id = None
                copy._state.adding = True
                copy.slug = _unique_slug(self.model, original.slug)
                copy.status = Status.DRAFT
                copy.published_at = timezone.now()
                for name in self.duplicate_files:
                    content = _copy_file(getattr(original, name))
                    setattr(copy, name, None)
                    if content is not None:
                        getattr(copy, name).save(content.name, content, save=False)
                self.prepare_duplicate(copy, original)
                copy.save()
                for field in self.model._meta.many_to_many:
                    getattr(copy, field.name).set(getattr(original, field.name).all())
                copies.append(copy)
        self.message_user(
            request,
            ngettext(
                "%(count)d draft copy made; edit it and publish it when it is ready.",
                "%(count)d draft copies made; edit them and publish them when they are ready.",
                len(copies),
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )


@admin.register(Category)
class CategoryAdmin(TranslatedFieldsMixin, TranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_ar", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Article)
class ArticleAdmin(DuplicateAsDraftMixin, PublishableAdmin):
    list_display = ("title", "kind", "category", "featured")
    list_editable = ("featured",)
    list_filter = ("status", "kind", "category", "featured", YearListFilter)
    list_select_related = ("category",)
    search_fields = ("title_ar", "title_en", "summary_ar", "summary_en", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    filter_horizontal = ("related_partners",)
    autocomplete_fields = ("exhibition",)
    actions = ("publish", "unpublish", "duplicate_as_draft")
    duplicate_files = ("image",)
    fieldsets = (
        (None, {"fields": ("title", "summary", "body")}),
        (_("Image"), {"fields": ("image", "image_alt", "image_decorative")}),
        (_("Classification"), {"fields": ("kind", "category", "featured")}),
        (_("What it is about"), {"fields": ("related_partners", "visit", "exhibition")}),
        PublishableAdmin.publishing_fieldset,
    )

    def prepare_duplicate(self, copy, original):
        copy.featured = False


@admin.register(Statement)
class StatementAdmin(DuplicateAsDraftMixin, PublishableAdmin):
    list_display = ("reference_number", "title", "kind", "issued_on", "history_link")
    list_filter = ("status", "kind", IssuedYearListFilter)
    search_fields = ("reference_number", "title_ar", "title_en", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    actions = ("publish", "unpublish", "duplicate_as_draft")
    fieldsets = (
        (None, {"fields": ("reference_number", "title", "body", "kind")}),
        (_("Issuing"), {"fields": ("issued_by", "issued_on", "original_language", "pdf")}),
        PublishableAdmin.publishing_fieldset,
    )

    def prepare_duplicate(self, copy, original):
        copy.reference_number = _unique_slug(Statement, original.reference_number)[:40]
        copy.pdf = None

    @admin.display(description=_("history"))
    def history_link(self, obj):
        """Link to the public page of earlier wordings (the full history is under "History")."""
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:news_statement_history", args=[obj.pk]),
            _("History"),
        )


class PublicationFileInline(TranslatedFieldsMixin, admin.TabularInline):
    model = PublicationFile
    extra = 1
    fields = ("language", "document", "video_url", "order")


@admin.register(Publication)
class PublicationAdmin(DuplicateAsDraftMixin, PublishableAdmin):
    list_display = ("title", "kind", "series", "issue_number", "issued_on")
    list_filter = ("status", "kind", IssuedYearListFilter)
    search_fields = ("title_ar", "title_en", "series_ar", "series_en", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    inlines = (PublicationFileInline,)
    actions = ("publish", "unpublish", "duplicate_as_draft")
    duplicate_files = ("cover",)
    fieldsets = (
        (None, {"fields": ("title", "kind", "series", "issue_number", "issued_on")}),
        (
            _("Description and cover"),
            {"fields": ("description", "cover", "cover_alt", "cover_decorative")},
        ),
        PublishableAdmin.publishing_fieldset,
    )

    def prepare_duplicate(self, copy, original):
        """The next issue of a series: number + 1, a fortnight later; files are added anew."""
        if original.issue_number:
            copy.issue_number = original.issue_number + 1
            copy.issued_on = original.issued_on + datetime.timedelta(days=14)
