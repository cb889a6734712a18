"""sitemap.xml: every published public item, in both languages with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from visits.sitemaps import VisitListSitemap, VisitSitemap

from .models import Page


class LocalizedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


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


sitemaps = {"static": StaticViewSitemap, "pages": PageSitemap}
sitemaps["visit_list"] = VisitListSitemap
sitemaps["visits"] = VisitSitemap
