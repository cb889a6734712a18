"""sitemap.xml entries for the events list and every published event (both languages)."""

from django.urls import reverse

from intloffice.sitemap_base import LocalizedSitemap

from .models import Exhibition


class ExhibitionListSitemap(LocalizedSitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return ["exhibitions:exhibition_list"]

    def location(self, item):
        return reverse(item)


class ExhibitionSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Exhibition.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
