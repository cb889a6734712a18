"""The events pages in a real browser: WCAG 2.1 AA, RTL/LTR, 320 px, the filter without
JavaScript. One test per language (seeding the demos the events link to takes a while)."""

import pytest

from tests.e2e.conftest import axe_violations
from tests.e2e.test_sections_browser import DIRECTION, narrow_scrollers


@pytest.fixture
def events_demo(transactional_db):
    from exhibitions import demo
    from intloffice import demo as site_demo
    from partners import demo as partners_demo
    from visits import demo as visits_demo

    for module in (site_demo, partners_demo, visits_demo, demo):
        module.seed()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_event_pages_in_a_real_browser(live_server, events_demo, open_page, lang):
    from exhibitions.models import Exhibition

    past = Exhibition.objects.published().past().first()
    pages = [
        ("list", f"/{lang}/exhibitions/"),
        ("past", f"/{lang}/exhibitions/?when=past"),
        ("detail", past.get_absolute_url().replace("/en/", f"/{lang}/")),
    ]
    problems = []
    for label, path in pages:
        page = open_page(live_server.url + path)
        found = []
        if page.get_attribute("html", "lang") != lang:
            found.append("wrong lang on <html>")
        if page.evaluate("getComputedStyle(document.documentElement).direction") != DIRECTION[lang]:
            found.append(f"direction is not {DIRECTION[lang]}")
        if page.locator("h1").count() != 1:
            found.append(f"{page.locator('h1').count()} h1 elements")
        found += axe_violations(page)
        page.set_viewport_size({"width": 320, "height": 900})
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            found.append(f"overflows by {overflow}px at 320px")
        found += [f"{box} scrolls at 320px" for box in narrow_scrollers(page)]
        problems += [f"{lang} {label}: {problem}" for problem in found]

    # The filter works with JavaScript off: past book fairs only.
    page = open_page(f"{live_server.url}/{lang}/exhibitions/", javascript=False, width=375)
    page.locator(".filter-disclosure > summary").click()  # on phones the form is folded
    page.select_option("#id_when", "past")
    page.select_option("#id_kind", "book_fair")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    expected = Exhibition.objects.published().past().filter(kind="book_fair").count()
    cards = page.locator(".exhibition-card").count()
    if "when=past" not in page.url or "kind=book_fair" not in page.url or cards != expected:
        problems.append(f"{lang} filter: {cards} cards, expected {expected} ({page.url})")
    assert expected and problems == [], "\n".join(problems)
