"""Partner pieces other templates use: the home-page figures, status badges, the visit link,
and the admin index's "agreements expiring soon" panel."""

from django import template
from django.db.models import Count, Prefetch
from django.utils.html import format_html

from intloffice.templatetags.intloffice_tags import fallback_attrs

from ..models import EXPIRING_WITHIN_DAYS, Agreement, Membership, Partner

register = template.Library()


@register.simple_tag
def status_badge(agreement):
    """The agreement's status (annotated ``lifecycle`` when there) as a coloured badge."""
    status = agreement.lifecycle_status
    return format_html(
        '<span class="badge badge-{}">{}</span>', status, agreement.get_lifecycle_status_display()
    )


@register.simple_tag
def visit_link(visit):
    """A link to the visit an agreement was signed at; nothing while that visit is unpublished."""
    if visit is None or not visit.is_published:
        return ""
    url = visit.get_absolute_url()
    return format_html('<a href="{}"{}>{}</a>', url, fallback_attrs(visit, "title"), visit.title)


@register.inclusion_tag("partners/includes/home_figures.html")
def partner_figures():
    """Key figures for the home page: partners, countries, agreements in force, memberships."""
    partners = Partner.objects.published().aggregate(
        partners=Count("pk"), countries=Count("country", distinct=True)
    )
    return {
        "partner_count": partners["partners"],
        "country_count": partners["countries"],
        "agreement_count": Agreement.objects.published().public().in_force().count(),
        "membership_count": Membership.objects.of_published_partners().current().count(),
    }


@register.simple_tag
def expiring_agreements(limit=10, days=EXPIRING_WITHIN_DAYS):
    """For the admin index: agreements (published or not) ending within ``days``, soonest first."""
    queryset = Agreement.objects.expiring(days=days).order_by("ends_on", "pk")
    return {
        "total": queryset.count(),
        "items": list(
            queryset.with_lifecycle().prefetch_related(
                Prefetch("partners", queryset=Partner.objects.only("name", "name_ar", "name_en"))
            )[:limit]
        ),
        "days": days,
    }
