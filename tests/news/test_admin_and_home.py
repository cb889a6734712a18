"""Admin (actions, filters, forms), home blocks, sitemap and the demo command."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from intloffice.demo_images import photo
from intloffice.publishing import Status
from news.models import Article, Publication, Statement
from tests.sitemaps import sitemap_text

from .factories import ArticleFactory, PublicationFactory, PublicationFileFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["article", "statement", "publication", "category"])
def test_admin_lists_and_forms_load(staff_client, model):
    ArticleFactory()
    StatementFactory()
    PublicationFactory()
    assert staff_client.get(f"/admin/news/{model}/").status_code == 200
    assert staff_client.get(f"/admin/news/{model}/add/").status_code == 200


def test_admin_filters_by_kind_category_status_and_year(staff_client):
    old = ArticleFactory(published_at=timezone.now().replace(year=2021), kind="brief")
    new = ArticleFactory(kind="news")
    html = staff_client.get("/admin/news/article/?year=2021").content.decode()
    assert old.title_ar in html and new.title_ar not in html
    html = staff_client.get("/admin/news/article/?kind__exact=news&status__exact=published")
    assert new.title_ar in html.content.decode()
    assert staff_client.get("/admin/news/article/?year=abc").status_code == 200


def test_duplicate_article_as_draft_copies_text_and_picture(staff_client):
    article = ArticleFactory(featured=True, image_alt_en="A photo", image_alt_ar="صورة")
    article.image.save("a.jpg", photo("Original"), save=True)
    response = staff_client.post(
        "/admin/news/article/",
        {"action": "duplicate_as_draft", "_selected_action": [article.pk]},
        follow=True,
    )
    assert response.status_code == 200
    copy = Article.objects.get(slug=f"{article.slug}-copy")
    assert copy.status == Status.DRAFT and not copy.featured
    assert copy.title_en == article.title_en
    assert copy.image and copy.image.name != article.image.name
    assert Article.objects.published().count() == 1


def test_duplicate_magazine_issue_makes_the_next_issue(staff_client):
    issue = PublicationFactory(
        kind="magazine", series_en="Bridges", series_ar="جسور", issue_number=41
    )
    PublicationFileFactory(publication=issue)
    staff_client.post(
        "/admin/news/publication/",
        {"action": "duplicate_as_draft", "_selected_action": [issue.pk]},
    )
    copy = Publication.objects.get(slug=f"{issue.slug}-copy")
    assert copy.issue_number == 42
    assert copy.issued_on == issue.issued_on + datetime.timedelta(days=14)
    assert copy.status == Status.DRAFT and not copy.files.exists()


def test_article_with_image_but_no_alt_text_is_refused(staff_client):
    image = photo("No alt", width=200, height=120)
    data = {
        "title_ar": "عنوان",
        "title_en": "Title",
        "summary_ar": "",
        "summary_en": "",
        "body_ar": "<p>نص</p>",
        "body_en": "<p>Text</p>",
        "image": SimpleUploadedFile("x.jpg", image.read(), content_type="image/jpeg"),
        "image_alt_ar": "",
        "image_alt_en": "",
        "kind": "news",
        "slug": "no-alt",
        "status": "draft",
        "published_at_0": timezone.localdate().isoformat(),
        "published_at_1": "10:00:00",
        "only_language": "",
    }
    response = staff_client.post("/admin/news/article/add/", data)
    assert response.status_code == 200
    assert not Article.objects.exists()


def test_statement_history_is_visible_in_the_admin(staff_client):
    statement = StatementFactory()
    response = staff_client.get(f"/admin/news/statement/{statement.pk}/history/")
    assert response.status_code == 200


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_home_shows_latest_news_statement_and_magazine_issue(client, site, lang):
    ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=5))
    newest = ArticleFactory()
    statement = StatementFactory()
    issue = PublicationFactory(
        kind="magazine", series_en="Bridges", series_ar="جسور", issue_number=12
    )
    html = client.get(f"/{lang}/").content.decode()
    for obj in (newest, statement, issue):
        assert getattr(obj, f"title_{lang}") in html
    assert f'href="/{lang}/news/{newest.slug}/"' in html
    assert f'href="/{lang}/statements/{statement.slug}/"' in html
    assert f'href="/{lang}/publications/{issue.slug}/"' in html


def test_sitemap_lists_published_news_items_only(client):
    article = ArticleFactory()
    draft = ArticleFactory(status=Status.DRAFT)
    statement = StatementFactory()
    html = sitemap_text(client)
    assert f"/en/news/{article.slug}/" in html and f"/ar/news/{article.slug}/" in html
    assert f"/news/{draft.slug}/" not in html
    assert f"/statements/{statement.slug}/" in html


def test_seed_demo_is_complete_and_idempotent(client, uncached):
    call_command("seed_demo", verbosity=0)
    for kind in ("news", "press_release", "press_conference", "brief"):
        assert Article.objects.published().filter(kind=kind).count() >= 40
    dates = Article.objects.dates("published_at", "year")
    assert len(dates) >= 3
    for kind in ("position", "condolence", "congratulation", "condemnation", "solidarity"):
        assert Statement.objects.published().filter(kind=kind).count() >= 8
    issues = Publication.objects.filter(kind="magazine")
    assert issues.count() == 12
    assert {"leaflet", "catalogue", "film"} <= set(
        Publication.objects.values_list("kind", flat=True)
    )
    counts = (Article.objects.count(), Statement.objects.count(), Publication.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (
        Article.objects.count(),
        Statement.objects.count(),
        Publication.objects.count(),
    ) == counts
    # The demo's corrected statement shows its correction and its earlier wording.
    corrected = Statement.objects.get(slug="statement-position-1")
    html = client.get(f"/en/statements/{corrected.slug}/").content.decode()
    assert "Corrected on" in html
    history = client.get(f"/en/statements/{corrected.slug}/history/").content.decode()
    assert "faculty members must be free" in history
    # Every demo page answers.
    for path in ("/ar/news/", "/en/statements/", "/ar/publications/", "/en/"):
        assert client.get(path).status_code == 200


def test_seed_demo_scale_adds_archive_articles_in_bulk():
    call_command("seed_demo", scale=2, verbosity=0)
    assert Article.objects.filter(slug__startswith="archive-").count() == 42
