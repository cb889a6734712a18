"""The bilingual shell: language prefixes, direction, alternates, landmarks, cookies, errors."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.factories import PageFactory
from tests.sitemaps import sitemap_locations

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("accept", "target"), [("en-GB,en;q=0.9", "/en/"), ("ar", "/ar/")])
def test_root_redirects_by_browser_language(client, site, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def test_root_without_a_known_language_goes_to_arabic(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/ar/"


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_html_lang_and_dir_follow_the_language(client, site, lang, direction):
    html = client.get(f"/{lang}/").content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html


def test_shell_has_landmarks_skip_link_and_one_h1(client, site):
    html = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main">Skip to main content</a>' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'aria-label="Main"' in html
    assert html.count("<h1") == 1
    assert "International Relations Office" in html  # office name from SiteSettings


def test_arabic_interface_is_translated(client, site):
    html = client.get("/ar/").content.decode()
    assert "الانتقال إلى المحتوى الرئيسي" in html
    assert "اتصل بنا" in html
    assert "مكتب العلاقات الدولية" in html


def test_language_switch_links_to_same_page_in_other_language(client, site):
    page = PageFactory(slug="about-us")
    html = client.get(f"/en/about/{page.slug}/?x=1").content.decode()
    assert re.search(
        r'<a href="/ar/about/about-us/\?x=1" hreflang="ar" lang="ar" dir="rtl">العربية</a>', html
    )
    html_ar = client.get(f"/ar/about/{page.slug}/").content.decode()
    assert 'href="/en/about/about-us/" hreflang="en" lang="en" dir="ltr">English</a>' in html_ar


def test_canonical_hreflang_and_x_default(client, site):
    PageFactory(slug="about-us")
    html = client.get("/ar/about/about-us/").content.decode()
    assert '<link rel="canonical" href="http://testserver/ar/about/about-us/">' in html
    assert (
        '<link rel="alternate" hreflang="ar" href="http://testserver/ar/about/about-us/">' in html
    )
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/about/about-us/">' in html
    )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/about/about-us/">'
        in html
    )
    # x-default redirects by the browser's language
    response = client.get("/about/about-us/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response["Location"] == "/en/about/about-us/"


def test_breadcrumbs_on_inner_pages(client, site):
    page = PageFactory()
    html = client.get(f"/en/about/{page.slug}/").content.decode()
    assert 'aria-label="Breadcrumb"' in html
    assert f'<a href="/en/about/{page.slug}/" aria-current="page">{page.title_en}</a>' in html


@pytest.mark.parametrize("path", ["/ar/", "/en/", "/en/about/about-us/", "/ar/about/about-us/"])
def test_anonymous_public_pages_set_no_cookie_and_do_not_vary_on_it(client, site, path):
    PageFactory(slug="about-us")
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    assert "public" in response["Cache-Control"]


def test_contact_page_sets_the_csrf_cookie(client, site):
    response = client.get("/en/contact/")
    assert "csrftoken" in response.cookies


@pytest.mark.parametrize(
    ("path", "text", "lang"),
    [
        ("/en/about/no-such-page/", "Page not found", "en"),
        ("/ar/about/no-such-page/", "الصفحة غير موجودة", "ar"),
        ("/ar/no/such/path/", "الصفحة غير موجودة", "ar"),
        ("/en/about/%E2%9C%93/", "Page not found", "en"),
    ],
)
def test_404_page_in_the_language_of_the_url(client, site, path, text, lang):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{lang}"' in html
    assert 'class="site-header"' in html  # styled like the site


def test_unknown_language_prefix_is_404(client, site):
    response = client.get("/fr/about/about-us/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_500_page_touches_no_database(rf, django_assert_num_queries):
    from intloffice.views import server_error

    with translation.override("ar"), django_assert_num_queries(0):
        response = server_error(rf.get("/ar/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "حدث خطأ من جهتنا" in html
    assert '<html lang="ar" dir="rtl">' in html


def test_500_through_the_stack(client, site, settings):
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    client.raise_request_exception = False
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            "intloffice.views.HomeView.get_context_data",
            lambda self, **kw: 1 / 0,
        )
        response = client.get("/en/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_names_the_failing_cache(client, settings):
    # A real Redis client pointed at a port where nothing listens.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable"}


def test_healthz_names_the_failing_database(client, monkeypatch):
    from django.db import OperationalError

    def broken(*args, **kwargs):
        raise OperationalError("database down")

    monkeypatch.setattr("intloffice.views.connection.cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "unavailable", "cache": "ok"}


def test_robots_txt_points_at_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_published_pages_in_both_languages(client, site):
    PageFactory(slug="about-us")
    PageFactory(slug="secret", status="draft")
    locations = sitemap_locations(client)
    assert "http://testserver/ar/about/about-us/" in locations
    assert "http://testserver/en/about/about-us/" in locations
    assert not any("secret" in loc for loc in locations)


def test_csp_forbids_inline_script_on_public_pages(client, site):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "<script>" not in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_page_cache_serves_and_invalidates_on_content_save(client, site):
    page = PageFactory(slug="about-us", title_en="Before")
    first = client.get("/en/about/about-us/")
    assert first["X-Cache"] == "miss"
    second = client.get("/en/about/about-us/")
    assert second["X-Cache"] == "hit"
    assert "Before" in second.content.decode()
    page.title_en = "After"
    page.save()
    third = client.get("/en/about/about-us/")
    assert third["X-Cache"] == "miss"
    assert "After" in third.content.decode()


@override_settings(PAGE_CACHE_SECONDS=300)
def test_logged_in_staff_bypass_the_page_cache(client, site, staff):
    PageFactory(slug="about-us")
    assert client.get("/en/about/about-us/")["X-Cache"] == "miss"
    assert client.get("/en/about/about-us/")["X-Cache"] == "hit"
    client.force_login(staff)
    response = client.get("/en/about/about-us/")
    assert response.status_code == 200
    assert "X-Cache" not in response  # neither served from the cache nor stored in it
    client.logout()
    assert client.get("/en/about/about-us/")["X-Cache"] == "hit"


def test_home_links_office_pages(client, site):
    page = PageFactory(title_en="Vision and mission", in_navigation=True)
    html = client.get(reverse("intloffice:home")).content.decode()
    assert f'href="/en/about/{page.slug}/"' in html
    assert "Vision and mission" in html


def test_header_shows_the_uploaded_logo_or_the_emblem(client, site):
    from pathlib import PurePosixPath

    from intloffice.demo_images import logo

    html = client.get("/en/").content.decode()
    assert '<img class="brand-logo" src="/static/img/emblem.svg"' in html
    site.logo.save("logo.png", logo("AU"))
    site.save()
    stem = PurePosixPath(site.logo.name).with_suffix("")
    html = client.get("/en/").content.decode()
    assert f'<img class="brand-logo" src="/media/renditions/{stem}/320.png"' in html
    assert "logo.png" not in html  # the uploaded name never reaches the page
