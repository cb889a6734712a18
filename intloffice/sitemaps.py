"""sitemap.xml: an index of one sitemap per section the apps registered (plugins.sitemaps),
every published public URL in each language with hreflang alternates and x-default."""

from django.contrib.sitemaps import views as sitemap_views

from . import plugins
from .models import Page
from .sitemap_base import LocalizedSitemap, NamedViewsSitemap


class StaticViewSitemap(NamedViewsSitemap):
    priority = 0.8
    names = ("intloffice:home", "intloffice:contact", "intloffice:sitemap")


class PageSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.published().only("slug", "updated_at").order_by("pk")


def registered():
    """{section key: sitemap class}, in the registered order."""
    return {entry.key: entry.sitemap for entry in plugins.sitemaps}


def index(request):
    return sitemap_views.index(request, registered(), sitemap_url_name="sitemap_section")


def section(request, section):
    return sitemap_views.sitemap(request, registered(), section=section)
