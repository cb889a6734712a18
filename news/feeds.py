"""RSS 2.0 feeds of the news and the statements, one per site language (the URL prefix)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from intloffice.feeds import LocalizedFeed

from .models import Article, Statement

FEED_ITEMS = 20


class ArticleFeed(LocalizedFeed):
    def title(self, site):
        return _("News — %(office)s") % {"office": site.office_name}

    def link(self):
        return reverse("news:article_list")

    def feed_url(self):
        return reverse("news:article_feed")

    def description(self, site):
        return _("The latest news of %(office)s, %(university)s.") % {
            "office": site.office_name,
            "university": site.university_name,
        }

    def items(self):
        return Article.objects.published().for_cards().newest_first()[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_categories(self, item):
        return [item.category.name] if item.category else []


class StatementFeed(LocalizedFeed):
    def title(self, site):
        return _("Official statements — %(university)s") % {"university": site.university_name}

    def link(self):
        return reverse("news:statement_list")

    def feed_url(self):
        return reverse("news:statement_feed")

    def description(self, site):
        return _("The official statements of %(university)s.") % {
            "university": site.university_name
        }

    def items(self):
        return Statement.objects.published().order_by("-published_at", "-pk")[:FEED_ITEMS]

    def item_title(self, item):
        return f"{item.reference_number} — {item.title}"

    def item_description(self, item):
        return item.body

    def item_categories(self, item):
        return [item.get_kind_display()]
