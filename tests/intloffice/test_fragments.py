"""Cached fragments (intloffice/fragments.py, issue 15): a page-cache miss assembles cards,
home blocks, the navigation and the footer from the shared cache, and every change a visitor
must see renders them anew — a save in their app, a scheduled item coming due, a deadline
passing, an interface translation edited in the browser, the site settings."""

import datetime
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intloffice import catalogue
from intloffice.cache import content_changed, next_change
from intloffice.lists import PAGE_SIZE
from intloffice.models import InterfaceTranslation, SiteSettings
from news.models import Article, Statement
from partners.models import Agreement, Partner
from tests.news.factories import ArticleFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import VisitFactory
from visits.models import Visit

pytestmark = pytest.mark.django_db
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE = True


def _page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _drawn_then_kept(client, path, text):
    """The queries ``path`` runs when asked again (``text`` on it both times)."""
    assert text in _page(client, path)
    with CaptureQueriesContext(connection) as kept:
        assert text in _page(client, path)
    return [query["sql"] for query in kept]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_card_is_rendered_once_then_anew_when_its_app_changes(client, site, lang):
    article = ArticleFactory(title_en="Tapir exchange", title_ar="تبادل التابير")
    first = {"ar": "تبادل التابير", "en": "Tapir exchange"}[lang]
    for path in (f"/{lang}/news/", f"/{lang}/"):
        assert first in _page(client, path)
    # A write that sends no signal changes nothing visible: the cards come from the cache.
    Article.objects.filter(pk=article.pk).update(title_en="Okapi exchange", title_ar="تبادل")
    for path in (f"/{lang}/news/", f"/{lang}/"):
        assert first in _page(client, path)
    # A save (the admin, the shell, a command) is visible on the next request.
    article.refresh_from_db()
    article.title_en, article.title_ar = "Zebra exchange", "تبادل الحمار الوحشي"
    article.save()
    now = {"ar": "تبادل الحمار الوحشي", "en": "Zebra exchange"}[lang]
    for path in (f"/{lang}/news/", f"/{lang}/"):
        html = _page(client, path)
        assert now in html and first not in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_saving_one_article_renders_its_card_alone_and_a_related_row_renews_the_card(
    client, site, lang
):
    saved = ArticleFactory(title_en="Tapir exchange", title_ar="تبادل التابير")
    kept = ArticleFactory(title_en="Okapi exchange", title_ar="تبادل الأوكابي")
    kept_title = {"ar": "تبادل الأوكابي", "en": "Okapi exchange"}[lang]
    assert kept_title in _page(client, f"/{lang}/news/")
    Article.objects.filter(pk=kept.pk).update(title_en="Unseen", title_ar="غير مرئي")  # no signal
    saved.title_en, saved.title_ar = "Zebra exchange", "تبادل الحمار الوحشي"
    saved.save()
    response = client.get(f"/{lang}/news/")
    html = response.content.decode()
    assert {"ar": "تبادل الحمار الوحشي", "en": "Zebra exchange"}[lang] in html
    assert kept_title in html  # the other card was kept: its article did not change
    cards = [t for t in response.templates if t.name == "news/includes/article_card.html"]
    assert len(cards) == 1  # the saved article's alone
    # Another model of the app that a card shows (its category) renews the cards.
    kept.category.name_en, kept.category.name_ar = "Tapir affairs", "شؤون التابير"
    kept.category.save()
    html = _page(client, f"/{lang}/news/")
    assert {"ar": "شؤون التابير", "en": "Tapir affairs"}[lang] in html
    assert {"ar": "غير مرئي", "en": "Unseen"}[lang] in html


