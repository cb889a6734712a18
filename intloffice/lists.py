"""The one list building block every public list uses (DESIGN.md "Lists").

``FilteredListView`` is django-filter's ``FilterView`` with the site's rules:

- **Pagination**: a ``page`` that is not a plain number (ASCII or Arabic-Indic digits), or is
  below 1, shows the first page; past the end, the last page. Never a 404 or a 500.
- **Invalid filters** (an unknown kind, ``year=abc``): the page answers 400 with the form and
  its message, and no rows.
- **Context**: ``filter`` (the FilterSet; ``filter.form`` the form), ``filter_errors`` and
  ``is_filtered`` (booleans), ``query_string`` (the filters without page and format, for
  pagination links), ``page_obj``/``paginator``, the rows under ``context_object_name``.
- **Query parameters**: ``query_params`` names every parameter the page reads (its filters,
  ``page`` and, with open data, ``format``); the page cache keys on these alone.
- **Kept results**: ``results_apps`` and ``results_vary`` key the results (count, rows,
  pagination) as one fragment: ``{% fragment "list-results" apps=results_apps
  vary=results_vary when=results_vary %}``. The rows are a lazy QuerySet, so a kept page runs
  no row query; ``results_vary`` is None (render every time) for free text or invalid filters.
  ``card_apps`` names the other apps the rows' cards show.

The form renders with ``{% include "includes/filter_form.html" with label=… submit=… %}``.
``OpenDataMixin`` adds ``?format=csv|json`` of every filtered row. ``YearFilter`` and
``CountryFilter`` offer only the years and countries that have rows, yet accept any valid one.
"""

import csv
import functools
import json
from functools import partial

import django_filters
import django_filters.fields
from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_filters.views import FilterView

from .countries import collation_key
from .exports import safe_cell
from .fragments import remembered
from .text import parse_int

PAGE_SIZE = 24
OPEN_DATA_FORMATS = ("csv", "json")


def page_number(value, num_pages):
    """The page to show for the raw ``page`` value: see the module's pagination rule."""
    number = parse_int(value)
    if number is None or number < 1:
        return 1
    return min(number, max(num_pages, 1))


