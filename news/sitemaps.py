"""sitemap.xml sections of the news app (registered in NewsConfig.ready())."""

from intloffice.sitemap_base import LocalizedSitemap, NamedViewsSitemap

from .models import Article, Publication, Statement


class NewsIndexSitemap(NamedViewsSitemap):
    changefreq = "daily"
    names = ("news:article_list", "news:statement_list", "news:publication_list")


class ArticleSitemap(LocalizedSitemap):
    changefreq = "monthly"

    def items(self):
        return (
            Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-pk")
        )


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
