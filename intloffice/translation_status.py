"""What content still lacks a language: the admin's "missing Arabic / English" filter and the
translation status page (``/admin/translation-status/``), the translators' work list.

A translated field is *missing* in a language when its column is empty there while another
language has it (a field empty in every language is simply unused), unless the item is marked
"this language only" for another language.
"""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from solo.admin import SingletonModelAdmin

from .publishing import Publishable, Status


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def language_label(code):
    """The language's name in the active language ("Arabic", "العربية")."""
    return get_language_info(code)["name_translated"]


def translated_fields(model):
    """The model's translated fields, in the order the model declares them."""
    try:
        names = set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []
    return [field.name for field in model._meta.fields if field.name in names]


def _empty(column):
    return Q(**{column: ""}) | Q(**{f"{column}__isnull": True})


def missing_q(model, field, language):
    """The rows whose ``field`` is missing in ``language`` (see the module docstring)."""
    others = [code for code in site_languages() if code != language]
    filled_elsewhere = Q(pk__in=[])
    for code in others:
        filled_elsewhere |= ~_empty(f"{field}_{code}")
    condition = _empty(f"{field}_{language}") & filled_elsewhere
    if issubclass(model, Publishable):
        condition &= Q(only_language="") | Q(only_language=language)
    return condition


def missing_any_q(model, language, fields=None):
    condition = Q(pk__in=[])
    for field in fields or translated_fields(model):
        condition |= missing_q(model, field, language)
    return condition


class MissingTranslationFilter(admin.SimpleListFilter):
    """ "Missing Arabic" / "Missing English" on every translated model's admin list.

    ``?missing=ar`` lists the items lacking Arabic in any translated field; ``?missing=ar:title``
    (the status page's links) in that field only. Any other value lists nothing.
    """

    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [
            (code, _("Missing %(language)s") % {"language": language_label(code)})
            for code in site_languages()
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        language, _sep, field = value.partition(":")
        fields = translated_fields(queryset.model)
        if language not in site_languages() or (field and field not in fields):
            return queryset.none()
        return queryset.filter(missing_any_q(queryset.model, language, [field] if field else None))


def _has_filter(request, model_admin):
    return MissingTranslationFilter in model_admin.get_list_filter(request)


def _can_see(request, model_admin):
    return model_admin.has_view_or_change_permission(request)


def status_rows(request, site=None):
    """One row per translated model the user may see: published items lacking each language,
    per field, with links to the filtered admin list. One query per model."""
    site = site or admin.site
    languages = site_languages()
    rows = []
    for model, model_admin in site._registry.items():
        fields = translated_fields(model)
        if not fields or not _has_filter(request, model_admin):
            continue
        if isinstance(model_admin, SingletonModelAdmin) or not _can_see(request, model_admin):
            continue
        queryset = model._default_manager.all()
        published = issubclass(model, Publishable)
        if published:
            queryset = queryset.filter(status=Status.PUBLISHED)
        aggregates = {"total": Count("pk")}
        for code in languages:
            aggregates[f"any:{code}"] = Count("pk", filter=missing_any_q(model, code, fields))
            for field in fields:
                aggregates[f"{field}:{code}"] = Count("pk", filter=missing_q(model, field, code))
        counts = queryset.aggregate(**aggregates)
        opts = model._meta
        changelist = reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_changelist")
        status_filter = published and "status" in model_admin.get_list_filter(request)

        def link(value, status_filter=status_filter, changelist=changelist):
            params = {"missing": value}
            if status_filter:
                params["status__exact"] = Status.PUBLISHED
            return f"{changelist}?{urlencode(params)}"

        rows.append(
            {
                "name": opts.verbose_name_plural,
                "app": opts.app_config.verbose_name,
                "total": counts["total"],
                "published_only": published,
                "missing": [(code, counts[f"any:{code}"], link(code)) for code in languages],
                "fields": [
                    {
                        "name": opts.get_field(field).verbose_name,
                        "missing": [
                            (code, counts[f"{field}:{code}"], link(f"{code}:{field}"))
                            for code in languages
                        ],
                    }
                    for field in fields
                ],
            }
        )
    rows.sort(key=lambda row: (str(row["app"]), str(row["name"])))
    return rows


def can_see_status(request, site=None):
    """Superusers, translators, and staff who may see at least one translated model."""
    from .admin_base import may_translate

    user = request.user
    if not (user.is_active and user.is_staff):
        return False
    if user.is_superuser or may_translate(user):
        return True
    site = site or admin.site
    return any(
        translated_fields(model) and _can_see(request, model_admin)
        for model, model_admin in site._registry.items()
    )


def translation_status(request, site=None):
    site = site or admin.site
    if not can_see_status(request, site):
        raise PermissionDenied
    context = {
        **site.each_context(request),
        "title": _("Translation status"),
        "rows": status_rows(request, site),
        "languages": [(code, language_label(code)) for code in site_languages()],
    }
    return TemplateResponse(request, "admin/translation_status.html", context)
