"""Lists on phones (issue 16): the filter form folds behind a "Filter" disclosure so the first
result shows on the first screen; tables become stacked rows readable at 320 px; card pictures
come in the size the screen needs. No JavaScript."""

import pytest

SIDEWAYS = "document.documentElement.scrollWidth > document.documentElement.clientWidth"


@pytest.fixture(autouse=True)
def _isolated(module_isolated):
    """The demo is seeded once for the module (``demo_server``), not once per test."""
    yield


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_filters_fold_on_phones_and_show_on_wide_screens(demo_server, open_page, lang):
    phone = open_page(f"{demo_server}/{lang}/visits/", width=375, height=740, javascript=False)
    summary = phone.locator(".filter-disclosure > summary")
    form = phone.locator("form.filters")
    assert summary.is_visible() and not form.is_visible()
    assert summary.bounding_box()["height"] >= 44
    first = phone.locator(".visit-list > li").first
    assert first.bounding_box()["y"] < 740  # the first visit on the first screen
    summary.click()
    assert form.is_visible()
    form.locator("button[type=submit]").click()
    assert phone.url.startswith(f"{demo_server}/{lang}/visits/?")

    wide = open_page(f"{demo_server}/{lang}/visits/", width=1280, javascript=False)
    assert wide.locator("form.filters").is_visible()
    assert not wide.locator(".filter-disclosure > summary").is_visible()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_agreements_and_exchange_tables_stack_at_320_px(demo_server, open_page, lang):
    for path in (f"/{lang}/agreements/", f"/{lang}/exchange/"):
        page = open_page(f"{demo_server}{path}", width=320, height=640, javascript=False)
        assert not page.evaluate(SIDEWAYS), path
        row = page.locator(".stacked-table tbody tr").first
        for cell in row.locator("td").all():
            box = cell.bounding_box()
            assert cell.is_visible() and 0 <= box["x"] and box["x"] + box["width"] <= 320, path
            label = cell.evaluate("e => getComputedStyle(e, '::before').content")
            assert label.strip('"') == cell.get_attribute("data-label")
    wide = open_page(f"{demo_server}/{lang}/agreements/", width=1280)
    assert wide.locator(".agreements-table thead").is_visible()  # a real table on wide screens


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_card_pictures_come_in_the_size_the_screen_needs(demo_server, open_page, lang):
    """A phone (Lighthouse's: 412 px at 1.75x) takes the 640 px rendition for a card 346 px
    wide, a 1280 px desktop the 320 px one for its four columns; with sizes="100vw" they took
    the 800 and 1600 px ones."""
    for width, scale, rendition in ((412, 1.75, 640), (1280, 1, 320)):
        page = open_page(f"{demo_server}/{lang}/news/", width=width, scale=scale)
        picture = page.locator(".news-card img").first
        source = picture.evaluate("img => img.currentSrc")
        assert source.endswith(f"/{rendition}.webp"), (width, source)
        shown = picture.bounding_box()["width"] * scale  # device pixels on screen
        assert shown <= rendition < 2 * shown, (width, shown)  # sharp, and no pixels wasted
