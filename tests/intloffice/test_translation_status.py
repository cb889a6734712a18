"""The translators' work list: "missing Arabic / English" admin filters and the translation
status page (intloffice/translation_status.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intloffice.publishing import Status
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, CategoryFactory
from tests.partners.factories import PartnerFactory
from tests.visits.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(site):
    return {
        "no_english_title": ArticleFactory(title_en="", title_ar="خبر بلا عنوان إنجليزي"),
        "no_arabic_summary": ArticleFactory(summary_ar="", title_en="Summary in English only"),
        "draft_no_english": ArticleFactory(title_en="", status=Status.DRAFT),
        "arabic_only": ArticleFactory(
            title_en="", summary_en="", body_en="", only_language="ar", title_ar="عربي فقط"
        ),
        "complete": ArticleFactory(title_en="Complete in both"),
    }


def listed(client, query):
    response = client.get(f"/admin/news/article/?{query}")
    assert response.status_code == 200
    return {article.pk for article in response.context["cl"].result_list}


def test_missing_language_filters_on_the_admin_list(staff_client, articles):
    a = articles
    assert listed(staff_client, "missing=en") == {
        a["no_english_title"].pk,
        a["draft_no_english"].pk,
    }
    assert listed(staff_client, "missing=ar") == {a["no_arabic_summary"].pk}
    assert listed(staff_client, "missing=en:title&status__exact=published") == {
        a["no_english_title"].pk
    }
    assert listed(staff_client, "missing=ar:title") == set()
    # a value that names no language or field lists nothing, never an error
    for bad in ("zz", "en:nonexistent", "en:slug", ":", "%D9%A1"):
        assert listed(staff_client, f"missing={bad}") == set()


@pytest.mark.parametrize(
    ("path", "model_admin"),
    [
        ("/admin/intloffice/page/", "page"),
        ("/admin/partners/partner/", "partner"),
        ("/admin/partners/agreement/", "agreement"),
        ("/admin/partners/membership/", "membership"),
        ("/admin/visits/visit/", "visit"),
        ("/admin/visits/person/", "person"),
        ("/admin/news/category/", "category"),
        ("/admin/news/statement/", "statement"),
        ("/admin/news/publication/", "publication"),
    ],
)
def test_every_translated_admin_list_has_the_filter(staff_client, path, model_admin):
    html = staff_client.get(path, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "?missing=ar" in html and "Missing Arabic" in html and "Missing English" in html


def status(client, language="en"):
    response = client.get("/admin/translation-status/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response


def test_status_page_counts_published_items_per_field_and_links_to_them(staff_client, articles):
    response = status(staff_client)
    rows = {str(row["name"]): row for row in response.context["rows"]}
    news = rows["articles"]
    assert news["total"] == 4  # the draft is not counted
    assert {code: n for code, n, _url in news["missing"]} == {"ar": 1, "en": 1}
    fields = {str(field["name"]): field for field in news["fields"]}
    (en_title,) = [(n, url) for code, n, url in fields["title"]["missing"] if code == "en"]
    assert en_title[0] == 1
    assert en_title[1] == "/admin/news/article/?missing=en%3Atitle&status__exact=published"
    assert listed(staff_client, en_title[1].split("?", 1)[1]) == {articles["no_english_title"].pk}
    html = response.content.decode()
    assert "Translation status" in html and f'href="{en_title[1].replace("&", "&amp;")}"' in html
    assert {"categories", "people", "partners", "pages", "visits", "statements"} <= set(rows)


def test_status_page_in_arabic_and_linked_from_the_admin_index(staff_client, articles):
    assert "حالة الترجمة" in status(staff_client, "ar").content.decode()
    assert "تنقصه الإنجليزيّة" in status(staff_client, "ar").content.decode()
    index = staff_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'href="/admin/translation-status/"' in index


def _queries(client):
    with CaptureQueriesContext(connection) as queries:
        status(client)
    return len(queries)


def test_status_page_runs_a_fixed_number_of_queries(staff_client, site):
    PageFactory(title_en="")
    ArticleFactory(title_en="")
    PartnerFactory(name_ar="")
    PersonFactory(position_en="")
    CategoryFactory(name_en="")
    small = _queries(staff_client)
    for _ in range(6):
        PageFactory(title_en="")
        ArticleFactory(summary_ar="")
        PartnerFactory(city_en="")
        PersonFactory(name_ar="")
        CategoryFactory()
    assert _queries(staff_client) == small


def test_status_page_shows_only_what_the_user_may_see(client, django_user_model, articles):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="editors"))
    client.force_login(editor)
    names = {str(row["name"]) for row in status(client).context["rows"]}
    assert "articles" in names and "partners" in names  # partners: read only, for linking
    assert "agreements" not in names and "memberships" not in names
