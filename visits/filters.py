"""The query-string filters of the public visits list (?direction=&kind=&category=&country=&year=)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from intloffice.lists import CountryFilter, ListFilterSet, YearFilter

from .models import Direction, PersonCategory, Visit, VisitKind


class VisitFilter(ListFilterSet):
    direction = django_filters.ChoiceFilter(
        label=_("Direction"), choices=Direction.choices, empty_label=_("All")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=VisitKind.choices, empty_label=_("All")
    )
    category = django_filters.ChoiceFilter(
        label=_("Visitor category"),
        choices=PersonCategory.choices,
        empty_label=_("All"),
        method="filter_category",
    )
    country = CountryFilter()
    year = YearFilter(field_name="starts_on")

    class Meta:
        model = Visit
        fields = ["direction", "kind", "category", "country", "year"]

    def filter_category(self, queryset, name, value):
        return queryset.with_category(value) if value else queryset
