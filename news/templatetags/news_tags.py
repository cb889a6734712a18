"""News blocks for other pages (the home page) and the guarded links to other apps' pages."""

from django import template

from ..models import Article, Publication, Statement

register = template.Library()


@register.inclusion_tag("news/includes/latest_news.html")
def latest_news(count=3):
    articles = Article.objects.published().for_cards().newest_first()[:count]
    return {"articles": list(articles)}


@register.inclusion_tag("news/includes/latest_statement.html")
def latest_statement():
    statement = (
        Statement.objects.published().newest_first().defer("body", "body_ar", "body_en").first()
    )
    return {"statement": statement}


@register.inclusion_tag("news/includes/latest_magazine_issue.html")
def latest_magazine_issue():
    issue = (
        Publication.objects.published()
        .magazine_issues()
        .newest_first()
        .defer("description", "description_ar", "description_en")
        .first()
    )
    return {"issue": issue}


@register.inclusion_tag("news/includes/feed_links.html")
def news_feed_links():
    """<link rel="alternate"> to the news and statements feeds, for <head>."""
    return {}


@register.inclusion_tag("news/includes/news_about.html")
def news_about(partner=None, visit=None, count=6):
    """News about a partner or a visit, for their pages (one query)."""
    articles = Article.objects.published().for_cards().newest_first()
    if partner is not None:
        articles = articles.about_partner(partner)
    if visit is not None:
        articles = articles.about_visit(visit)
    return {"articles": list(articles[:count])}
