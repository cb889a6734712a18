"""/<lang>/publications/: grouped list, language versions labelled in their own language."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from intloffice.publishing import Status
from news.models import PublicationFile

from .factories import PublicationFactory, PublicationFileFactory

pytestmark = pytest.mark.django_db


def magazine_issue(number, **kwargs):
    return PublicationFactory(
        kind="magazine",
        series_en="Bridges of Knowledge",
        series_ar="جسور المعرفة",
        issue_number=number,
        issued_on=timezone.localdate() - datetime.timedelta(days=14 * (50 - number)),
        **kwargs,
    )


@pytest.mark.parametrize(
    ("lang", "series"), [("ar", "جسور المعرفة"), ("en", "Bridges of Knowledge")]
)
def test_list_groups_magazine_issues_by_series_then_other_kinds(client, site, lang, series):
    older, newer = magazine_issue(40), magazine_issue(41)
    leaflet = PublicationFactory(kind="leaflet")
    film = PublicationFactory(kind="film")
    PublicationFactory(status=Status.DRAFT, title_en="Unfinished", title_ar="غير مكتمل")
    html = client.get(f"/{lang}/publications/").content.decode()
    title = f"title_{lang}"
    assert f'<h3 class="series-title">{series}</h3>' in html
    assert html.index(getattr(newer, title)) < html.index(getattr(older, title))
    assert html.index(getattr(older, title)) < html.index(getattr(leaflet, title))
    assert html.index(getattr(leaflet, title)) < html.index(getattr(film, title))
    assert "Unfinished" not in html and "غير مكتمل" not in html
    assert ("Issue 41" if lang == "en" else "العدد 41") in html


def test_kind_filter_and_bad_kind(client, site):
    leaflet = PublicationFactory(kind="leaflet")
    film = PublicationFactory(kind="film")
    html = client.get("/en/publications/?kind=film").content.decode()
    assert film.title_en in html and leaflet.title_en not in html
    response = client.get("/ar/publications/?kind=podcast")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_detail_links_every_language_version_by_its_own_name(client, site, lang):
    publication = PublicationFactory(kind="leaflet")
    for order, code in enumerate(["ar", "fa", "fr", "ru"]):
        version = PublicationFile(publication=publication, language=code, order=order)
        version.document = SimpleUploadedFile(f"{code}.pdf", b"%PDF-1.4 x")
        version.save()
    PublicationFileFactory(publication=publication, language="en", order=9)
    html = client.get(f"/{lang}/publications/{publication.slug}/").content.decode()
    for name, code in [("فارسی", "fa"), ("Français", "fr"), ("Русский", "ru")]:
        assert f'<span lang="{code}" dir="{"rtl" if code == "fa" else "ltr"}">{name}</span>' in html
    assert 'href="https://media.example.org/film.mp4" hreflang="en"' in html
    assert html.count('type="application/pdf"') == 4


def test_unknown_or_draft_publication_is_404(client, site):
    draft = PublicationFactory(status=Status.DRAFT)
    assert client.get(f"/en/publications/{draft.slug}/").status_code == 404
    assert client.get("/en/publications/nothing-here/").status_code == 404


@pytest.mark.parametrize("count", [3, 15])
def test_list_and_detail_run_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    for number in range(count):
        issue = magazine_issue(number + 1)
        PublicationFileFactory(publication=issue, language="ar")
        PublicationFileFactory(publication=issue, language="fa")
    client.get("/en/publications/")
    with django_assert_num_queries(4):
        client.get("/en/publications/?kind=magazine")
    with django_assert_num_queries(3):
        client.get(f"/en/publications/{issue.slug}/")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_covers_are_shown_whole_not_cropped_to_a_landscape_card(client, site, lang):
    from intloffice.demo_images import cover

    issue = magazine_issue(42, cover_alt_en="Cover", cover_alt_ar="غلاف")
    issue.cover.save("c.jpg", cover(issue.title_en, issue.title_ar, issue.slug), save=True)
    for path in (f"/{lang}/publications/", f"/{lang}/"):
        html = client.get(path).content.decode()
        assert 'class="card-image card-cover"' in html, path
