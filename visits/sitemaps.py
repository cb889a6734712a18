"""sitemap.xml entries for the visits list and every published visit (both languages)."""

from django.urls import reverse

from intloffice.sitemap_base import LocalizedSitemap

from .models import Visit


class VisitListSitemap(LocalizedSitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return ["visits:visit_list"]

    def location(self, item):
        return reverse(item)


class VisitSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Visit.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