def test_a_save_of_some_fields_stamps_the_item_and_renews_its_card(client, site):
    article = ArticleFactory(title_en="Tapir exchange")
    assert "Tapir exchange" in _page(client, "/en/news/")
    stamped = article.updated_at
    article.title_en = "Zebra exchange"
    article.save(update_fields=["title_en"])
    article.refresh_from_db()
    assert article.updated_at > stamped
    assert "Zebra exchange" in _page(client, "/en/news/")
    stamped = article.updated_at
    article.save(update_fields=[])  # nothing to save, as in Django: not stamped either
    assert Article.objects.get(pk=article.pk).updated_at == stamped


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_home_statement_block_is_kept_when_an_article_is_saved(client, site, lang):
    statement = StatementFactory(title_en="On the floods", title_ar="بشأن الفيضانات")
    title = {"ar": "بشأن الفيضانات", "en": "On the floods"}[lang]
    assert title in _page(client, f"/{lang}/")
    Statement.objects.filter(pk=statement.pk).update(title_en="Unseen", title_ar="غير مرئي")
    ArticleFactory(title_en="New article", title_ar="خبر جديد")
    html = _page(client, f"/{lang}/")
    assert title in html and {"ar": "خبر جديد", "en": "New article"}[lang] in html
    statement.refresh_from_db()
    statement.save()  # a statement saved renews the block
    assert {"ar": "غير مرئي", "en": "Unseen"}[lang] in _page(client, f"/{lang}/")


def test_the_next_change_is_the_earliest_of_every_source_and_asks_only_what_changed(site):
    now = timezone.now()
    article = ArticleFactory(published_at=now + datetime.timedelta(hours=3))
    VisitFactory(published_at=now + datetime.timedelta(hours=2))
    deadline = OpportunityFactory(deadline=now + datetime.timedelta(hours=1)).deadline
    with CaptureQueriesContext(connection) as cold:
        assert next_change() == deadline
    assert len(cold) == 1  # every source at once
    article.published_at = now + datetime.timedelta(minutes=30)
    article.save()
    with CaptureQueriesContext(connection) as after_a_save:
        assert next_change() == article.published_at
    assert len(after_a_save) == 1 and "news_article" in after_a_save[0]["sql"]
    assert "visits_visit" not in after_a_save[0]["sql"]
    with CaptureQueriesContext(connection) as kept:
        assert next_change() == article.published_at
    assert len(kept) == 0
    article.delete()
    assert next_change() == deadline


def test_a_save_in_one_app_keeps_the_other_apps_cards(client, site):
    visit = VisitFactory(title_en="Delegation from Kyoto")
    assert "Delegation from Kyoto" in _page(client, "/en/visits/")
    Visit.objects.filter(pk=visit.pk).update(title_en="Delegation from Osaka")
    ArticleFactory(title_en="An unrelated article")  # the news app changed, not visits
    assert "Delegation from Kyoto" in _page(client, "/en/visits/")
    content_changed()  # a bulk change: every app's fragments are renewed
    assert "Delegation from Osaka" in _page(client, "/en/visits/")


def test_a_card_that_shows_another_apps_content_follows_it(client, site):
    partner = PartnerFactory(name_en="Tapir University", name_ar="جامعة التابير")
    OpportunityFactory(provider_partner=partner, provider_name_en="", provider_name_ar="")
    for lang, name in (("en", "Tapir University"), ("ar", "جامعة التابير")):
        assert name in _page(client, f"/{lang}/opportunities/")
    partner.name_en, partner.name_ar = "Okapi University", "جامعة الأوكابي"
    partner.save()
    for lang, name in (("en", "Okapi University"), ("ar", "جامعة الأوكابي")):
        assert name in _page(client, f"/{lang}/opportunities/")


def test_a_scheduled_item_appears_on_time_through_cached_blocks(client, site):
    ArticleFactory(title_en="Already out")
    due = timezone.now() + datetime.timedelta(seconds=2)
    ArticleFactory(title_en="Scheduled news", published_at=due)
    html = _page(client, "/en/")
    assert "Already out" in html and "Scheduled news" not in html
    assert "Scheduled news" not in _page(client, "/en/news/")
    time.sleep(max(0, (due - timezone.now()).total_seconds()) + 1.1)
    assert "Scheduled news" in _page(client, "/en/")
    assert "Scheduled news" in _page(client, "/en/news/")


