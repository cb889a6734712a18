"""Validated query-string filters of the partner directory and the agreement list."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intloffice.lists import CountryFilter, ListFilterSet, YearFilter
from intloffice.publishing import Status

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


class PartnerFilterSet(ListFilterSet):
    q = SearchFilter(
        label=_("Name"),
        widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_QUERY_LENGTH}),
    )
    country = CountryFilter(offered=False)  # options with counts: PartnerListView.facets
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


def agreement_partner_countries(queryset):
    """Countries of published partners that have a published public agreement (one query)."""
    now = timezone.now()
    return (
        Agreement.partners.through.objects.filter(
            agreement__status=Status.PUBLISHED,
            agreement__published_at__lte=now,
            agreement__is_public=True,
            partner__status=Status.PUBLISHED,
            partner__published_at__lte=now,
        )
        .order_by()
        .values_list("partner__country", flat=True)
        .distinct()
    )


class AgreementFilterSet(ListFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=AgreementKind.choices, empty_label=_("All kinds")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        field_name="lifecycle",
        choices=AgreementStatus.choices,
        empty_label=_("Any status"),
    )
    country = CountryFilter(
        label=_("Partner country"),
        method=filter_partner_country,
        offered=agreement_partner_countries,
    )
    year = YearFilter(label=_("Year signed"), field_name="signed_on")

    class Meta:
        model = Agreement
        fields = ["kind", "status", "country", "year"]
