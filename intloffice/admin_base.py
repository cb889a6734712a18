"""Admin building blocks every app's admin uses: translated, versioned, publishable content."""

from adminsortable2.admin import SortableInlineAdminMixin
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename
from django.core.exceptions import NON_FIELD_ERRORS
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin

from .images import PictureField
from .kept_uploads import KeptPictureInput, keep_uploads
from .publishing import Status
from .richtext import RichTextField, RichTextWidget
from .roles import NOT_FOR_TRANSLATORS
from .text import ascii_digits, digit_variants, join_list, parse_int


def rich_text_widget(db_field, attrs):
    """The editor for one language column: Arabic edits right-to-left, English left-to-right."""
    language = getattr(db_field, "language", None) or settings.LANGUAGE_CODE
    direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
    attrs = {**attrs, "dir": direction, "lang": language}
    attrs["class"] = " ".join(filter(None, ["django_ckeditor_5", attrs.get("class", "")]))
    return RichTextWidget(language, config_name="default", attrs=attrs)


#: Form fields where digits typed as Arabic-Indic (٠–٩) are read as ASCII digits.
TYPED_NUMBER_FIELDS = (
    forms.IntegerField,  # and FloatField, DecimalField
    forms.DateField,
    forms.DateTimeField,
    forms.TimeField,
    forms.DurationField,
    forms.SplitDateTimeField,
    forms.SlugField,
)


def data_with_ascii_digits(form):
    """A copy of a bound form's data where the values of its number, date and slug fields are
    written with ASCII digits (Django's parsers and ``strptime`` refuse "٢٠٢٤-٠١-٠٥")."""
    names = [
        form.add_prefix(name)
        for name, field in form.fields.items()
        if isinstance(field, TYPED_NUMBER_FIELDS)
    ]

    def typed_number(key):
        return any(
            key == name or (key.startswith(f"{name}_") and key[len(name) + 1 :].isdigit())
            for name in names
        )

    data = form.data.copy()
    for key in [key for key in data if typed_number(key)]:
        if hasattr(data, "setlist"):
            data.setlist(key, [ascii_digits(value) for value in data.getlist(key)])
        elif isinstance(data[key], str):
            data[key] = ascii_digits(data[key])
    return data


