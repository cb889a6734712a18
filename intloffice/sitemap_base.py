"""The sitemap base every app's sitemaps.py uses (imports no app)."""

from django.contrib.sitemaps import Sitemap


class LocalizedSitemap(Sitemap):
    """Each item in both languages, with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True