def test_an_opportunity_card_turns_closed_at_its_deadline_not_at_midnight(client, site):
    deadline = timezone.now() + datetime.timedelta(seconds=2)
    OpportunityFactory(title_en="Summer school", deadline=deadline)
    html = _page(client, "/en/opportunities/")  # its card is cached, open
    assert "Summer school" in html and "is-closed" not in html
    time.sleep(max(0, (deadline - timezone.now()).total_seconds()) + 1.1)
    listing = _page(client, "/en/opportunities/?status=closed")
    assert "Summer school" in listing and "is-closed" in listing


def test_no_page_is_kept_past_an_opportunitys_deadline(client, site, settings):
    """The page cache and its Cache-Control too: a deadline is a moment pages change by
    themselves (plugins.moments), as a scheduled publication is."""
    settings.PAGE_CACHE_SECONDS = 300
    deadline = timezone.now() + datetime.timedelta(seconds=2)
    OpportunityFactory(title_en="Summer school", deadline=deadline)
    first = client.get("/en/opportunities/")
    assert "Summer school" in first.content.decode()
    assert int(first["Cache-Control"].rpartition("max-age=")[2]) <= 2
    assert client.get("/en/opportunities/")["X-Cache"] == "hit"
    time.sleep(max(0, (deadline - timezone.now()).total_seconds()) + 1.1)
    after = client.get("/en/opportunities/")  # open and upcoming only, by default
    assert after.get("X-Cache") != "hit" and "Summer school" not in after.content.decode()


def test_an_interface_translation_edited_in_the_browser_renews_the_fragments(client, site):
    assert "جديد في الموقع" not in _page(client, "/ar/")
    InterfaceTranslation.objects.bulk_create(  # no signal: the catalogue version alone tells
        [
            InterfaceTranslation(
                language="ar",
                key=catalogue.entry_key(None, "On this site"),
                msgid="On this site",
                msgstr="جديد في الموقع",
            )
        ]
    )
    catalogue.catalogue_changed()
    assert "جديد في الموقع" in _page(client, "/ar/")  # the footer, a cached fragment
    assert "جديد في الموقع" not in _page(client, "/en/")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_site_settings_renew_the_header_and_footer(client, site, lang):
    _page(client, f"/{lang}/news/")
    settings = SiteSettings.get_solo()
    settings.office_name_en = settings.office_name_ar = "Office of Tapirs"
    settings.phone = "+970 8 000 0000"
    settings.save()
    html = _page(client, f"/{lang}/news/")
    assert html.count("Office of Tapirs") >= 2  # the header's brand and the <title>
    assert "+970 8 000 0000" in html  # the footer


