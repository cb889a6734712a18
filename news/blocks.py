"""What news adds to pages it does not own, through the plug-in seam (intloffice/plugins.py):
the latest news and the latest statement + magazine issue on the home page, the news about a
partner on its page, about a visit on the visit's page and about an exhibition or event on
its page. Registered in
``NewsConfig.ready()``, with the news and statements feeds every page links in its <head>."""

from .models import Article, Publication, Statement

LATEST_ON_HOME = 4
ABOUT_AN_ITEM = 6


def latest_news(request):
    """The newest published articles, as cards (one query)."""
    return {
        "articles": list(Article.objects.published().for_cards().newest_first()[:LATEST_ON_HOME])
    }


def latest_statement_and_issue(request):
    """The newest statement and magazine issue, side by side (two queries); nothing when
    neither exists."""
    statement = (
        Statement.objects.published().newest_first().defer("body", "body_ar", "body_en").first()
    )
    issue = (
        Publication.objects.published()
        .magazine_issues()
        .newest_first()
        .defer("description", "description_ar", "description_en")
        .first()
    )
    if statement is None and issue is None:
        return None
    return {"statement": statement, "issue": issue}


def _cards(articles):
    return {"articles": list(articles.for_cards().newest_first()[:ABOUT_AN_ITEM])}


def partner_news(partner, request):
    """News about ``partner`` (one query)."""
    return _cards(Article.objects.published().about_partner(partner))


def visit_news(visit, request):
    """News about ``visit`` (one query)."""
    return _cards(Article.objects.published().about_visit(visit))


def exhibition_news(exhibition, request):
    """News about ``exhibition`` (one query)."""
    return _cards(Article.objects.published().about_exhibition(exhibition))


# --- the search (intloffice/search.py) -----------------------------------------------------


def statement_search_words(statement):
    return f"{statement.reference_number} {statement.issued_by_ar} {statement.issued_by_en}"


def publication_search_words(publication):
    number = publication.issue_number or ""
    return f"{publication.series_ar} {publication.series_en} {number}"
