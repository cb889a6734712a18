"""News, statements and publications at --scale 50 (over 2,000 articles)."""

from django.core.management import call_command

PAGES = {
    "news list (ar)": ("/ar/news/", 50),
    "news list, filtered (en)": ("/en/news/?kind=brief&page=3", 50),
    "article (ar)": ("/ar/news/news-001-kl-civilisation/", 30),
    "article (en)": ("/en/news/press-release-001-kl-civilisation/", 30),
    "news feed (en)": ("/en/news/feed/", 50),
    "statements (ar)": ("/ar/statements/", 50),
    "corrected statement (en)": ("/en/statements/statement-position-1/", 30),
    "publications (en)": ("/en/publications/", 50),
    "magazine issue (ar)": ("/ar/publications/bridges-of-knowledge-48/", 30),
}


def prepare():
    call_command("seed_demo", scale=50, verbosity=0)
