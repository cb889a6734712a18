from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News, statements and publications")

    def ready(self):
        from intloffice import plugins

        from . import blocks

        plugins.home.register(
            "news.latest",
            template="news/includes/latest_news.html",
            context=blocks.latest_news,
            order=25,
        )
        plugins.home.register(
            "news.statement_and_issue",
            template="news/includes/latest_statement_and_issue.html",
            context=blocks.latest_statement_and_issue,
            models=("news.statement", "news.publication"),  # an article saved keeps it
            order=30,
        )
        plugins.journeys.register(
            "news.statements",
            audience="media",
            label=_("Official statements"),
            url="news:statement_list",
            order=10,
        )
        plugins.journeys.register(
            "news.press_releases",
            audience="media",
            label=_("Press releases"),
            url="news:article_list",
            query={"kind": "press_release"},
            order=20,
        )
        for page, context in (
            ("partner", blocks.partner_news),
            ("visit", blocks.visit_news),
            ("exhibition", blocks.exhibition_news),
        ):
            plugins.sections(page).register(
                "news.about",
                template="news/includes/news_about.html",
                context=context,
                order=50,
            )
        plugins.feeds.register(
            "news.articles", title=_("News (RSS)"), url="news:article_feed", order=10
        )
        plugins.feeds.register(
            "news.statements",
            title=_("Official statements (RSS)"),
            url="news:statement_feed",
            order=20,
        )
        from .models import Article, Publication, Statement
        from .sitemaps import ArticleSitemap, NewsIndexSitemap, PublicationSitemap, StatementSitemap

        plugins.sitemaps.register("news-index", sitemap=NewsIndexSitemap, order=60)
        plugins.sitemaps.register("news", sitemap=ArticleSitemap, order=61)
        plugins.sitemaps.register("statements", sitemap=StatementSitemap, order=62)
        plugins.sitemaps.register("publications", sitemap=PublicationSitemap, order=63)

        plugins.search.register(
            "news.article",
            model=Article,
            label=_("News"),
            title="title",
            text=("summary", "body"),
            date="published_at",
            list_url="news:article_list",
            order=50,
        )
        plugins.search.register(
            "news.statement",
            model=Statement,
            label=_("Statements"),
            title="title",
            text=("body",),
            extra=blocks.statement_search_words,
            date="issued_on",
            list_url="news:statement_list",
            order=60,
        )
        plugins.search.register(
            "news.publication",
            model=Publication,
            label=_("Publications"),
            title="title",
            text=("description",),
            extra=blocks.publication_search_words,
            date="issued_on",
            list_url="news:publication_list",
            order=70,
        )

        from . import figures

        plugins.sections("annual_report").register(
            "news.statements",
            title=_("Statements"),
            template="news/includes/report_statements.html",
            context=figures.report_statements,
            order=50,
        )
        plugins.sections("annual_report").register(
            "news.publications",
            title=_("Publications"),
            template="news/includes/report_publications.html",
            context=figures.report_publications,
            order=60,
        )
