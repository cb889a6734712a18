"""The query-string filters of the public visits list (?direction=&kind=&category=&country=&year=)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import Direction, PersonCategory, Visit, VisitKind


class YearFilter(django_filters.Filter):
    """A whole year (1900–2100) offered as a list of the years that have visits."""

    field_class = forms.IntegerField

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        return qs.in_year(value)


class VisitFilter(django_filters.FilterSet):
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
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("All"))
    year = YearFilter(
        label=_("Year"),
        min_value=1900,
        max_value=2100,
        widget=forms.Select,
        error_messages={"invalid": _("Choose a year from the list.")},
    )

    class Meta:
        model = Visit
        fields = ["direction", "kind", "category", "country", "year"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        published = Visit.objects.published()
        fields = self.form.fields
        # Any ISO country is valid (the countries page links here); the list offers the
        # countries that have visits, plus the one asked for.
        fields["country"].choices = [("", _("All")), *countries]
        offered = set(published.country_codes())
        if self.data.get("country") in dict(countries):
            offered.add(self.data["country"])
        fields["country"].widget.choices = [
            ("", _("All")),
            *sorted(
                ((code, countries.name(code)) for code in offered if code),
                key=lambda pair: str(pair[1]),
            ),
        ]
        years = published.years()
        asked = str(self.data.get("year", ""))
        if asked.isdigit() and 1900 <= int(asked) <= 2100 and int(asked) not in years:
            years = sorted([*years, int(asked)], reverse=True)
        fields["year"].widget.choices = [("", _("All")), *((year, year) for year in years)]

    def filter_category(self, queryset, name, value):
        return queryset.with_category(value) if value else queryset

    @property
    def active(self):
        """True when at least one filter is set."""
        return self.is_bound and any(self.form.cleaned_data.get(name) for name in self.filters)
