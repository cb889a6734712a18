"""Browser tests: Debian's chromium driven by Playwright against Django's live server.

Without chromium they skip, which is friendly on a laptop; in CI (the ``CI`` environment
variable set, as ``.ci/run`` does) a skipped browser test fails the run instead, so CI cannot
stay green with the browser suite silently not running.
"""

import shutil
from pathlib import Path

import pytest

from tests.npm_tools import in_ci

CHROMIUM = shutil.which("chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def _is_browser_test(item):
    return "tests/e2e/" in str(item.fspath).replace("\\", "/")


def pytest_collection_modifyitems(items):
    for item in items:
        if _is_browser_test(item):
            item.add_marker(pytest.mark.e2e)
            if "demo_server" in getattr(item, "fixturenames", ()):
                # The test database must exist (pytest-django makes it only for tests that
                # ask for one); each test runs in a transaction rolled back after it, and
                # reads the module's demo, committed before (see ``demo_server``).
                item.add_marker(pytest.mark.django_db)
            if CHROMIUM is None:
                item.add_marker(pytest.mark.skip(reason="Debian's chromium is not installed"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI, report a skipped browser test (whatever skipped it) as a failure."""
    report = yield
    if in_ci() and report.skipped and not hasattr(report, "wasxfail") and _is_browser_test(item):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"Browser test skipped in CI ({reason}): CI must run every browser test."
    return report


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser):
    """open_page(url, width=1280, javascript=True, height=900, scale=1) -> a Playwright page."""
    contexts = []

    def _open(url, width=1280, javascript=True, height=900, scale=1):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            device_scale_factor=scale,
            java_script_enabled=javascript,
            bypass_csp=True,  # lets axe's script run; the policy itself is tested over HTTP
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    yield _open
    for context in contexts:
        context.close()


def axe_violations(page):
    """WCAG 2.1 A/AA violations axe-core finds on the page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=WCAG_AA)
    return [
        f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


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


def layout_problems(page, lang, narrow=True):
    """What is wrong with the open page: ``lang`` and direction of <html>, one h1, axe's WCAG
    2.1 A/AA violations and, when ``narrow``, any sideways scroll at 320 px (the viewport is
    put back afterwards)."""
    problems = []
    if page.get_attribute("html", "lang") != lang:
        problems.append("wrong lang on <html>")
    if page.evaluate("getComputedStyle(document.documentElement).direction") != DIRECTION[lang]:
        problems.append(f"direction is not {DIRECTION[lang]}")
    if page.locator("h1").count() != 1:
        problems.append(f"{page.locator('h1').count()} h1 elements")
    problems += axe_violations(page)
    if narrow:
        size = page.viewport_size
        page.set_viewport_size({"width": 320, "height": 900})  # media queries apply at once
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            problems.append(f"overflows by {overflow}px at 320px")
        for box in narrow_scrollers(page):
            problems.append(f"{box} scrolls at 320px but is not a focusable, labelled region")
        page.set_viewport_size(size)
    return problems


@pytest.fixture
def demo_site(transactional_db):
    from django.core.management import call_command

    call_command("seed_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    """Browser tests see the site as visitors do: fragments kept (intloffice/fragments.py)."""
    settings.FRAGMENT_CACHE = True


@pytest.fixture(scope="module")
def demo_server(django_db_setup, django_db_blocker, tmp_path_factory):
    """The URL of a live server of the whole demo, seeded once for the module's tests.

    ``demo_site`` seeds again for every test (~20 s), because ``live_server`` brings a
    transactional database that is emptied after each test. A module that checks many pages
    asks for this instead, and requests neither ``live_server`` nor ``transactional_db`` (its
    tests get ``django_db``, a transaction rolled back after each, from
    ``pytest_collection_modifyitems``); it overrides ``_isolated`` (tests/conftest.py) with
    ``module_isolated`` below, as the isolation here (media folder, caches) holds for the
    whole module. The test database is flushed when the module is done, as
    ``transactional_db`` would.
    """
    from django.conf import settings
    from django.core.cache import caches
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings
    from pytest_django.live_server_helper import LiveServer

    from intloffice import catalogue
    from tests.conftest import _per_worker_caches

    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if not (in_memory or Path(str(connection.settings_dict["NAME"])).name.startswith("test_")):
        raise RuntimeError(f"Not a test database: {connection.settings_dict['NAME']}")
    folder = tmp_path_factory.mktemp("demo-server")
    isolation = override_settings(  # what tests/conftest.py's _isolated sets for one test
        MEDIA_ROOT=folder / "media",
        PRIVATE_MEDIA_ROOT=folder / "private",
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        PAGE_CACHE_SECONDS=0,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        CACHES=_per_worker_caches(settings.CACHES),
    )
    with django_db_blocker.unblock(), isolation:
        for alias in settings.CACHES:
            caches[alias].clear()
        catalogue.reset()
        call_command("seed_demo", verbosity=0)
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()  # ALLOWED_HOSTS gets "localhost"
        try:
            yield server.url
        finally:
            server.stop()
            server._live_server_modified_settings.disable()
            call_command("flush", interactive=False, verbosity=0)
            for alias in settings.CACHES:
                caches[alias].clear()


@pytest.fixture
def module_isolated(demo_server):
    """Use as ``_isolated`` in a module built on ``demo_server``: its isolation is the module's."""
    from django.utils import translation

    yield
    translation.activate("en")
