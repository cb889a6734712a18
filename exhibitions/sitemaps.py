"""sitemap.xml entries for the events list and every published event (both languages)."""

from intloffice.sitemap_base import LocalizedSitemap, NamedViewsSitemap

from .models import Exhibition


class ExhibitionListSitemap(NamedViewsSitemap):
    names = ("exhibitions:exhibition_list",)


class ExhibitionSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Exhibition.objects.published().only("slug", "updated_at").order_by("pk")
