"""Query-string filters of the news, statements and publications lists (GET forms)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from intloffice.lists import ListFilterSet, YearFilter

from .models import ArticleKind, Category, PublicationKind, StatementKind


class ArticleFilter(ListFilterSet):
    category = django_filters.ModelChoiceFilter(
        label=_("Category"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        empty_label=_("All categories"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ArticleKind.choices, empty_label=_("All kinds")
    )


class StatementFilter(ListFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=StatementKind.choices, empty_label=_("All kinds")
    )
    year = YearFilter(field_name="issued_on")


class PublicationFilter(ListFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=PublicationKind.choices, empty_label=_("All kinds")
    )
