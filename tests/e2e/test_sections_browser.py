"""Partners and news pages in a real browser: WCAG 2.1 AA, RTL/LTR, 320 px, keyboard, no JS.

Seeding the demo takes about ten seconds per test (live_server needs a transactional
database), so each language is one test that visits every page and collects the problems.
"""

from urllib.parse import urlencode

import pytest
from django.utils import translation

from tests.e2e.conftest import axe_violations

DIRECTION = {"ar": "rtl", "en": "ltr"}


def section_pages(lang):
    """(label, path) of every public partners/news page, with slugs taken from the demo."""
    from news.models import Article, Publication, Statement
    from partners.models import Agreement, AgreementStatus, Partner

    with translation.override(lang):
        partner = Partner.objects.published().order_by("pk").first()
        agreement = Agreement.objects.published().order_by("pk").first()
        article = Article.objects.published().order_by("pk").first()
        publication = Publication.objects.published().order_by("pk").first()
        statements = list(Statement.objects.published().order_by("pk"))
        corrected = next((s for s in statements if s.corrections()), statements[0])
        return [
            ("partner list", "/partners/"),
            ("partners by country", f"/partners/?{urlencode({'country': partner.country.code})}"),
            ("partner search", f"/partners/?{urlencode({'q': partner.name})}"),
            ("partner detail", partner.get_absolute_url()),
            ("countries", "/partners/countries/"),
            ("agreement list", "/agreements/"),
            ("active agreements", f"/agreements/?status={AgreementStatus.ACTIVE}"),
            ("agreement detail", agreement.get_absolute_url()),
            ("memberships", "/partners/memberships/"),
            ("news", "/news/"),
            ("article", article.get_absolute_url()),
            ("statements", "/statements/"),
            ("statement", corrected.get_absolute_url()),
            ("statement history", corrected.get_history_url()),
            ("publications", "/publications/"),
            ("publication", publication.get_absolute_url()),
        ]


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


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_section_pages_in_a_real_browser(live_server, demo_site, open_page, lang):
    problems = []
    for label, path in section_pages(lang):
        problems += page_problems(open_page, live_server.url, lang, label, path)
    problems += filter_problems(open_page, live_server.url, lang)
    problems += keyboard_problems(open_page, live_server.url, lang)
    assert problems == [], "\n".join(problems)
