"""The design system (issue 16, must-hold 1) in a real browser: self-hosted fonts, a type
scale per script, dark and light themes at WCAG AA, reduced motion, print styles.

The demo is seeded once for the module (``seeded``) and served by a live server of the
module's own: the ``live_server`` fixture would bring ``transactional_db``, which empties the
database after every test, and a seed takes about 20 seconds.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation

from intloffice import catalogue
from tests.conftest import _per_worker_caches
from tests.e2e.conftest import axe_violations

# The marker has the test database set up; the tests only read what ``seeded`` committed.
pytestmark = pytest.mark.django_db

FONT = "IBM Plex Sans Arabic"
LANGS = ["ar", "en"]
DETAILS = ["news", "statements", "visits", "agreements"]


@pytest.fixture(autouse=True, scope="module")
def _isolated(tmp_path_factory):
    """tests/conftest.py's isolation, for the whole module (this module seeds once)."""
    from django.conf import settings

    folder = tmp_path_factory.mktemp("design")
    with override_settings(
        MEDIA_ROOT=folder / "media",
        PRIVATE_MEDIA_ROOT=folder / "private",
        PAGE_CACHE_SECONDS=0,
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        CACHES=_per_worker_caches(settings.CACHES),
    ):
        for alias in settings.CACHES:
            caches[alias].clear()
        catalogue.reset()
        yield
        for alias in settings.CACHES:
            caches[alias].clear()
    translation.activate("en")


@pytest.fixture(scope="module")
def seeded(browser, django_db_setup, django_db_blocker):
    """The demo content behind a live server: (base URL, {(lang, section): detail path}).

    ``browser`` first: Playwright's start gives the test thread another context, and Django's
    connections are per context; the test database must be set up in the one tests run in,
    or its first connection stays open and the database cannot be dropped at the end."""
    from django.core.management import call_command
    from django.test import Client
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)
        details = {}
        for lang in LANGS:
            for section in DETAILS:
                html = Client().get(f"/{lang}/{section}/").content.decode()
                found = re.search(
                    f'<main.*?href="(/{lang}/{section}/(?!feed/)[^/?#"]+/)"', html, re.S
                )
                assert found, (lang, section)
                details[lang, section] = found[1]
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        try:
            yield server.url, details
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def new_page(browser):
    """new_page(url, **context options) -> a page that has loaded url and its fonts."""
    contexts = []

    def _open(url, width=1280, **options):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, bypass_csp=True, **options
        )
        contexts.append(context)
        page = context.new_page()
        page.fonts_requested = []
        page.on(
            "request",
            lambda r: page.fonts_requested.append(r.url) if r.resource_type == "font" else None,
        )
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.evaluate("document.fonts.ready.then(() => true)")
        return page

    yield _open
    for context in contexts:
        context.close()


def _pages(seeded, lang):
    """A home page, a list and a detail page."""
    base, details = seeded
    return [f"{base}/{lang}/", f"{base}/{lang}/news/", base + details[lang, "news"]]


