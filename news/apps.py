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
            order=10,
        )
        plugins.home.register(
            "news.statement_and_issue",
            template="news/includes/latest_statement_and_issue.html",
            context=blocks.latest_statement_and_issue,
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
