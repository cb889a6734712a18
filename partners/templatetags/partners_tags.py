"""Tags of partners' own templates: agreement status badges, and the admin index's
"agreements expiring soon" panel."""

from django import template
from django.db.models import Prefetch
from django.utils.html import format_html

from ..models import EXPIRING_WITHIN_DAYS, Agreement, Partner

register = template.Library()


@register.simple_tag
def status_badge(agreement):
    """The agreement's status (annotated ``lifecycle`` when there) as a coloured badge."""
    status = agreement.lifecycle_status
    return format_html(
        '<span class="badge badge-{}">{}</span>', status, agreement.get_lifecycle_status_display()
    )


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
