"""Opportunities pages in a real browser: WCAG 2.1 AA, RTL/LTR, 320 px, keyboard, no JS.

One test per language visits every opportunities page of the demo (list, its filters, a page
open, upcoming and closed, the exchange page, the home page with its two blocks) and collects
the problems; the status filter is used with JavaScript off.
"""

import pytest

from tests.e2e.test_sections_browser import page_problems


def opportunity_pages():
    from opportunities.models import Opportunity

    rows = {o.state: o for o in Opportunity.objects.published().with_state().order_by("pk")}
    return [
        ("home", "/"),
        ("opportunity list", "/opportunities/"),
        ("closed opportunities", "/opportunities/?status=closed"),
        ("open opportunity", rows["open"].get_absolute_url()),
        ("upcoming opportunity", rows["upcoming"].get_absolute_url()),
        ("closed opportunity", rows["closed"].get_absolute_url()),
        ("exchange", "/exchange/"),
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_opportunity_pages_in_a_real_browser(live_server, demo_site, open_page, lang):
    from django.utils import translation

    with translation.override(lang):
        pages = opportunity_pages()
    problems = []
    for label, path in pages:
        problems += page_problems(open_page, live_server.url, lang, label, path)

    page = open_page(f"{live_server.url}/{lang}/opportunities/", javascript=False, width=320)
    page.locator(".filter-disclosure > summary").click()  # on phones the form is folded
    page.select_option("#id_status", "closed")
    page.locator("form.filters button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    if "status=closed" not in page.url:
        problems.append(f"{lang} status filter did not submit: {page.url}")
    cards = page.locator(".opportunity-card")
    closed = page.locator(".opportunity-card .badge-expired")
    if not cards.count() or closed.count() != cards.count():
        problems.append(f"{lang} closed filter: {closed.count()} closed of {cards.count()}")
    page.context.close()
    assert problems == [], "\n".join(problems)
