"""The site shell in a real browser: RTL/LTR, 320 px, keyboard, WCAG 2.1 AA, no JavaScript."""

import pytest

from tests.e2e.conftest import axe_violations

PAGES = ["/{lang}/", "/{lang}/about/vision-mission-objectives/", "/{lang}/contact/"]


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_pages_meet_wcag_aa(live_server, demo_site, open_page, lang, path):
    page = open_page(live_server.url + path.format(lang=lang))
    assert page.get_attribute("html", "lang") == lang
    assert axe_violations(page) == []


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_no_horizontal_scroll_at_320_px(live_server, demo_site, open_page, lang, direction):
    for path in PAGES:
        page = open_page(live_server.url + path.format(lang=lang), width=320)
        assert page.evaluate("getComputedStyle(document.documentElement).direction") == direction
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} overflows by {overflow}px at 320px"


def test_skip_link_is_first_and_moves_focus_to_main(live_server, demo_site, open_page):
    page = open_page(live_server.url + "/ar/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "الانتقال إلى المحتوى الرئيسي"
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_language_switch_keeps_the_page(live_server, demo_site, open_page):
    page = open_page(live_server.url + "/en/about/about-us/", javascript=False)
    page.get_by_role("link", name="العربية").click()
    assert page.url.endswith("/ar/about/about-us/")
    assert page.get_attribute("html", "dir") == "rtl"


def test_contact_form_works_without_javascript(live_server, demo_site, open_page):
    page = open_page(live_server.url + "/ar/contact/", javascript=False, width=375)
    page.get_by_label("الاسم").fill("سلمى")
    page.get_by_label("البريد الإلكتروني").fill("salma@example.org")
    page.get_by_label("الموضوع").fill("زيارة أكاديمية")
    page.get_by_label("الرسالة").fill("أرغب في الاستفسار عن برامج التبادل.")
    page.get_by_role("button", name="إرسال الرسالة").click()
    assert page.url.endswith("/ar/contact/thanks/")
    assert page.get_by_role("heading", level=1).inner_text() == "شكرًا لرسالتك"
