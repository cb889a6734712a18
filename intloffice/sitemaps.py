"""sitemap.xml: every published public item, in both languages with hreflang alternates."""

from django.urls import reverse

from exhibitions.sitemaps import ExhibitionListSitemap, ExhibitionSitemap
from news.sitemaps import ArticleSitemap, NewsIndexSitemap, PublicationSitemap, StatementSitemap
from opportunities.sitemaps import OpportunityListSitemap, OpportunitySitemap
from partners.sitemaps import AgreementSitemap, PartnerListsSitemap, PartnerSitemap
from visits.sitemaps import VisitListSitemap, VisitSitemap

from .models import Page
from .sitemap_base import LocalizedSitemap


class StaticViewSitemap(LocalizedSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return ["intloffice:home", "intloffice:contact"]

    def location(self, item):
        return reverse(item)


class PageSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


sitemaps = {
    "static": StaticViewSitemap,
    "pages": PageSitemap,
    "partner-lists": PartnerListsSitemap,
    "partners": PartnerSitemap,
    "agreements": AgreementSitemap,
    "visit-lists": VisitListSitemap,
    "visits": VisitSitemap,
    "exhibition-lists": ExhibitionListSitemap,
    "exhibitions": ExhibitionSitemap,
    "news-index": NewsIndexSitemap,
    "news": ArticleSitemap,
    "statements": StatementSitemap,
    "publications": PublicationSitemap,
    "opportunity-lists": OpportunityListSitemap,
    "opportunities": OpportunitySitemap,
}
