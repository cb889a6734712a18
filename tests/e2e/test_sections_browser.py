"""Every public page type in a real browser (issue 16, must-hold 7): WCAG 2.1 A/AA by axe at
1280 and 375 px in both languages, RTL/LTR, one h1, no sideways scroll at 320 px; the home
page's card rows full at both widths; filters without JavaScript and keyboard order.

The demo is seeded once for the module (``demo_server``, tests/e2e/conftest.py) rather than
once per test (``demo_site``, ~20 s each): one test per language and width visits every page
type in one browser tab and collects the problems, so a failure lists them all.
"""

from urllib.parse import urlencode

import pytest
from django.utils import translation

from tests.e2e.conftest import axe_violations
from tests.intloffice.test_html_validity import public_pages

DIRECTION = {"ar": "rtl", "en": "ltr"}


def narrow_scrollers(page):
    """Boxes in <main> that scroll sideways without being a keyboard-reachable named region."""
    return page.evaluate(
        """() => [...document.querySelectorAll("main *")].filter(el =>
            ["auto", "scroll"].includes(getComputedStyle(el).overflowX)
            && el.scrollWidth > el.clientWidth
            && !(el.tabIndex === 0 && el.getAttribute("role") === "region"
                 && (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")))
        ).map(el => el.tagName.toLowerCase() + "." + el.className)"""
    )


def page_problems(open_page, base, lang, label, path):
    url = base + (path if path.startswith(f"/{lang}/") else f"/{lang}{path}")
    problems = []
    page = open_page(url)
    if page.get_attribute("html", "lang") != lang:
        problems.append("wrong lang on <html>")
    if page.evaluate("getComputedStyle(document.documentElement).direction") != DIRECTION[lang]:
        problems.append(f"direction is not {DIRECTION[lang]}")
    if page.locator("h1").count() != 1:
        problems.append(f"{page.locator('h1').count()} h1 elements")
    problems += axe_violations(page)
    page.set_viewport_size({"width": 320, "height": 900})  # media queries apply at once
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        problems.append(f"overflows by {overflow}px at 320px")
    for box in narrow_scrollers(page):
        problems.append(f"{box} scrolls at 320px but is not a focusable, labelled region")
    page.context.close()
    return [f"{lang} {label} ({path}): {problem}" for problem in problems]


def filter_problems(open_page, base, lang):
    """The partner and agreement filters work with JavaScript off."""
    from partners.models import Agreement, AgreementStatus, Partner

    problems = []
    partner = Partner.objects.published().order_by("pk").first()
    with translation.override(lang):
        country_name = partner.country.name
    page = open_page(f"{base}/{lang}/partners/", javascript=False, width=375)
    page.locator(".filter-disclosure > summary").click()  # on phones the form is folded
    page.select_option("#id_country", partner.country.code)
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    if f"country={partner.country.code}" not in page.url:
        problems.append(f"partner filter did not submit the country: {page.url}")
    expected = Partner.objects.published().filter(country=partner.country).count()
    cards = page.locator(".partner-cards > li").count()
    if cards != min(expected, 24) or expected == Partner.objects.published().count():
        problems.append(f"country filter shows {cards} partners, expected {expected}")
    if page.locator(".partner-cards").inner_text().count(country_name) < cards:
        problems.append(f"a filtered card does not name {country_name}")
    page.context.close()

    page = open_page(f"{base}/{lang}/agreements/", javascript=False)
    page.select_option("#id_status", AgreementStatus.ACTIVE)
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    active = (
        Agreement.objects.published().public().with_lifecycle().filter(lifecycle="active").count()
    )
    rows = page.locator(".agreements-table tbody tr").count()
    if "status=active" not in page.url or rows != min(active, 25) or not active:
        problems.append(f"status filter shows {rows} agreements, expected {active} ({page.url})")
    badges = page.locator(".agreements-table .badge").all_inner_texts()
    with translation.override(lang):
        label = str(AgreementStatus.ACTIVE.label)
    if any(badge.strip() != label for badge in badges):
        problems.append(f"status filter shows other statuses: {set(badges)}")
    page.context.close()
    return [f"{lang} filters: {problem}" for problem in problems]


def keyboard_problems(open_page, base, lang):
    """Tab reaches every filter control and the submit button, each with a visible outline."""
    page = open_page(f"{base}/{lang}/partners/")
    wanted = ["id_q", "id_country", "id_kind", "submit"]
    reached, problems = [], []
    for _press in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                return {
                    id: el.type === "submit" && el.closest("form.filters") ? "submit" : el.id,
                    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
                };
            }"""
        )
        if focused["id"] in wanted:
            reached.append(focused["id"])
            if not focused["outline"]:
                problems.append(f"{focused['id']} has no visible focus outline")
        if focused["id"] == "submit":
            break
    if reached != wanted:
        problems.append(f"Tab order reached {reached}, expected {wanted}")
    page.context.close()
    return [f"{lang} keyboard: {problem}" for problem in problems]


@pytest.fixture(autouse=True)
def _isolated(module_isolated):
    """The module's tests share one seeded demo (see ``demo_server``)."""
    yield


@pytest.fixture
def tab(browser):
    """tab(width, javascript=True) -> a Playwright page in a fresh context."""
    contexts = []

    def _open(width=1280, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            java_script_enabled=javascript,
            bypass_csp=True,  # lets axe's script run; the policy itself is tested over HTTP
        )
        contexts.append(context)
        return context.new_page()

    yield _open
    for context in contexts:
        context.close()


