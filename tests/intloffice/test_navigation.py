"""The main navigation's markup: six entries grouping the sections, the current one marked."""

import re

import pytest

from tests.factories import PageFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

LABELS = {
    "en": ["About", "Partnerships", "Visits and events", "News and media", "Opportunities", "Contact"],
    "ar": ["عن المكتب", "الشراكات", "الزيارات والفعاليات", "الأخبار والإعلام", "الفرص", "اتصل بنا"],
}  # fmt: skip


def navigation(html):
    return html[html.index('id="main-nav"') : html.index("</nav>", html.index('id="main-nav"'))]


def entries(nav):
    return [
        re.sub(r"<[^>]+>", "", label).strip()
        for label in re.findall(
            r'<li class="nav-entry[^"]*">\s*(?:<details[^>]*>\s*<summary>(.*?)</summary>|<a[^>]*>(.*?)</a>)',
            nav,
            re.S,
        )
        for label in label
        if label
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_six_entries_group_every_section(client, site, lang):
    page = PageFactory(in_navigation=True)
    nav = navigation(client.get(f"/{lang}/").content.decode())
    assert entries(nav) == LABELS[lang]
    for path in ("partners", "agreements", "partners/countries", "partners/memberships",
                 "exchange", "visits", "exhibitions", "news", "statements", "publications",
                 "opportunities", "contact", "sitemap"):  # fmt: skip
        assert f'href="/{lang}/{path}/"' in nav, path
    assert f'href="/{lang}/about/{page.slug}/"' in nav
    assert '<summary class="nav-toggle">' in nav


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_section_of_the_page_is_marked(client, site, lang):
    article = ArticleFactory()
    nav = navigation(client.get(f"/{lang}/news/{article.slug}/").content.decode())
    current = re.findall(
        r'<li class="nav-entry is-current">\s*<details[^>]*>\s*<summary>(.*?)<', nav
    )
    assert current == [LABELS[lang][3]]
    assert 'aria-current="page"' not in nav  # a detail page is not the list itself
    nav = navigation(client.get(f"/{lang}/news/").content.decode())
    assert f'<a href="/{lang}/news/" aria-current="page">' in nav
    nav = navigation(client.get(f"/{lang}/contact/").content.decode())
    assert f'<a href="/{lang}/contact/" aria-current="page">' in nav
