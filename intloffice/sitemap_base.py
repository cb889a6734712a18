"""The sitemap base every app's sitemaps.py uses (imports no app).

An app registers its sections in ``AppConfig.ready()``::

    plugins.sitemaps.register("news", sitemap=ArticleSitemap, order=50)

``/sitemap.xml`` is an index of one sitemap per registered section (``/sitemap-<key>.xml``),
each paginated past ``URLS_PER_PAGE`` URLs (``?p=2``), so no file nears the protocol's
50,000-URL limit.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, QuerySet

URLS_PER_PAGE = 10_000


class LocalizedSitemap(Sitemap):
    """Each item in both languages, with hreflang alternates and x-default.

    ``items()`` returns published public rows only (``.published()`` and the model's own
    public rule). ``lastmod`` is the row's ``lastmod_field`` (``updated_at``); the index's
    lastmod of a section is one aggregate query, not a walk through every row.
    """

    i18n = True
    alternates = True
    x_default = True
    limit = URLS_PER_PAGE
    lastmod_field = "updated_at"

    def lastmod(self, obj):
        return getattr(obj, self.lastmod_field, None) if not isinstance(obj, str) else None

    def get_latest_lastmod(self):
        items = self.items()
        if isinstance(items, QuerySet):
            return items.order_by().aggregate(latest=Max(self.lastmod_field))["latest"]
        return None

    def _items(self):
        items = self.items()
        if not isinstance(items, QuerySet):
            return super()._items()
        return _LanguagePairs(items, self._languages())


class _LanguagePairs:
    """The (item, language) pairs of a queryset, for the paginator: counted with one COUNT
    and sliced with one query per page, instead of every row loaded for every page."""

    def __init__(self, queryset, languages):
        self.queryset = queryset
        self.languages = list(languages)

    def count(self):
        return self.queryset.count() * len(self.languages)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        width = len(self.languages)
        start, stop = index.start or 0, index.stop
        rows = self.queryset[start // width : -(-stop // width)]
        pairs = [(row, code) for row in rows for code in self.languages]
        offset = start - (start // width) * width
        return pairs[offset : offset + (stop - start)]


class NamedViewsSitemap(LocalizedSitemap):
    """Pages named by URL name (lists, the contact page): no date of their own."""

    changefreq = "weekly"
    priority = 0.7
    names = ()

    def items(self):
        return list(self.names)

    def location(self, item):
        from django.urls import reverse

        return reverse(item)
