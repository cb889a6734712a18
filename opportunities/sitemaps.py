"""sitemap.xml entries for the opportunities list, the exchange page and every published
opportunity (closed ones too: they stay reachable). Students abroad are never listed."""

from intloffice.sitemap_base import LocalizedSitemap, NamedViewsSitemap

from .models import Opportunity


class OpportunityListSitemap(NamedViewsSitemap):
    changefreq = "daily"
    names = ("opportunities:opportunity_list", "opportunities:exchange")


class OpportunitySitemap(LocalizedSitemap):
    changefreq = "weekly"

    def items(self):
        return Opportunity.objects.published().only("slug", "updated_at").order_by("pk")
