"""The visits pages in a real browser (issue 16, must-hold 7): WCAG 2.1 AA at 1280 and 375 px,
RTL/LTR, no sideways scroll at 320 px. One test per language (seeding takes a while)."""

import pytest

from tests.e2e.conftest import axe_violations
from tests.e2e.test_sections_browser import DIRECTION, narrow_scrollers


@pytest.fixture
def visits_demo(transactional_db):
    from intloffice import demo as site_demo
    from partners import demo as partners_demo
    from visits import demo

    for module in (site_demo, partners_demo, demo):
        module.seed()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_visit_pages_in_a_real_browser(live_server, visits_demo, open_page, lang):
    from visits.models import Visit

    visit = Visit.objects.published().filter(photos__isnull=False).order_by("pk").first()
    pages = [
        ("list", f"/{lang}/visits/"),
        ("delegations", f"/{lang}/visits/?direction=outgoing"),
        ("detail", f"/{lang}/visits/{visit.slug}/"),
    ]
    problems = []
    for label, path in pages:
        for width in (1280, 375):
            page = open_page(live_server.url + path, width=width)
            found = []
            if page.get_attribute("html", "lang") != lang:
                found.append("wrong lang on <html>")
            direction = page.evaluate("getComputedStyle(document.documentElement).direction")
            if direction != DIRECTION[lang]:
                found.append(f"direction is not {DIRECTION[lang]}")
            if page.locator("h1").count() != 1:
                found.append(f"{page.locator('h1').count()} h1 elements")
            found += axe_violations(page)
            if width == 375:
                page.set_viewport_size({"width": 320, "height": 900})
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 0:
                    found.append(f"overflows by {overflow}px at 320px")
                found += [f"{box} scrolls at 320px" for box in narrow_scrollers(page)]
            problems += [f"{lang} {label} {width}px: {problem}" for problem in found]
            page.context.close()
    assert problems == []
