"""Text missing in the visitor's language shows the other language's, marked with ``lang``,
``dir`` and a small note ("in English" / "بالعربية") — on every content type, both ways."""

import re

import pytest

from tests.factories import ObjectiveFactory, PageFactory
from tests.news.factories import (
    ArticleFactory,
    CategoryFactory,
    PublicationFactory,
    StatementFactory,
)
from tests.partners.factories import AgreementFactory, MembershipFactory, PartnerFactory
from tests.visits.factories import (
    ParticipantFactory,
    PersonFactory,
    VisitFactory,
    VisitPhotoFactory,
)

pytestmark = pytest.mark.django_db

TEXT = {"ar": "نص عربي وحده {}", "en": "English text alone {}"}
NOTE = {"ar": "بالعربية", "en": "in English"}
DIRECTION = {"ar": "rtl", "en": "ltr"}


def only(have, n, *fields):
    """Keyword arguments filling ``fields`` in language ``have`` only."""
    missing = "en" if have == "ar" else "ar"
    values = {}
    for index, field in enumerate(fields):
        values[f"{field}_{have}"] = TEXT[have].format(f"{n}.{index}")
        values[f"{field}_{missing}"] = ""
    return values


def page(have):
    item = PageFactory(**only(have, 1, "title", "summary", "body"))
    ObjectiveFactory(page=item, **only(have, 2, "text"))
    return [item.get_absolute_url()], 4


def site_settings(have):
    from intloffice.models import SiteSettings

    site = SiteSettings.get_solo()
    for field, value in only(have, 3, "office_name", "university_name", "intro").items():
        setattr(site, field, value)
    site.save()
    return ["/{lang}/"], 3


def partner(have):
    item = PartnerFactory(**only(have, 4, "name", "city", "description"))
    return ["/{lang}/partners/", item.get_absolute_url()], 3


def agreement(have):
    item = AgreementFactory(partners=[PartnerFactory()], **only(have, 5, "title", "summary"))
    return ["/{lang}/agreements/", item.get_absolute_url()], 2


def membership(have):
    MembershipFactory(**only(have, 6, "role", "note"))
    return ["/{lang}/partners/memberships/"], 2


def visit(have):
    item = VisitFactory(**only(have, 7, "title", "summary", "city", "body"))
    ParticipantFactory(visit=item, person=PersonFactory(**only(have, 8, "name", "position")))
    VisitPhotoFactory(visit=item, **only(have, 9, "caption"))
    return ["/{lang}/visits/", item.get_absolute_url()], 7


def article(have):
    item = ArticleFactory(
        category=CategoryFactory(**only(have, 10, "name")),
        **only(have, 11, "title", "summary", "body"),
    )
    return ["/{lang}/news/", item.get_absolute_url()], 4


def statement(have):
    item = StatementFactory(**only(have, 12, "title", "body", "issued_by"))
    return ["/{lang}/statements/", item.get_absolute_url()], 3


def publication(have):
    item = PublicationFactory(**only(have, 13, "title", "series", "description"))
    return ["/{lang}/publications/", item.get_absolute_url()], 3


CONTENT_TYPES = [
    page, site_settings, partner, agreement, membership, visit, article, statement, publication
]  # fmt: skip


@pytest.mark.parametrize("have", ["ar", "en"])
@pytest.mark.parametrize("make", CONTENT_TYPES, ids=lambda make: make.__name__)
def test_fallback_text_is_marked_on_every_content_type(client, site, make, have):
    visitor = "en" if have == "ar" else "ar"
    urls, expected = make(have)
    marked = set()
    for url in urls:
        url = url.format(lang=visitor).replace(f"/{have}/", f"/{visitor}/", 1)
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert ">None<" not in html and not re.search(r"<h1[^>]*>\s*</h1>", html)
        marker = f'lang="{have}" dir="{DIRECTION[have]}" data-fallback="{NOTE[have]}">'
        for text in re.findall(re.escape(TEXT[have].format("")) + r"[\d.]+", html):
            # each fallback text sits in an element marked with its language
            assert re.search(re.escape(marker) + r"(?:\s|<[^>]+>)*" + re.escape(text), html), (
                url,
                text,
            )
            marked.add(text)
    assert len(marked) == expected, sorted(marked)


def test_the_note_is_styled_by_the_one_stylesheet():
    from django.conf import settings

    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    assert "[data-fallback]::after" in css and "attr(data-fallback)" in css


def test_text_in_the_visitors_language_is_not_marked(client, site):
    item = PageFactory()
    html = client.get(f"/en{item.get_absolute_url()[3:]}").content.decode()
    assert "data-fallback" not in html
