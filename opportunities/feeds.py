"""RSS 2.0 feed of newly published opportunities, one per site language (the URL prefix)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from intloffice.feeds import LocalizedFeed

from .models import Opportunity

FEED_ITEMS = 20


class OpportunityFeed(LocalizedFeed):
    def title(self, site):
        return _("Opportunities — %(office)s") % {"office": site.office_name}

    def link(self):
        return reverse("opportunities:opportunity_list")

    def feed_url(self):
        return reverse("opportunities:opportunity_feed")

    def description(self, site):
        return _(
            "Scholarships, research funding calls, exchange programmes and training newly "
            "published by %(office)s, %(university)s."
        ) % {"office": site.office_name, "university": site.university_name}

    def items(self):
        return (
            Opportunity.objects.published()
            .for_cards()
            .order_by("-published_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        deadline = _("Deadline: %(date)s") % {
            "date": timezone.localtime(item.deadline).strftime("%Y-%m-%d %H:%M %Z")
        }
        return f"{item.summary} {deadline}".strip() if item.summary else deadline

    def item_categories(self, item):
        return [item.get_kind_display(), item.get_audience_display()]
