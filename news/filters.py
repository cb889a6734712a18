"""Query-string filters of the news, statements and publications lists (GET forms)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from .models import (
    ArticleKind,
    Category,
    PublicationKind,
    Statement,
    StatementKind,
)


class ArticleFilter(django_filters.FilterSet):
    category = django_filters.ModelChoiceFilter(
        label=_("Category"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        empty_label=_("All categories"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ArticleKind.choices, empty_label=_("All kinds")
    )


def statement_years():
    """Years that have a published statement, newest first (one query)."""
    dates = Statement.objects.published().dates("issued_on", "year", order="DESC")
    return [(str(day.year), str(day.year)) for day in dates]


class StatementFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=StatementKind.choices, empty_label=_("All kinds")
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"),
        field_name="issued_on",
        lookup_expr="year",
        choices=statement_years,
        empty_label=_("All years"),
    )


class PublicationFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=PublicationKind.choices, empty_label=_("All kinds")
    )
