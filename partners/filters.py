"""Validated query-string filters of the partner directory and the agreement list."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import Agreement, AgreementKind, AgreementStatus, Partner, PartnerKind

#: Longer queries are cut to this many characters (no name is longer; a 2,000-character
#: query is answered, not refused).
MAX_QUERY_LENGTH = 100


class SearchFilter(django_filters.CharFilter):
    """Free text, Arabic folded like the stored search column; every word must match."""

    def filter(self, queryset, value):
        value = (value or "")[:MAX_QUERY_LENGTH]
        if not value.strip():
            return queryset
        return queryset.search(value)


class YearFilter(django_filters.Filter):
    field_class = forms.IntegerField


class PartnerFilterSet(django_filters.FilterSet):
    q = SearchFilter(label=_("Name"))
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=lambda: list(countries), empty_label=_("All countries")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=PartnerKind.choices, empty_label=_("All kinds")
    )

    class Meta:
        model = Partner
        fields = ["q", "country", "kind"]


def filter_partner_country(queryset, name, value):
    """Agreements with a published partner in the country (no duplicate rows)."""
    through = Agreement.partners.through
    return queryset.filter(
        Exists(
            through.objects.filter(
                agreement_id=OuterRef("pk"),
                partner__country=value,
                partner__in=Partner.objects.published().values("pk"),
            )
        )
    )


class AgreementFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=AgreementKind.choices, empty_label=_("All kinds")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        field_name="lifecycle",
        choices=AgreementStatus.choices,
        empty_label=_("Any status"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Partner country"),
        choices=lambda: list(countries),
        empty_label=_("All countries"),
        method=filter_partner_country,
    )
    year = YearFilter(
        label=_("Year signed"),
        field_name="signed_on",
        lookup_expr="year",
        min_value=1900,
        max_value=2100,
    )

    class Meta:
        model = Agreement
        fields = ["kind", "status", "country", "year"]
