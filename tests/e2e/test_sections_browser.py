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

from tests.e2e.conftest import layout_problems
from tests.intloffice.test_html_validity import public_pages


def filter_problems(open_page, base, lang):
    """The partner, agreement, event and opportunity filters work with JavaScript off."""
    from exhibitions.models import Exhibition
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

    # Events: past book fairs only (two selects, folded on phones).
    page = open_page(f"{base}/{lang}/exhibitions/", javascript=False, width=375)
    page.locator(".filter-disclosure > summary").click()
    page.select_option("#id_when", "past")
    page.select_option("#id_kind", "book_fair")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    fairs = Exhibition.objects.published().past().filter(kind="book_fair").count()
    cards = page.locator(".exhibition-card").count()
    if (
        "when=past" not in page.url
        or "kind=book_fair" not in page.url
        or cards != fairs
        or not fairs
    ):
        problems.append(f"event filter: {cards} cards, expected {fairs} ({page.url})")
    page.context.close()

    # Opportunities: the status filter submitted from the keyboard, at 320 px.
    page = open_page(f"{base}/{lang}/opportunities/", javascript=False, width=320)
    page.locator(".filter-disclosure > summary").click()
    page.select_option("#id_status", "closed")
    page.locator("form.filters button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    cards = page.locator(".opportunity-card")
    closed = page.locator(".opportunity-card .badge-expired")
    if "status=closed" not in page.url or not cards.count() or closed.count() != cards.count():
        problems.append(f"closed filter: {closed.count()} closed of {cards.count()} ({page.url})")
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
    from visits.models import Visit

    with translation.override("en"):
        pages = public_pages()
        partner = Partner.objects.published().order_by("pk").first()
        corrected = next(s for s in Statement.objects.published().order_by("pk") if s.corrections())
        states = {o.state: o for o in Opportunity.objects.published().with_state().order_by("pk")}
        visit = Visit.objects.published().filter(photos__isnull=False).order_by("pk").first()
        pages += [
            ("partner search", f"/partners/?{urlencode({'q': partner.name})}"),
            ("active agreements", f"/agreements/?status={AgreementStatus.ACTIVE}"),
            ("delegations", "/visits/?direction=outgoing"),
            ("statement history", corrected.get_history_url().removeprefix("/en")),
            ("scholarships", "/opportunities/?kind=scholarship"),
            ("closed opportunities", "/opportunities/?status=closed"),
            ("visit with photos", visit.get_absolute_url().removeprefix("/en")),
            ("open opportunity", states["open"].get_absolute_url().removeprefix("/en")),
            ("upcoming opportunity", states["upcoming"].get_absolute_url().removeprefix("/en")),
            ("closed opportunity", states["closed"].get_absolute_url().removeprefix("/en")),
        ]
    return pages


def problems_on(page, url, lang, width, not_found=False):
    response = page.goto(url)
    problems = (
        [] if response.status == (404 if not_found else 200) else [f"answered {response.status}"]
    )
    return problems + layout_problems(page, lang, narrow=width < 400)


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
