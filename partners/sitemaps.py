"""sitemap.xml entries of the partners app (registered in intloffice/sitemaps.py)."""

from django.urls import reverse

from intloffice.sitemap_base import LocalizedSitemap

from .models import Agreement, Partner


class PartnerListsSitemap(LocalizedSitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return [
            "partners:partner_list",
            "partners:country_list",
            "partners:membership_list",
            "partners:agreement_list",
        ]

    def location(self, item):
        return reverse(item)


class PartnerSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Partner.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at


class AgreementSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Agreement.objects.published().public().order_by("pk").only("slug", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at