class ContentForm(forms.ModelForm):
    """Model errors about a field the form does not show go to the top of the form.

    ``Publishable.clean`` and ``ImageAltMixin.clean`` name language columns; an admin that
    leaves one of them out of its form must show the message, not fail with a ValueError.
    Dates, numbers and slugs may be typed with Arabic-Indic digits.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = data_with_ascii_digits(self)

    def _update_errors(self, errors):
        if hasattr(errors, "error_dict"):
            for field in list(errors.error_dict):
                if field != NON_FIELD_ERRORS and field not in self.fields:
                    messages = errors.error_dict.pop(field)
                    errors.error_dict.setdefault(NON_FIELD_ERRORS, []).extend(messages)
        super()._update_errors(errors)


def may_translate(user):
    """True for a member of the translator role (or anyone given its permission)."""
    return user.is_active and user.is_staff and user.has_perm("intloffice.translate_content")


class TranslatedFieldsMixin:
    """Direction and language on every translated input, editor per language; and the
    translator role: staff with ``intloffice.translate_content`` but not the model's change
    permission see the item and may change its translated text fields only (no adding,
    deleting, publishing or other fields). On a model admin, also the "missing Arabic /
    English" list filter, and searches that find digits typed either way."""

    def get_list_filter(self, request):
        from .translation_status import MissingTranslationFilter

        return (*super().get_list_filter(request), MissingTranslationFilter)

    def get_search_results(self, request, queryset, search_term):
        """``search_fields`` as typed (ASCII or Arabic-Indic digits alike), or, for a model
        registered for the site search, its index: Arabic folded, every language, drafts too."""
        from . import search

        indexed = search.indexed_pks(self.model, search_term)
        variants = digit_variants(search_term)
        if len(variants) == 1 and indexed is None:
            return super().get_search_results(request, queryset, search_term)
        found = Q(pk__in=[])
        for term in variants:
            matches, _duplicates = super().get_search_results(request, queryset, term)
            found |= Q(pk__in=matches.values("pk"))
        if indexed is not None:
            found |= Q(pk__in=indexed)
        return queryset.filter(found), False

    def translates_only(self, request):
        opts = self.opts
        if opts.label_lower in NOT_FOR_TRANSLATORS:
            return False
        try:
            translator.get_options_for_model(self.model)
        except NotRegistered:
            return False
        user = request.user
        change = f"{opts.app_label}.{get_permission_codename('change', opts)}"
        return may_translate(user) and not user.has_perm(change)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) or self.translates_only(request)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or self.translates_only(request)

    def has_module_permission(self, request):
        return super().has_module_permission(request) or self.translates_only(request)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.translates_only(request):
            return readonly
        translated = set(translator.get_options_for_model(self.model).fields)
        for field in self.opts.get_fields():
            if field.auto_created or not getattr(field, "editable", False):
                continue
            if not (field.concrete or field.many_to_many) or field.name in readonly:
                continue
            if field.name in translated or hasattr(field, "translated_field"):
                continue
            readonly.append(field.name)
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        if self.translates_only(request):
            return {}
        return super().get_prepopulated_fields(request, obj)

    def get_actions(self, request):
        if self.translates_only(request):
            return {}
        return super().get_actions(request)

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if self.translates_only(request):
            changelist.list_editable = ()  # e.g. a page's order and navigation flag
        return changelist

    def render_change_form(self, request, context, *args, **kwargs):
        """A refused submission shows again: keep the pictures it uploaded, in the main form and
        every inline, so the next try needs no new upload (intloffice/kept_uploads.py)."""
        if request.method == "POST":
            forms = [context["adminform"].form] + [
                form
                for inline in context.get("inline_admin_formsets", [])
                for form in inline.formset.forms
            ]
            for form in forms:
                keep_uploads(form)
        return super().render_change_form(request, context, *args, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is None:
            return field
        language = getattr(db_field, "language", None)
        if isinstance(db_field, PictureField):
            field.widget = KeptPictureInput(attrs=field.widget.attrs)
        elif isinstance(db_field, RichTextField):
            field.widget = rich_text_widget(db_field, field.widget.attrs)
        elif language:
            field.widget.attrs["dir"] = "rtl" if get_language_info(language)["bidi"] else "ltr"
            field.widget.attrs["lang"] = language
        return field


class ContentAdmin(TranslatedFieldsMixin, VersionAdmin, TabbedTranslationAdmin):
    """Translated content with history and restore (django-reversion)."""

    form = ContentForm


class PublishableAdmin(ContentAdmin):
    """Content that goes through the publishing rule (drafts, scheduling, both languages)."""

    list_filter = ("status",)
    date_hierarchy = "published_at"
    actions = ("publish", "unpublish")
    publishing_fieldset = (
        _("Publishing"),
        {"fields": ("slug", "status", "published_at", "only_language")},
    )

    def get_list_display(self, request):
        return (*super().get_list_display(request), "status", "published_at", "updated_at")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        slug = form.base_fields.get("slug")
        if slug is not None:  # Publishable makes one from the title when it is left empty
            slug.required = False
            slug.help_text = _(
                "Latin letters, digits and hyphens; one address for both languages. Leave it "
                "empty to make it from the English title, or from the Arabic one when there is "
                "no English."
            )
        return form

    @admin.action(description=_("Publish the selected items now"), permissions=["change"])
    def publish(self, request, queryset):
        published, refused = 0, []
        for obj in queryset:
            obj.status = Status.PUBLISHED
            if obj.published_at > timezone.now():
                obj.published_at = timezone.now()
            if obj.missing_translations():
                refused.append(str(obj))
                continue
            obj.save()
            published += 1
        if published:
            self.message_user(
                request,
                ngettext("%(count)d item published.", "%(count)d items published.", published)
                % {"count": published},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                _("Not published, a language is missing: %(items)s")
                % {"items": join_list(refused)},
                messages.WARNING,
            )

    @admin.action(description=_("Return the selected items to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = 0
        for obj in queryset:  # one save each, so history and the page cache follow
            obj.status = Status.DRAFT
            obj.save()
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d item returned to draft.", "%(count)d items returned to draft.", count
            )
            % {"count": count},
        )


class GalleryInline(TranslatedFieldsMixin, SortableInlineAdminMixin, TranslationTabularInline):
    """An ordered photo gallery (subclass with ``model = VisitPhoto`` and the like).

    The parent admin must also derive from ``adminsortable2.admin.SortableAdminBase``.
    """

    form = ContentForm
    extra = 0
    fields = ("preview", "image", "image_alt", "image_decorative", "caption")
    readonly_fields = ("preview",)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        """A small rendition of a saved photo (no query: names come from the stored file)."""
        return picture_thumbnail(obj.image) if obj and obj.pk else ""


def picture_thumbnail(image, width=120):
    """An admin thumbnail of a PictureField's file (its 320 px rendition), or ""."""
    from .renditions import picture_sources

    sources = picture_sources(image) if image else None
    if sources is None:
        return ""
    small = sources.nearest(320)
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}">',
        small.fallback_url,
        width,
        max(1, round(small.height * width / small.width)),
    )


class YearListFilter(admin.SimpleListFilter):
    """The admin's year filter on ``date_field``: the years that have rows, newest first.

    A year typed by hand in Arabic-Indic digits works; anything that is not a year lists no
    rows (never an error). Subclass with another ``date_field``, or use ``year_list_filter``.
    """

    title = _("year")
    parameter_name = "year"
    date_field = "published_at"

    def lookups(self, request, model_admin):
        dates = model_admin.get_queryset(request).dates(self.date_field, "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in dates]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        year = parse_int(value)
        if year is None or not 1 <= year <= 9999:
            return queryset.none()
        return queryset.filter(**{f"{self.date_field}__year": year})


def year_list_filter(date_field):
    """A ``YearListFilter`` on another date field (``year_list_filter("starts_on")``)."""
    return type(f"YearListFilter_{date_field}", (YearListFilter,), {"date_field": date_field})
