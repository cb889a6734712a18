"""Every public page type in both languages passes the W3C Nu HTML checker with 0 errors.

The checker is ``vnu.jar`` from npm (``vnu-jar``, pinned below), installed on first use into
``var/vnu/`` (ignored by git) and run on Debian's Java — one ``java`` invocation over every
page, as starting the JVM is the slow part. Without Java (or npm to fetch the checker) the test
skips with a message; in CI (the ``CI`` environment variable set, as ``.ci/run`` does) it fails
instead, so CI cannot stay green with the check silently not running.
"""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from tests.npm_tools import missing, npm_package

VNU_VERSION = "26.9.27"
CHECK = "HTML validity check"


@pytest.fixture(scope="session")
def vnu():
    """The command line that runs the checker, installing the pinned checker if needed."""
    java = shutil.which("java")
    if java is None:
        missing(CHECK, "Debian's Java is not installed (apt-get install default-jre-headless)")
    package = npm_package(CHECK, "vnu-jar", VNU_VERSION, "vnu", ignore_scripts=True)
    jar = package / "build" / "dist" / "vnu.jar"
    if not jar.exists():
        missing(CHECK, f"vnu-jar@{VNU_VERSION} has no {jar.name}")
    return [java, "-Xss4m", "-jar", str(jar), "--errors-only", "--format", "json"]


def public_pages():
    """(label, path without the language prefix) of every public page type, from the demo."""
    from exhibitions.models import Exhibition
    from intloffice.models import Page
    from news.models import Article, Publication, Statement
    from opportunities.models import Opportunity
    from partners.models import Agreement, Partner
    from visits.models import Visit

    def first(model):
        return model.objects.published().order_by("pk").first()

    partner = first(Partner)
    pages = [
        ("home", "/"),
        ("about page", first(Page).get_absolute_url()),
        ("contact", "/contact/"),
        ("search", f"/search/?{urlencode({'q': partner.name_en})}"),
        ("site map", "/sitemap/"),
        ("partners", "/partners/"),
        ("partners by country", f"/partners/?country={partner.country.code}"),
        ("partner", partner.get_absolute_url()),
        ("countries", "/partners/countries/"),
        ("memberships", "/partners/memberships/"),
        ("agreements", "/agreements/"),
        ("agreement", first(Agreement).get_absolute_url()),
        ("visits", "/visits/"),
        ("visit", first(Visit).get_absolute_url()),
        ("news", "/news/"),
        ("article", first(Article).get_absolute_url()),
        ("statements", "/statements/"),
        ("statement", first(Statement).get_absolute_url()),
        ("publications", "/publications/"),
        ("publication", first(Publication).get_absolute_url()),
        ("exhibitions", "/exhibitions/"),
        ("past exhibitions", "/exhibitions/?when=past"),
        ("exhibition", first(Exhibition).get_absolute_url()),
        ("opportunities", "/opportunities/"),
        ("opportunity", first(Opportunity).get_absolute_url()),
        ("exchange", "/exchange/"),
        ("the office in figures", "/about/figures/"),
        ("annual report", f"/about/annual-report/{timezone.localdate().year - 1}/"),
        ("not found", "/no-such-page/"),
    ]
    return [(label, _without_language(path)) for label, path in pages]


def _without_language(path):
    for code in ("/ar/", "/en/"):
        if path.startswith(code):
            return "/" + path[len(code) :]
    return path


@pytest.mark.django_db
def test_every_public_page_is_valid_html(client, site, vnu, tmp_path):
    call_command("seed_demo", verbosity=0)
    with translation.override("en"):
        pages = public_pages()
    files = {}
    for lang in ("ar", "en"):
        for label, path in pages:
            response = client.get(f"/{lang}{path}")
            expected = 404 if label == "not found" else 200
            assert response.status_code == expected, (lang, label, path)
            file = tmp_path / f"{lang}-{len(files):02d}.html"
            file.write_bytes(response.content)
            files[file.as_uri()] = f"{lang} {label} ({lang}{path})"
    result = subprocess.run(
        [*vnu, *sorted(str(tmp_path / Path(uri).name) for uri in files)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url'), m.get('url'))}:{m.get('lastLine')}: {m['message']}"
        f" — {m.get('extract', '').strip()[:120]}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert len(files) == 2 * len(pages)
    assert errors == [], f"{len(errors)} errors:\n" + "\n".join(errors[:60])
