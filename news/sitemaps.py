"""sitemap.xml entries of the news app (registered in intloffice/sitemaps.py)."""

from django.urls import reverse

from intloffice.sitemap_base import LocalizedSitemap

from .models import Article, Publication, Statement


class NewsIndexSitemap(LocalizedSitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return ["news:article_list", "news:statement_list", "news:publication_list"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(LocalizedSitemap):
    changefreq = "monthly"
    limit = 2000

    def items(self):
        return (
            Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-pk")
        )

    def lastmod(self, obj):
        return obj.updated_at


class StatementSitemap(ArticleSitemap):
    def items(self):
        return (
            Statement.objects.published().only("slug", "updated_at").order_by("-issued_on", "-pk")
        )


class PublicationSitemap(ArticleSitemap):
    def items(self):
        return (
            Publication.objects.published().only("slug", "updated_at").order_by("-issued_on", "-pk")
        )
