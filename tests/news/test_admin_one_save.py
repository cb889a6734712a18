"""An article with a picture is published in one save through the admin form (issue 16).

Each test posts the form the admin page renders (tests/admin_forms.py), as an editor would.
"""

import re

import pytest

from intloffice.publishing import Status
from news.models import Article
from tests.admin_forms import admin_form
from tests.media import samples

pytestmark = pytest.mark.django_db

URL = "/admin/news/article/add/"

FULL_ARTICLE = {
    "title_ar": "الجامعة تستقبل وفدًا من ليون",
    "title_en": "The university welcomes a delegation from Lyon",
    "summary_ar": "زيارة لمدة يومين.",
    "summary_en": "A two-day visit.",
    "body_ar": "<p>استقبلت الجامعة وفدًا.</p>",
    "body_en": "<p>The university welcomed a delegation.</p>",
    "image_alt_ar": "الوفد أمام المكتبة",
    "image_alt_en": "The delegation in front of the library",
    "kind": "news",
    "status": Status.PUBLISHED,
}


def error_fields(html):
    """Names of the form rows that carry an error, in the order of the page."""
    return re.findall(r'<div class="form-row errors field-(\w+)', html)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_full_bilingual_article_with_a_picture_is_published_in_one_save(staff_client, language):
    data = admin_form(
        staff_client.get(URL).content.decode(), **FULL_ARTICLE, image=samples.GOOD_IMAGES["jpeg"]()
    )
    response = staff_client.post(URL, data, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 302
    article = Article.objects.published().get()
    assert article.image and article.image_alt_ar == FULL_ARTICLE["image_alt_ar"]


def test_a_decorative_picture_needs_no_description(staff_client):
    data = admin_form(
        staff_client.get(URL).content.decode(),
        **{**FULL_ARTICLE, "image_alt_ar": "", "image_alt_en": ""},
        image=samples.GOOD_IMAGES["jpeg"](),
        image_decorative="on",
    )
    assert staff_client.post(URL, data).status_code == 302
    assert Article.objects.published().get().image_decorative


@pytest.mark.parametrize(
    ("language", "decorative", "publish"),
    [
        ("en", "Decorative picture", "choose that language under “This language only”"),
        ("ar", "صورة زخرفية", "فاختر تلك اللغة في «هذه اللغة فقط»"),
    ],
)
def test_one_save_lists_every_missing_field_of_both_languages(
    staff_client, language, decorative, publish
):
    html = staff_client.get(URL, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert 'name="image_decorative"' in html  # the control the message names is there
    data = admin_form(
        html,
        kind="news",
        status=Status.PUBLISHED,
        title_en="Only an English title",
        image=samples.GOOD_IMAGES["jpeg"](),
    )
    response = staff_client.post(URL, data, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    page = response.content.decode()
    rows = set(error_fields(page))
    assert {"title_ar", "body_ar", "body_en", "image_alt_ar", "image_alt_en"} <= rows
    assert "title_en" not in rows
    assert page.count(f"“{decorative}”" if language == "en" else f"«{decorative}»") == 2
    assert publish in page
    assert not Article.objects.exists()


def test_a_refused_save_keeps_the_uploaded_picture_for_the_next_try(staff_client):
    data = admin_form(
        staff_client.get(URL).content.decode(),
        **{**FULL_ARTICLE, "title_ar": ""},
        image=samples.GOOD_IMAGES["jpeg"](),
    )
    refused = staff_client.post(URL, data, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert error_fields(refused) == ["title_ar"]
    assert "Kept from your last try: photo.jpg" in refused
    # The editor fills in the title and saves again without choosing the file again.
    again = admin_form(refused, title_ar=FULL_ARTICLE["title_ar"])
    assert "image" not in again and again["image__kept"]
    assert staff_client.post(URL, again).status_code == 302
    article = Article.objects.published().get()
    assert article.image and article.image.name.startswith("news/")


def test_a_forged_or_foreign_kept_token_is_ignored(staff_client):
    data = admin_form(
        staff_client.get(URL).content.decode(),
        **FULL_ARTICLE,
        image__kept="eyJwYXRoIjoiLi4vc2V0dGluZ3MucHkifQ:forged",
    )
    assert staff_client.post(URL, data).status_code == 302  # saved, without a picture
    assert not Article.objects.get().image
