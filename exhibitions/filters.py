"""The query-string filters of the public events list (?when=&kind=&role=&country=&year=)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from intloffice.lists import CountryFilter, ListFilterSet, YearFilter

from .models import Exhibition, ExhibitionKind, OfficeRole

UPCOMING, PAST = "upcoming", "past"


class ExhibitionFilter(ListFilterSet):
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[(UPCOMING, _("Upcoming and ongoing")), (PAST, _("Past"))],
        empty_label=None,
        method="keep",
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ExhibitionKind.choices, empty_label=_("All")
    )
    role = django_filters.ChoiceFilter(
        label=_("The office's role"), choices=OfficeRole.choices, empty_label=_("All")
    )
    country = CountryFilter()
    year = YearFilter(field_name="starts_on")

    class Meta:
        model = Exhibition
        fields = ["when", "kind", "role", "country", "year"]

    @property
    def qs(self):
        """The filtered rows, upcoming and ongoing (soonest first) unless ``when=past``
        (newest first): "when" also orders, so it applies when the parameter is absent."""
        if not hasattr(self, "_when_qs"):
            queryset = super().qs
            self._when_qs = queryset.past() if self.when_chosen == PAST else queryset.upcoming()
        return self._when_qs

    @property
    def when_chosen(self):
        if self.is_bound and self.is_valid():
            return self.form.cleaned_data.get("when") or UPCOMING
        return UPCOMING

    def keep(self, queryset, name, value):
        return queryset  # "when" is applied by ``qs``