def _rendered_fonts(page, selector):
    """The fonts the browser really drew the text of ``selector`` with (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {font["familyName"]: font["glyphCount"] for font in fonts}


# (a) the web fonts --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_self_hosted_and_draw_the_text(seeded, new_page, lang):
    base, details = seeded
    page = new_page(base + details[lang, "news"])
    host = urlsplit(base).netloc
    assert page.fonts_requested, "no web font was requested"
    assert {urlsplit(url).netloc for url in page.fonts_requested} == {host}
    assert all(urlsplit(url).path.startswith("/static/fonts/") for url in page.fonts_requested)
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith(f'"{FONT}"')
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded')"
        ".map(f => f.family.replaceAll('\"', '') + ' ' + f.weight)"
    )
    assert f"{FONT} 400" in loaded and f"{FONT} 700" in loaded  # body text and headings
    # The browser drew the title and the body with the web font, and nothing else.
    for selector in ("main h1", "main .rich-text p"):
        assert set(_rendered_fonts(page, selector)) == {FONT}, selector
    files = {urlsplit(url).path.rsplit("/", 1)[1] for url in page.fonts_requested}
    if lang == "ar":
        assert {"plex-arabic-400.woff2", "plex-arabic-700.woff2"} <= files
    else:  # unicode-range: an English page downloads no Arabic letters
        assert files == {"plex-latin-400.woff2", "plex-latin-700.woff2"}


# (b) the type scale per script --------------------------------------------------------------


def test_arabic_type_is_larger_taller_and_never_spaced_or_capitalised(seeded, new_page):
    base, details = seeded
    sizes = {}
    for lang in LANGS:
        page = new_page(base + details[lang, "news"])
        sizes[lang] = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        ratios = page.evaluate(
            "[...document.querySelectorAll('main p')].map(p => { const s = getComputedStyle(p);"
            " return parseFloat(s.lineHeight) / parseFloat(s.fontSize); })"
        )
        assert ratios and min(ratios) >= (1.7 if lang == "ar" else 1.5), (lang, min(ratios))
        if lang == "ar":
            spaced = page.evaluate(
                "[...document.querySelectorAll('body *')].filter(e => e.closest('[lang]').lang"
                " === 'ar').map(e => [e, getComputedStyle(e)]).filter(([e, s]) =>"
                " !['normal', '0px'].includes(s.letterSpacing) || s.textTransform !== 'none')"
                ".map(([e]) => e.outerHTML.slice(0, 80))"
            )
            assert spaced == []
            headings = page.locator("h1, h2, h3, .card-title, .brand-office").all()
            assert len(headings) >= 3
            for heading in headings:
                style = heading.evaluate(
                    "e => [getComputedStyle(e).letterSpacing, getComputedStyle(e).textTransform]"
                )
                assert style[0] in ("normal", "0px") and style[1] == "none"
    assert sizes["ar"] > sizes["en"]


# (c) dark and light themes at WCAG AA -------------------------------------------------------


def _luminance(css_colour):
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", css_colour)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.mark.parametrize("scheme", ["dark", "light"])
@pytest.mark.parametrize("lang", LANGS)
def test_both_themes_meet_wcag_aa(seeded, new_page, scheme, lang):
    for url in _pages(seeded, lang):
        page = new_page(url, color_scheme=scheme)
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        text = page.evaluate("getComputedStyle(document.querySelector('main')).color")
        if scheme == "dark":
            assert _luminance(background) < 0.1 and _luminance(text) > 0.7, (url, background)
        else:
            assert _luminance(background) > 0.95 and _luminance(text) < 0.2, (url, background)
        assert axe_violations(page) == [], url


# (d) reduced motion -------------------------------------------------------------------------

MOVING = """[...document.querySelectorAll('*')].flatMap(e => [e, ...['::before', '::after']
  .map(p => [e, p])]).map(x => Array.isArray(x) ? getComputedStyle(x[0], x[1]) : getComputedStyle(x))
  .filter(s => [s.transitionDuration, s.animationDuration].join(',').split(',')
  .some(d => parseFloat(d) > 0)).length"""


def test_reduced_motion_turns_every_transition_off(seeded, new_page):
    base, details = seeded
    for url in (f"{base}/ar/", f"{base}/en/news/", base + details["en", "visits"]):
        assert new_page(url, reduced_motion="no-preference").evaluate(MOVING) > 0  # links fade
        assert new_page(url, reduced_motion="reduce").evaluate(MOVING) == 0, url


# (e) print ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_print_shows_the_content_only_black_on_white(seeded, new_page, lang):
    base, details = seeded
    for section in DETAILS:
        page = new_page(base + details[lang, section], color_scheme="dark")
        page.emulate_media(media="print")
        for selector in (".site-header", ".main-nav", ".breadcrumbs", ".site-footer"):
            assert not page.locator(selector).first.is_visible(), (section, selector)
        assert not page.locator(".language-switch, .filters, .header-search").first.is_visible()
        assert page.locator("main h1").is_visible()
        colours = page.evaluate(
            "[getComputedStyle(document.body).backgroundColor,"
            " getComputedStyle(document.querySelector('main h1')).color,"
            " getComputedStyle(document.querySelector('main p')).color]"
        )
        assert colours == ["rgb(255, 255, 255)", "rgb(0, 0, 0)", "rgb(0, 0, 0)"], section
        page.emulate_media(media="screen")
        assert page.locator(".site-header").is_visible()
