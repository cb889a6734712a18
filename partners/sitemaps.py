"""sitemap.xml sections of the partners app (registered in PartnersConfig.ready())."""

from intloffice.sitemap_base import LocalizedSitemap, NamedViewsSitemap

from .models import Agreement, Partner


class PartnerListsSitemap(NamedViewsSitemap):
    names = (
        "partners:partner_list",
        "partners:country_list",
        "partners:membership_list",
        "partners:agreement_list",
    )


class PartnerSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Partner.objects.published().order_by("pk").only("slug", "updated_at")


class AgreementSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Agreement.objects.published().public().order_by("pk").only("slug", "updated_at")