def test_the_navigation_marks_the_page_it_is_on_each_time(client, site):
    news = _page(client, "/en/news/")
    visits = _page(client, "/en/visits/")
    assert 'href="/en/news/" aria-current="page"' in news
    assert 'href="/en/visits/" aria-current="page"' in visits
    assert 'href="/en/news/" aria-current="page"' not in visits


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_pages_sections_are_kept_until_their_app_or_the_page_changes(client, site, lang):
    partner = PartnerFactory(name_en="Tapir University", name_ar="جامعة التابير")
    visit = VisitFactory(host_partner=partner, title_en="Tapir delegation", title_ar="وفد التابير")
    path = f"/{lang}/partners/{partner.slug}/"
    first = {"ar": "وفد التابير", "en": "Tapir delegation"}[lang]
    with CaptureQueriesContext(connection) as rendered:
        assert first in _page(client, path)
    # Kept: a page rendered anew runs none of the section's queries.
    with CaptureQueriesContext(connection) as assembled:
        assert first in _page(client, path)
    assert len(assembled) < len(rendered)
    assert not any("visits_visit" in query["sql"] for query in assembled)
    Visit.objects.filter(pk=visit.pk).update(title_en="Okapi delegation", title_ar="وفد")
    assert first in _page(client, path)  # a write that sends no signal changes nothing
    # A save in the section's app renews it…
    visit.refresh_from_db()
    visit.title_en, visit.title_ar = "Zebra delegation", "وفد الحمار الوحشي"
    visit.save()
    now = {"ar": "وفد الحمار الوحشي", "en": "Zebra delegation"}[lang]
    html = _page(client, path)
    assert now in html and first not in html
    # Another partner's page has sections of its own.
    other = PartnerFactory(name_en="Okapi College")
    assert now not in _page(client, f"/{lang}/partners/{other.slug}/")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_item_pages_body_is_kept_until_its_app_changes(client, site, lang):
    partner = PartnerFactory(name_en="Tapir University", name_ar="جامعة التابير")
    agreement = AgreementFactory(
        partners=[partner], title_en="Tapir accord", title_ar="اتفاق التابير"
    )
    path = f"/{lang}/partners/{partner.slug}/"
    title = {"ar": "اتفاق التابير", "en": "Tapir accord"}[lang]
    assert title in _page(client, path)
    with CaptureQueriesContext(connection) as kept:
        assert title in _page(client, path)
    assert len(kept) == 0  # the partner (remembered), the body, its agreements and sections
    Agreement.objects.filter(pk=agreement.pk).update(
        title_en="Okapi accord", title_ar="عقد الأوكابي"
    )
    assert title in _page(client, path)  # a write that sends no signal changes nothing
    agreement.refresh_from_db()
    agreement.title_en, agreement.title_ar = "Zebra accord", "ميثاق"
    agreement.save()
    html = _page(client, path)
    assert {"ar": "ميثاق", "en": "Zebra accord"}[lang] in html and title not in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_lists_results_are_kept_per_filter_and_page_until_their_app_changes(client, site, lang):
    partner = PartnerFactory(name_en="Tapir University", name_ar="جامعة التابير")
    path = f"/{lang}/partners/?country={partner.country.code}"
    first = {"ar": "جامعة التابير", "en": "Tapir University"}[lang]
    kept = _drawn_then_kept(client, path, first)
    assert not any("partners_partner" in sql for sql in kept)  # no row query
    Partner.objects.filter(pk=partner.pk).update(name_en="Okapi University", name_ar="أوكابي")
    assert first in _page(client, path)  # a write that sends no signal changes nothing
    # A parameter the page does not read is not carried into another visitor's links.
    PartnerFactory.create_batch(PAGE_SIZE, country=partner.country)  # a second page
    stray = _page(client, f"{path}&utm_source=mail")
    assert "utm_source=mail&amp;page=2" in stray
    assert "page=2" in _page(client, path) and "utm_source" not in _page(client, path)
    # Free text is not kept: the search finds what the database holds now.
    assert "Okapi" in _page(client, "/en/partners/?q=Okapi")
    partner.refresh_from_db()
    partner.name_en, partner.name_ar = "Aardvark University", "أكاديمية الحمار الوحشي"
    partner.save()  # first in name order: on page one
    now = {"ar": "أكاديمية الحمار الوحشي", "en": "Aardvark University"}[lang]
    html = _page(client, path)
    assert now in html and first not in html


