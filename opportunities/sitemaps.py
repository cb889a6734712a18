"""sitemap.xml entries for the opportunities list, the exchange page and every published
opportunity (closed ones too: they stay reachable). Students abroad are never listed."""

from django.urls import reverse

from intloffice.sitemap_base import LocalizedSitemap

from .models import Opportunity


class OpportunityListSitemap(LocalizedSitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return ["opportunities:opportunity_list", "opportunities:exchange"]

    def location(self, item):
        return reverse(item)


class OpportunitySitemap(LocalizedSitemap):
    changefreq = "weekly"

    def items(self):
        return Opportunity.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
