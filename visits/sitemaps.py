"""sitemap.xml entries for the visits list and every published visit (both languages)."""

from intloffice.sitemap_base import LocalizedSitemap, NamedViewsSitemap

from .models import Visit


class VisitListSitemap(NamedViewsSitemap):
    names = ("visits:visit_list",)


class VisitSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Visit.objects.published().only("slug", "updated_at").order_by("pk")
