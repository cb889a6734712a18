"""The main navigation for people (issue 16): six entries on one line at 1280 px in both
languages; on phones a compact "Menu" disclosure that works without JavaScript, 44 px targets."""

import pytest

from tests.e2e.conftest import DIRECTION

ENTRIES = """() => [...document.querySelectorAll('#main-nav .nav-entries > li')].map(li => {
    const box = li.getBoundingClientRect();
    return {top: Math.round(box.top), width: box.width, visible: box.width > 0 && box.height > 0};
})"""

SMALL_TARGETS = """() => [...document.querySelectorAll('#main-nav summary, #main-nav a')]
    .filter(e => { const r = e.getBoundingClientRect(); return r.width && r.height < 44; })
    .map(e => e.textContent.trim())"""


@pytest.fixture(autouse=True)
def _isolated(module_isolated):
    """The demo is seeded once for the module (``demo_server``), not once per test."""
    yield


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_six_entries_on_one_line_at_1280_px(demo_server, open_page, lang):
    for javascript in (True, False):
        page = open_page(f"{demo_server}/{lang}/partners/", javascript=javascript)
        assert page.locator("html").get_attribute("dir") == DIRECTION[lang]
        entries = page.evaluate(ENTRIES)
        assert len(entries) == 6 and all(entry["visible"] for entry in entries)
        assert len({entry["top"] for entry in entries}) == 1  # one line
        assert not page.locator("#main-nav .nav-toggle").is_visible()
        # The current section is marked; a group opens on click and shows its links.
        assert page.locator("#main-nav .nav-entry.is-current").count() == 1
        group = page.locator("#main-nav .nav-group").nth(1)
        group.locator("summary").click()
        links = group.locator(".nav-links a")
        assert links.first.is_visible()
        assert links.first.get_attribute("aria-current") == "page"  # the partners list
        assert page.evaluate(SMALL_TARGETS) == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_phone_menu_is_a_compact_disclosure_without_javascript(demo_server, open_page, lang):
    page = open_page(f"{demo_server}/{lang}/visits/", width=375, height=740, javascript=False)
    toggle = page.locator("#main-nav .nav-toggle")
    assert toggle.is_visible()
    nav = page.locator("#main-nav").bounding_box()
    assert nav["height"] <= 60  # one row, not four or five lines of links
    first_result = page.locator("main h1")
    assert first_result.bounding_box()["y"] < 740
    toggle.click()
    entries = page.evaluate(ENTRIES)
    assert len(entries) == 6 and all(entry["visible"] for entry in entries)
    page.locator("#main-nav .nav-group summary").nth(2).click()  # visits and events
    assert page.locator("#main-nav .nav-group").nth(2).locator("a").first.is_visible()
    assert page.evaluate(SMALL_TARGETS) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_keyboard_reaches_every_group_and_link(demo_server, open_page):
    page = open_page(f"{demo_server}/en/", width=1280)
    page.locator("#main-nav .nav-group summary").first.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # opens "Partnerships"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "/en/partners/"