def _head(html):
    return html.split("</head>", 1)[0]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_heads_links_are_kept_per_address_and_follow_what_the_page_shows(
    client, site, lang, settings
):
    """The <head>'s links and share tags and the header (language switch) are kept per page
    key — host, path and declared parameters — and per title, description and picture."""
    other = {"ar": "en", "en": "ar"}[lang]
    first, second = PartnerFactory(), PartnerFactory()
    PartnerFactory.create_batch(PAGE_SIZE, country=first.country)  # two pages there
    for partner in (first, second):
        for _ in range(2):  # drawn, then kept
            html = _page(client, f"/{lang}/partners/?country={partner.country.code}")
            code = partner.country.code
            assert (
                f'hreflang="{other}" href="http://testserver/{other}/partners/?country={code}"'
                in _head(html)
            )
            assert f'href="/{other}/partners/?country={code}" hreflang="{other}"' in html
    page_two = _page(client, f"/{lang}/partners/?country={first.country.code}&page=2")
    assert f'rel="canonical" href="http://testserver/{lang}/partners/?page=2"' in page_two
    assert "?page=2" not in _head(_page(client, f"/{lang}/partners/?country={first.country.code}"))
    # Another host is another key: its absolute addresses are its own.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.testserver"]
    html = client.get(f"/{lang}/partners/", HTTP_HOST="other.testserver").content.decode()
    assert f'href="http://other.testserver/{lang}/partners/"' in html
    assert 'href="http://testserver/' not in html
    # A parameter the page does not read is drawn every time, never kept for another visitor.
    stray = _page(client, f"/{lang}/partners/?utm_source=mail")
    assert "utm_source=mail" in stray
    assert "utm_source" not in _page(client, f"/{lang}/partners/")
    # An edited title reaches the <title> and the share tags on the next request.
    article = ArticleFactory(title_en="Tapir exchange", title_ar="تبادل التابير")
    path = f"/{lang}/news/{article.slug}/"
    assert "Tapir" in _head(_page(client, path)) or "التابير" in _head(_page(client, path))
    article.title_en, article.title_ar = "Okapi exchange", "تبادل الأوكابي"
    article.save()
    head = _head(_page(client, path))
    renamed = {"ar": "تبادل الأوكابي", "en": "Okapi exchange"}[lang]
    assert f'<meta property="og:title" content="{renamed}' in head
    assert "Tapir" not in head and "التابير" not in head


def test_after_a_deploy_nothing_the_old_release_drew_is_served(client, site, monkeypatch):
    ArticleFactory(title_en="Tapir exchange")
    _page(client, "/en/")
    with CaptureQueriesContext(connection) as kept:
        _page(client, "/en/")
    assert len(kept) == 0  # everything came from the kept fragments
    monkeypatch.setattr("intloffice.fragments.release", lambda: "another release")
    with CaptureQueriesContext(connection) as fresh:
        assert "Tapir exchange" in _page(client, "/en/")
    assert any("news_article" in query["sql"] for query in fresh)