class YearField(forms.IntegerField):
    """A year from 1900 to 2100, typed in ASCII or Arabic-Indic digits."""

    default_error_messages = {"invalid": _("Choose a year from the list.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2100)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = parse_int(value)
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class YearFilter(django_filters.Filter):
    """The year of a date field (``field_name``), offered as a list of the years with rows."""

    field_class = YearField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "year")
        kwargs.setdefault("label", _("Year"))
        kwargs.setdefault("widget", forms.Select)
        super().__init__(*args, **kwargs)

    def offered(self, queryset):
        return [day.year for day in queryset.dates(self.field_name, "year", order="DESC")]

    def options(self, offered, asked):
        years = list(offered)
        if asked is not None and asked not in years:
            years = sorted([*years, asked], reverse=True)
        return [("", _("All years")), *((year, year) for year in years)]


def drawn_choices(options):
    """A widget's choices from ``options()``, worked out when the widget is first drawn (once
    however often it is read): a form kept as a fragment never works them out."""
    return functools.cache(options)


@functools.cache
def _country_codes():
    return frozenset(code for code, _name in countries)


class CountryField(django_filters.fields.ChoiceField):
    """Any ISO country code is valid: one set look-up, not a walk through every name."""

    def valid_value(self, value):
        return str(value) in _country_codes()


class CountryFilter(django_filters.ChoiceFilter):
    """Any ISO country is valid (other pages link here); the list offers those with rows.

    ``offered`` (optional) is a function of the base queryset giving the country codes to
    offer; by default the distinct values of ``field_name``.
    """

    field_class = CountryField

    def __init__(self, *args, offered=None, **kwargs):
        kwargs.setdefault("label", _("Country"))
        kwargs.setdefault("empty_label", _("All countries"))
        kwargs.setdefault("choices", lambda: list(countries))
        self.offered_codes = offered
        super().__init__(*args, **kwargs)

    def offered(self, queryset):
        if self.offered_codes is not None:
            return sorted(set(self.offered_codes(queryset)))
        return sorted(set(queryset.order_by().values_list(self.field_name, flat=True).distinct()))

    def options(self, offered, asked):
        codes = set(offered)
        if asked:
            codes.add(asked)
        names = dict(countries)
        offered = sorted(
            ((code, str(names[code])) for code in codes if code in names), key=_by_name
        )
        return [("", self.extra["empty_label"]), *offered]


def _by_name(pair):
    return collation_key(pair[1])


class ListFilterSet(django_filters.FilterSet):
    """A FilterSet whose year and country lists offer what the rows have (one query each,
    remembered with the rows' app content: fragments.py)."""

    @property
    def form(self):
        """The form, built on first read: a list page whose form is kept (filter_form.html)
        and that has no filter to check builds none (copying its fields is not free)."""
        if not hasattr(self, "_form"):
            self._form = super().form
            self._offer_choices()
        return self._form

    def _offer_choices(self):
        for name, filter_ in self.filters.items():
            if not hasattr(filter_, "options") or getattr(filter_, "offered_codes", None) is False:
                continue
            field = self._form.fields[name]
            try:
                asked = field.clean(self.data.get(name)) if self.data else None
            except ValidationError:
                asked = None
            offered = partial(
                remembered,
                self.request,
                f"offered:{self._label}:{name}",
                partial(filter_.offered, self.queryset),
                apps=(self.app_label,),
            )
            # Read only when the form is drawn: a kept filter form (filter_form.html) is not.
            field.widget.choices = drawn_choices(
                lambda f=filter_, o=offered, a=asked: f.options(o(), a or None)
            )

    @property
    def _label(self):
        return f"{type(self).__module__}.{type(self).__qualname__}"

    @property
    def app_label(self):
        return self.queryset.model._meta.app_label

    @property
    def fragment_vary(self):
        """What the rendered form depends on (fragments.py): its class and the asked values,
        all of them choices. None — render it every time — for free text or invalid values."""
        values = ()
        if self.is_bound:
            if not self.is_valid():
                return None
            for name, filter_ in self.filters.items():
                asked = self.data.getlist(name) if hasattr(self.data, "getlist") else []
                if asked and isinstance(filter_, django_filters.CharFilter):
                    return None
                values += tuple((name, value) for value in asked)
        return (self._label, values)

    @property
    def is_filtered(self):
        """True when a valid filter narrows the rows."""
        if not self.is_bound or not self.is_valid():
            return False
        return any(value not in (None, "", [], ()) for value in self.form.cleaned_data.values())


class Rows(SimpleLazyObject):
    """A QuerySet built on first use — building one (filters, annotations, prefetches) costs
    more than the rest of a kept list page — that knows its ``model`` before it is built.
    ``then(fn)`` is the rows ``fn(queryset)`` gives, built on first use too."""

    def __init__(self, build, model):
        super().__init__(build)
        self.__dict__["model"] = model

    def then(self, fn):
        return Rows(lambda: fn(self._built()), self.model)

    def _built(self):
        return self.all()  # any attribute builds the QuerySet; ``all()`` is a plain copy


class RowsPaginator(Paginator):
    """A Paginator whose page is sliced from ``Rows`` only when read: with the count kept
    (``FilteredListView.paginate_queryset``) a kept list page builds no QuerySet."""

    def _check_object_list_is_ordered(self):
        if not isinstance(self.object_list, Rows):  # checked by the list tests instead
            super()._check_object_list_is_ordered()

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows = self.object_list
        return self._get_page(SimpleLazyObject(lambda: rows[bottom:top]), number, self)


class FilteredListView(FilterView):
    """A published list filtered by ``filterset_class``; ``get_queryset`` gives the base rows,
    built only when something reads them (``Rows``): a list page whose count, results and
    form are kept builds none."""

    paginate_by = PAGE_SIZE
    extra_query_params = ()
    card_apps = ()  # other apps whose content the cards show ("partners")

    @classmethod
    def query_params(cls):
        """Every query parameter the page reads (the page cache ignores all others)."""
        names = list(cls.filterset_class.base_filters) if cls.filterset_class else []
        return sorted({*names, "page", *cls.extra_query_params})

    def get_filterset_kwargs(self, filterset_class):
        kwargs = {"data": self.request.GET or None, "request": self.request}
        if filterset_class._meta.model is not None:
            kwargs["queryset"] = Rows(self.get_queryset, filterset_class._meta.model)
            return kwargs
        return super().get_filterset_kwargs(filterset_class)

    def get(self, request, *args, **kwargs):
        # As FilterView.get, with the rows built on first read (open data: OpenDataMixin.get).
        self.filterset = filterset = self.get_filterset(self.get_filterset_class())
        queryset = filterset.queryset
        if not filterset.is_bound or filterset.is_valid():
            self.object_list = Rows(lambda: filterset.qs, queryset.model)
        else:
            self.object_list = Rows(lambda: queryset.none(), queryset.model)
        context = self.get_context_data(filter=filterset, object_list=self.object_list)
        return self.render_to_response(context)

    def paginate_queryset(self, queryset, page_size):
        paginator = RowsPaginator(queryset, page_size, orphans=self.get_paginate_orphans())
        vary = self.filterset.fragment_vary if self.filterset is not None else None
        if vary is not None:  # kept with the rows' app content
            paginator.count = remembered(
                self.request,
                "list-count",
                lambda: queryset.count(),
                apps=(self.filterset.app_label,),
                vary=vary,
            )
        page = paginator.page(page_number(self.request.GET.get("page"), paginator.num_pages))
        return paginator, page, page.object_list, page.has_other_pages()

    def query_string(self):
        params = self.request.GET.copy()
        params.pop("page", None)
        params.pop("format", None)
        return params.urlencode()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        errors = self.filterset.is_bound and not self.filterset.is_valid()
        for name in self.filterset.form.errors if errors else ():
            if name in self.filterset.form.fields:  # the message is read with the field
                bound = self.filterset.form[name]
                bound.field.widget.attrs["aria-describedby"] = f"{bound.auto_id}_error"
        query_string = self.query_string()
        vary = None if errors else self.filterset.fragment_vary
        page = context.get("page_obj")
        context.update(
            filter_errors=errors,
            is_filtered=self.filterset.is_filtered,
            query_string=query_string,
            results_apps=" ".join(dict.fromkeys((self.filterset.app_label, *self.card_apps))),
            results_vary=None
            if vary is None
            else (
                type(self).__qualname__,
                vary,
                page.number if page is not None else 1,
                query_string,
            ),
        )
        return context

    def render_to_response(self, context, **kwargs):
        if context["filter_errors"]:
            kwargs.setdefault("status", 400)
        return super().render_to_response(context, **kwargs)


class OpenDataMixin:
    """``?format=csv`` / ``?format=json``: every filtered row (not one page), stable column
    names, values in the active language, spreadsheet formulas neutralised. Any other format,
    or an invalid filter, is a 400."""

    open_data_name = ""
    open_data_columns = ()
    extra_query_params = ("format",)

    def open_data_row(self, obj):
        raise NotImplementedError

    def prepare_open_data(self, queryset):
        """Fetch what every row needs in one query (override as needed)."""

    def get(self, request, *args, **kwargs):
        data_format = request.GET.get("format")
        if data_format is None:
            return super().get(request, *args, **kwargs)
        if data_format not in OPEN_DATA_FORMATS:
            return HttpResponseBadRequest(
                gettext("Unknown format. Use format=csv or format=json."),
                content_type="text/plain; charset=utf-8",
            )
        self.filterset = self.get_filterset(self.get_filterset_class())
        if not self.filterset.is_valid():
            return HttpResponseBadRequest(
                json.dumps({"errors": self.filterset.errors}, ensure_ascii=False),
                content_type="application/json; charset=utf-8",
            )
        queryset = self.filterset.qs
        self.prepare_open_data(queryset)
        rows = [self.open_data_row(obj) for obj in queryset]
        filename = f"{self.open_data_name}-{get_language()}"
        if data_format == "json":
            body = json.dumps({"count": len(rows), "results": rows}, ensure_ascii=False, indent=1)
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
            response["Content-Disposition"] = f'inline; filename="{filename}.json"'
        else:
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
            response.write("\ufeff")  # so spreadsheet programs read the Arabic as UTF-8
            writer = csv.DictWriter(response, fieldnames=self.open_data_columns)
            writer.writeheader()
            writer.writerows({key: safe_cell(value) for key, value in row.items()} for row in rows)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def open_data_links(self):
        params = self.request.GET.copy()
        params.pop("page", None)
        links = []
        for data_format in OPEN_DATA_FORMATS:
            params["format"] = data_format
            links.append((data_format.upper(), params.urlencode()))
        return links

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["open_data_links"] = self.open_data_links()
        return context
