"""The site shell in a real browser: the skip link, the language switch, the contact form
without JavaScript. (WCAG 2.1 AA, RTL/LTR and 320 px on every page type: test_sections_browser.)"""


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
