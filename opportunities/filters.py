"""The query-string filters of the public opportunities list (?kind=&audience=&status=).

Without ``status`` the list shows what is open or about to open; closed opportunities only
with ``status=closed`` (they stay reachable at their own address)."""

import django_filters
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from intloffice.lists import ListFilterSet

from .models import Audience, Opportunity, OpportunityKind, OpportunityState


class OpportunityFilterSet(ListFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=OpportunityKind.choices, empty_label=_("All kinds")
    )
    audience = django_filters.ChoiceFilter(
        label=_("For"), choices=Audience.choices, empty_label=_("Everyone")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=OpportunityState.choices,
        empty_label=_("Open and upcoming"),
        method="filter_status",
    )

    def __init__(self, data=None, *args, **kwargs):
        # Bound even without a query string, so the default (not closed) applies.
        super().__init__(data if data is not None else QueryDict(), *args, **kwargs)

    class Meta:
        model = Opportunity
        fields = ["kind", "audience", "status"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(state=value) if value else queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.exclude(state=OpportunityState.CLOSED)
        return queryset
