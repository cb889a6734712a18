"""Visits on any page: names with honorifics, guarded links, and the home page blocks."""

from django import template
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from intloffice.templatetags.intloffice_tags import fallback_attrs

from ..models import Person, PersonCategory, Visit

register = template.Library()


@register.simple_tag
def person_name(person):
    """Honorific (in the page's language, kept apart from the name) and the name, isolated
    with <bdi> so a name in the other script keeps punctuation around it in place."""
    if person is None:
        return ""
    name = format_html("<bdi{}>{}</bdi>", fallback_attrs(person, "name"), person.name)
    if not person.honorific:
        return name
    return format_html(
        '<span class="honorific"{}>{}</span> {}',
        fallback_attrs(person, "honorific"),
        person.honorific,
        name,
    )


@register.simple_tag
def linked(obj, css_class=""):
    """A link to ``obj``'s page, or its name as plain text while it is not published."""
    if obj is None:
        return ""
    label = format_html("<bdi>{}</bdi>", obj)
    if not obj.is_published:
        return label
    url = obj.get_absolute_url()
    return format_html(
        '<a href="{}"{}>{}</a>',
        url,
        format_html(' class="{}"', css_class) if css_class else "",
        label,
    )


@register.inclusion_tag("visits/includes/figures.html")
def visits_in_figures():
    """Visits this year, countries visited from or to, and visitors by category (2 queries)."""
    year = timezone.localdate().year
    totals = Visit.objects.published().aggregate(
        this_year=Count("pk", filter=Q(starts_on__year=year)),
        countries=Count("country", distinct=True),
        total=Count("pk"),
    )
    counts = Person.objects.visitors().counts_by_category()
    categories = [
        (label, counts[value]) for value, label in PersonCategory.choices if counts.get(value)
    ]
    return {"year": year, "totals": totals, "categories": categories}


@register.inclusion_tag("visits/includes/recent.html")
def recent_visits(limit=3):
    return {"visits": list(Visit.objects.published().for_list()[:limit])}


@register.inclusion_tag("visits/includes/recent.html")
def partner_visits(partner, limit=6):
    """The latest visits of a partner, for its page (two queries for the cards)."""
    visits = Visit.objects.published().with_partner(partner).for_list()[:limit]
    return {"visits": list(visits), "heading": _("Visits and delegations"), "partner": partner}