def every_page_type():
    """(label, path without the language) of every public page type, with the filtered lists
    and the item states the sections show differently."""
    from news.models import Statement
    from opportunities.models import Opportunity
    from partners.models import AgreementStatus, Partner

    with translation.override("en"):
        pages = public_pages()
        partner = Partner.objects.published().order_by("pk").first()
        corrected = next(s for s in Statement.objects.published().order_by("pk") if s.corrections())
        states = {o.state: o for o in Opportunity.objects.published().with_state().order_by("pk")}
        pages += [
            ("partner search", f"/partners/?{urlencode({'q': partner.name})}"),
            ("active agreements", f"/agreements/?status={AgreementStatus.ACTIVE}"),
            ("delegations", "/visits/?direction=outgoing"),
            ("statement history", corrected.get_history_url().removeprefix("/en")),
            ("scholarships", "/opportunities/?kind=scholarship"),
            ("closed opportunities", "/opportunities/?status=closed"),
            ("upcoming opportunity", states["upcoming"].get_absolute_url().removeprefix("/en")),
            ("closed opportunity", states["closed"].get_absolute_url().removeprefix("/en")),
        ]
    return pages


def problems_on(page, url, lang, width, not_found=False):
    response = page.goto(url)
    problems = []
    if response.status != (404 if not_found else 200):
        problems.append(f"answered {response.status}")
    if page.get_attribute("html", "lang") != lang:
        problems.append("wrong lang on <html>")
    if page.evaluate("getComputedStyle(document.documentElement).direction") != DIRECTION[lang]:
        problems.append(f"direction is not {DIRECTION[lang]}")
    if page.locator("h1").count() != 1:
        problems.append(f"{page.locator('h1').count()} h1 elements")
    problems += axe_violations(page)
    if width < 400:
        page.set_viewport_size({"width": 320, "height": 900})  # media queries apply at once
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            problems.append(f"overflows by {overflow}px at 320px")
        for box in narrow_scrollers(page):
            problems.append(f"{box} scrolls at 320px but is not a focusable, labelled region")
        page.set_viewport_size({"width": width, "height": 900})
    return problems


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_public_page_type_meets_wcag_aa(demo_server, tab, lang, width):
    pages = every_page_type()
    page = tab(width)
    problems, checked = [], 0
    for label, path in pages:
        url = f"{demo_server}/{lang}{path}"
        found = problems_on(page, url, lang, width, not_found=label == "not found")
        problems += [f"{lang} {width}px {label} ({path}): {problem}" for problem in found]
        checked += 1
    print(f"{lang} {width}px: {checked} page types, {len(problems)} problems")
    assert checked >= 35
    assert problems == [], "\n".join(problems)


#: Each row of home cards, as boxes: (block, row index, start edge, end edge, container edges).
HOME_ROWS = """() => {
    const rows = [];
    for (const list of document.querySelectorAll(".home-sections .cards, .home-row")) {
        const box = list.getBoundingClientRect();
        const byTop = new Map();
        for (const item of list.children) {
            const r = item.getBoundingClientRect();
            const top = Math.round(r.top);
            if (!byTop.has(top)) byTop.set(top, []);
            byTop.get(top).push(r);
        }
        const block = list.closest("section").getAttribute("aria-labelledby");
        [...byTop.values()].forEach((items, index) => rows.push({
            block, index, count: items.length,
            start: Math.min(...items.map(r => r.left)), end: Math.max(...items.map(r => r.right)),
            left: box.left, right: box.right,
        }));
    }
    return rows;
}"""


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_home_row_leaves_an_empty_column(demo_server, tab, lang, width):
    page = tab(width)
    page.goto(f"{demo_server}/{lang}/")
    rows = page.evaluate(HOME_ROWS)
    blocks = {row["block"] for row in rows}
    assert {"journeys-title", "upcoming-events-title", "home-news-title"} <= blocks, blocks
    gaps = [
        row
        for row in rows
        if abs(row["start"] - row["left"]) > 1 or abs(row["end"] - row["right"]) > 1
    ]
    assert gaps == [], f"rows that do not fill their block at {width}px: {gaps}"
    per_row = {row["block"]: row["count"] for row in rows if row["index"] == 0}
    if width == 1280:  # four cards a row, the three audiences side by side
        assert per_row["home-news-title"] == 4 and per_row["journeys-title"] == 3, per_row
    else:
        assert set(per_row.values()) == {1}, per_row
    hero = page.locator(".hero-picture img")
    assert hero.count() == 1, page.inner_html(".hero")
    assert hero.get_attribute("fetchpriority") == "high" and hero.get_attribute("loading") is None
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0")
    box = hero.bounding_box()  # the ratio the stylesheet sets: 8:5 beside the text, 16:9 above
    ratio = 8 / 5 if width >= 768 else 16 / 9
    assert box["width"] > 0 and abs(box["width"] / ratio - box["height"]) < 2, box


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_filters_and_keyboard_in_a_real_browser(demo_server, open_page, lang):
    problems = filter_problems(open_page, demo_server, lang)
    problems += keyboard_problems(open_page, demo_server, lang)
    assert problems == [], "\n".join(problems)