def test_the_release_digest_follows_the_templates_code_and_catalogues(settings, tmp_path):
    from intloffice.fragments import release

    catalogue_dir = tmp_path / "locale"
    catalogue_dir.mkdir()
    (catalogue_dir / "django.mo").write_bytes(b"first")
    (catalogue_dir / "notes.md").write_text("not part of a release")
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, catalogue_dir]
    release.cache_clear()
    try:
        before = release()
        assert release() == before  # once a process
        (catalogue_dir / "notes.md").write_text("edited")
        release.cache_clear()
        assert release() == before
        (catalogue_dir / "django.mo").write_bytes(b"second")
        release.cache_clear()
        assert release() != before
    finally:
        release.cache_clear()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_shared_picture_is_remembered_until_its_item_changes(client, site, lang, settings):
    """The share tags and the structured data read a rendition's URL once a request, kept
    with the item's app; a new picture is shared on the next request."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from intloffice.demo_images import photo
    from tests.search.test_metadata import head, json_ld, meta

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.testserver"]
    article = ArticleFactory()
    article.image.save("hall.jpg", SimpleUploadedFile("hall.jpg", photo("hall").read()), save=True)
    path = f"/{lang}/news/{article.slug}/"
    first = meta(head(client.get(path)), "property", "og:image")
    assert len(first) == 1 and "/renditions/" in first[0]
    kept = head(client.get(path))
    assert meta(kept, "property", "og:image") == first
    assert json_ld(kept)["NewsArticle"]["image"] == first
    # The URL is kept relative: each host shares its own absolute address.
    other = head(client.get(path, HTTP_HOST="other.testserver"))
    assert meta(other, "property", "og:image") == [
        first[0].replace("http://testserver/", "http://other.testserver/")
    ]
    article.image.save("quay.jpg", SimpleUploadedFile("quay.jpg", photo("quay").read()), save=True)
    now = head(client.get(path))
    assert meta(now, "property", "og:image") != first
    assert "/renditions/" in meta(now, "property", "og:image")[0]
    assert json_ld(now)["NewsArticle"]["image"] == meta(now, "property", "og:image")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_item_page_reads_its_object_from_the_cache_until_anything_changes(
    client, admin_client, site, lang
):
    """A visitor's item page remembers its object (with what the view joins): a kept page runs
    no query; an edit, an unpublishing or a deletion shows on the next request; staff read
    the database (a draft preview); a page not found is never remembered."""
    from intloffice.publishing import Status

    article = ArticleFactory(title_en="Tapir exchange", title_ar="تبادل التابير")
    path = f"/{lang}/news/{article.slug}/"
    first = {"ar": "تبادل التابير", "en": "Tapir exchange"}[lang]
    assert _drawn_then_kept(client, path, first) == []
    article.title_en, article.title_ar = "Okapi exchange", "تبادل الأوكابي"
    article.save()
    now = {"ar": "تبادل الأوكابي", "en": "Okapi exchange"}[lang]
    html = _page(client, path)
    assert now in html and first not in html
    article.status = Status.DRAFT
    article.save()
    assert client.get(path).status_code == 404
    assert now in admin_client.get(path).content.decode()  # the preview, from the database
    assert client.get(path).status_code == 404  # not what staff saw
    article.status = Status.PUBLISHED
    article.save()
    assert now in _page(client, path)
    article.delete()
    assert client.get(path).status_code == 404
    # A scheduled item: not found (and nothing remembered) until its time comes.
    due = timezone.now() + datetime.timedelta(seconds=2)
    scheduled = ArticleFactory(title_en="Scheduled tapir", title_ar="تابير", published_at=due)
    later = f"/{lang}/news/{scheduled.slug}/"
    assert client.get(later).status_code == 404
    time.sleep(max(0, (due - timezone.now()).total_seconds()) + 1.1)
    assert client.get(later).status_code == 200
    assert client.get(f"/{lang}/news/no-such-article/").status_code == 404


def test_a_page_drawn_between_a_save_and_its_commit_is_not_kept(
    client, site, django_capture_on_commit_callbacks
):
    """The versions are bumped at the save and again when it commits: another server that
    drew the page in between, from the rows as they were, does not keep it."""
    article = ArticleFactory(title_en="Tapir exchange")
    assert "Tapir exchange" in _page(client, "/en/news/")
    with django_capture_on_commit_callbacks(execute=False) as on_commit:
        article.title_en = "Okapi exchange"
        article.save()
    # Another server reads before the commit: the old row, under the new versions.
    saved = Article.objects.filter(pk=article.pk).values("title_en", "updated_at").get()
    before = {"title_en": "Tapir exchange", "updated_at": saved["updated_at"] - SECOND}
    Article.objects.filter(pk=article.pk).update(**before)
    assert "Tapir exchange" in _page(client, "/en/news/")
    Article.objects.filter(pk=article.pk).update(**saved)  # the commit
    assert "Tapir exchange" in _page(client, "/en/news/")  # what that server kept…
    assert on_commit
    for callback in on_commit:
        callback()
    html = _page(client, "/en/news/")  # …is not served once the save has committed
    assert "Okapi exchange" in html and "Tapir exchange" not in html
