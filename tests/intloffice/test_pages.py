"""Office pages and the publishing rule every public model follows."""

import datetime

import pytest
from django.utils import timezone

from intloffice.models import Page
from intloffice.publishing import Status
from tests.factories import ObjectiveFactory, PageFactory

pytestmark = pytest.mark.django_db


def test_published_verb_excludes_drafts_and_scheduled_items():
    live = PageFactory()
    PageFactory(status=Status.DRAFT)
    PageFactory(published_at=timezone.now() + datetime.timedelta(days=1))
    assert list(Page.objects.published()) == [live]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_page_shows_title_body_objectives_and_last_updated(client, site, lang):
    page = PageFactory(body_en="<p>English body.</p>", body_ar="<p>نص عربي.</p>")
    ObjectiveFactory(page=page, text_en="Build partnerships", text_ar="إقامة الشراكات", order=1)
    ObjectiveFactory(page=page, text_en="Exchange visits", text_ar="تبادل الزيارات", order=2)
    html = client.get(f"/{lang}/about/{page.slug}/").content.decode()
    if lang == "en":
        assert f"<h1>{page.title_en}</h1>" in html
        assert "<p>English body.</p>" in html
        assert html.index("Build partnerships") < html.index("Exchange visits")
        assert "Last updated" in html
    else:
        assert f"<h1>{page.title_ar}</h1>" in html
        assert "<p>نص عربي.</p>" in html
        assert html.index("إقامة الشراكات") < html.index("تبادل الزيارات")
        assert "آخر تحديث" in html
        assert "هـ" in html  # Hijri date beside the Gregorian one
    assert (
        f'datetime="{timezone.localtime(page.updated_at).replace(microsecond=0).isoformat()}"'
        in html
    )


def test_draft_and_scheduled_pages_are_404_for_visitors(client, site):
    draft = PageFactory(status=Status.DRAFT)
    scheduled = PageFactory(published_at=timezone.now() + datetime.timedelta(days=2))
    assert client.get(f"/en/about/{draft.slug}/").status_code == 404
    assert client.get(f"/ar/about/{scheduled.slug}/").status_code == 404


def test_staff_preview_drafts_with_a_visible_banner(staff_client, site):
    draft = PageFactory(status=Status.DRAFT)
    response = staff_client.get(f"/en/about/{draft.slug}/")
    assert response.status_code == 200
    assert "Draft preview" in response.content.decode()
    scheduled = PageFactory(published_at=timezone.now() + datetime.timedelta(days=2))
    html = staff_client.get(f"/ar/about/{scheduled.slug}/").content.decode()
    assert "معاينة مسودة" in html and "مجدول" in html


def test_published_page_has_no_banner_for_staff(staff_client, site):
    page = PageFactory()
    assert "Draft preview" not in staff_client.get(f"/en/about/{page.slug}/").content.decode()


def test_one_language_item_is_shown_in_its_language_with_lang_marking(client, site):
    page = PageFactory(
        title_en="",
        summary_en="",
        body_en="",
        title_ar="بيان باللغة العربية",
        body_ar="<p>نص</p>",
        only_language="ar",
    )
    html = client.get(f"/en/about/{page.slug}/").content.decode()
    assert '<h1 lang="ar" dir="rtl" data-fallback="بالعربية">بيان باللغة العربية</h1>' in html
    assert "available in one language only" in html


@pytest.mark.parametrize("count", [1, 6])
def test_page_detail_runs_a_fixed_number_of_queries(client, site, django_assert_num_queries, count):
    page = PageFactory(in_navigation=True)
    for index in range(count):
        PageFactory(in_navigation=True)
        ObjectiveFactory(page=page, order=index)
    client.get(f"/en/about/{page.slug}/")  # warm the site settings cache
    # page, its objectives, the navigation
    with django_assert_num_queries(3):
        assert client.get(f"/en/about/{page.slug}/").status_code == 200


def test_rich_text_is_sanitised_on_save_in_both_languages():
    page = PageFactory(
        body_en='<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>',
        body_ar='<p style="color:red" dir="rtl">مرحبا</p><img src="https://evil.example/x.png">',
    )
    page.refresh_from_db()
    assert page.body_en == '<p>Hi</p><a rel="noopener noreferrer">x</a>'
    assert page.body_ar == '<p dir="rtl">مرحبا</p><img>'
