from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models.base import ModelBase
from django.urls import path
from django.utils.translation import gettext as _


class ForgivingFilters:
    """Out-of-range date-hierarchy values (``?published_at__year=99999999999999999999``, or
    9999, whose next year does not exist) escape Django's ChangeList as OverflowError or
    ValueError, a 500; they are "incorrect lookup parameters" like any other bad filter (the
    list is shown again with ``?e=1``)."""

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except (OverflowError, ValueError) as error:
            raise IncorrectLookupParameters(error) from error


_FORGIVING = {}


def forgiving(changelist_class):
    if changelist_class not in _FORGIVING:
        _FORGIVING[changelist_class] = type(
            f"Forgiving{changelist_class.__name__}", (ForgivingFilters, changelist_class), {}
        )
    return _FORGIVING[changelist_class]


class OfficeAdminSite(admin.AdminSite):
    """The admin, headed with the office's own name from the site settings, with the
    translation status page (``intloffice/translation_status.py``); every model's list
    (libraries' included) answers bad filter values without an error."""

    def register(self, model_or_iterable, admin_class=None, **options):
        super().register(model_or_iterable, admin_class, **options)
        models = (
            [model_or_iterable] if isinstance(model_or_iterable, ModelBase) else model_or_iterable
        )
        for model in models:
            model_admin = self._registry[model]
            get_changelist = model_admin.get_changelist
            model_admin.get_changelist = lambda request, _get=get_changelist, **kwargs: forgiving(
                _get(request, **kwargs)
            )

    def each_context(self, request):
        from .models import SiteSettings

        context = super().each_context(request)
        site = SiteSettings.get_solo()
        office = site.office_name or _("International relations office")
        context["site_header"] = _("%(office)s — administration") % {"office": office}
        context["site_title"] = office
        return context

    def get_urls(self):
        from .translation_status import translation_status

        return [
            path(
                "translation-status/",
                self.admin_view(lambda request: translation_status(request, self)),
                name="translation_status",
            ),
            *super().get_urls(),
        ]

    @staticmethod
    def dashboard(request):
        """What needs the staff's attention (``plugins.dashboard``): the items the user may
        see, each with its count (one query) and the filtered admin list it links to."""
        from django.urls import reverse

        from . import plugins

        items = []
        for entry in plugins.dashboard:
            if not request.user.has_perm(entry.permission):
                continue
            query = entry.options.get("query", "")
            url = reverse(entry.url) + (f"?{query}" if query else "")
            items.append({"label": entry.label, "count": entry.count(), "url": url})
        return items

    def index(self, request, extra_context=None):
        from .translation_status import can_see_status

        extra_context = {
            **(extra_context or {}),
            "show_translation_status": can_see_status(request, self),
            "dashboard": self.dashboard(request),
        }
        return super().index(request, extra_context)
