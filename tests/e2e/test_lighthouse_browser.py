"""Lighthouse on the home page, a list and a detail page in both languages (issue 16,
must-hold 7): mobile performance at least 98, accessibility, best practices and SEO 100.

Lighthouse comes from npm (``lighthouse``, pinned below: 13.x needs Node 22, Debian has 20),
installed on first use into ``var/lighthouse/`` (ignored by git) as test_html_validity.py
installs the Nu checker, and drives Debian's chromium (``CHROME_PATH``, ``--headless=new
--no-sandbox``) against a live server of the demo, seeded once for the module.

Throttling: Lighthouse's default, *simulate* (a Moto G Power on slow 4G, 4x CPU slowdown,
computed by Lantern from an unthrottled load). The alternative, ``--throttling-method=devtools``,
really slows the network and CPU during the load, so on this shared two-core machine its
numbers move with whatever else runs; simulate is steadier, which is what an assertion needs.
Steadier, not steady: the long tasks it multiplies are the host's, so a busy machine adds total
blocking time. A page below 98 is run four more times and judged on the median of the five runs, as
Lighthouse advises for its variability (the other categories must hold on every run).

Lighthouse audits what visitors get: the demo behind Debian's nginx with the deploy
configuration (bench/edge.py: pages compressed, the static files collected as production
collects them, hashed and pre-compressed, media from disk, the micro-cache), not Django's
development server, which compresses nothing.

The scores are printed (``pytest -s``) and kept in ``var/lighthouse/scores.json`` beside the
full reports (``var/lighthouse/reports/``); the last recorded run is in
bench/results/lighthouse.md.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.edge import NGINX, STATIC_ROOT, collect_static, nginx_edge
from tests.e2e.conftest import CHROMIUM
from tests.npm_tools import missing, npm_package

# Performance is timed: .ci/run runs these after the rest, alone, not beside another worker.
pytestmark = pytest.mark.lighthouse

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE_VERSION = "12.8.2"
LIGHTHOUSE_DIR = ROOT / "var" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
#: The least score per category (0-100).
THRESHOLDS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index")  # fmt: skip


@pytest.fixture(scope="module")
def lighthouse():
    """The command line that runs the pinned Lighthouse, installing it if needed."""
    node = shutil.which("node")
    if node is None:
        missing("Lighthouse", "Node.js is needed to run Lighthouse")
    package = npm_package("Lighthouse", "lighthouse", LIGHTHOUSE_VERSION, "lighthouse")
    return [node, str(package / "cli" / "index.js")]


#: Lighthouse's own advice on a failed trace ("NO_NAVSTART", "NO_FCP", …): run it again.
RUN_AGAIN = "Please run Lighthouse again"


def audit(command, url, report, attempts=3):
    """Lighthouse's mobile scores (0-100) and metrics for ``url``; the JSON report in ``report``.
    A run that Lighthouse itself reports as a failed recording is run again (up to
    ``attempts`` in all); any other failure fails at once."""
    for _attempt in range(attempts):
        result = subprocess.run(
            [*command, url, "--quiet", "--output=json", f"--output-path={report}",
             f"--only-categories={','.join(CATEGORIES)}",
             "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
            capture_output=True, text=True, timeout=300,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
        )  # fmt: skip
        if result.returncode == 0 or RUN_AGAIN not in result.stderr:
            break
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(Path(report).read_text())
    scores = {key: round(data["categories"][key]["score"] * 100) for key in CATEGORIES}
    metrics = {key: data["audits"][key]["displayValue"] for key in METRICS}
    metrics["benchmark-index"] = f"host benchmark {round(data['environment']['benchmarkIndex'])}"
    failing = sorted(
        f"{category['id']}: {ref['id']} ({data['audits'][ref['id']]['score']})"
        for category in data["categories"].values()
        for ref in category["auditRefs"]
        if ref["weight"]
        and (data["audits"][ref["id"]]["score"] or 0) < 1
        and data["audits"][ref["id"]]["scoreDisplayMode"] in ("binary", "numeric")
    )
    return {"scores": scores, "metrics": metrics, "failing": failing}


def median_of_five(command, url, report, first):
    """The run with the median performance score of five (``first`` and four more): a page
    near the threshold scores on either side of it from run to run (97, 98, 98 in CI).

    Lighthouse's advice for its variability: on this shared two-core machine another job's
    CPU use lands in the page's long tasks, which simulated throttling multiplies by 4 (total
    blocking time). Only performance is taken from the median run; the other categories must
    hold on every run.
    """
    runs = [first, *(audit(command, url, report) for _ in range(4))]
    runs.sort(key=lambda run: run["scores"]["performance"])
    median = runs[2]
    for category in THRESHOLDS:
        if category != "performance":
            median["scores"][category] = min(run["scores"][category] for run in runs)
    median["runs"] = [run["scores"]["performance"] for run in runs]
    return median


def audited_pages():
    """(label, path without language): the home page, a list and a detail, with pictures."""
    from news.models import Article

    article = Article.objects.published().exclude(image="").order_by("-published_at").first()
    return [
        ("home", "/"),
        ("news list", "/news/"),
        ("article", article.get_absolute_url().removeprefix("/en").removeprefix("/ar")),
    ]


@pytest.fixture(scope="module")
def edge_server(demo_server):
    """The demo's live server as production serves it: nginx in front, the templates naming
    the collected static files (WhiteNoise's manifest storage, as with DEBUG off)."""
    from django.conf import settings
    from django.core.cache import caches
    from django.test import override_settings

    if NGINX is None:
        missing("Lighthouse", "nginx is not installed (apt-get install nginx)")
    collect_static()
    production_static = override_settings(
        STATIC_ROOT=STATIC_ROOT,
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
    )
    app_port = int(demo_server.rsplit(":", 1)[1])
    with production_static, nginx_edge(app_port, settings.MEDIA_ROOT) as base:
        for alias in settings.CACHES:  # no fragment rendered with the other static names
            caches[alias].clear()
        yield base


@pytest.fixture(autouse=True)
def _isolated(module_isolated):
    """The module's tests share one seeded demo (see ``demo_server``)."""
    yield


def test_lighthouse_scores_on_home_list_and_detail(edge_server, lighthouse):
    results, problems = {}, []
    reports = LIGHTHOUSE_DIR / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    for label, path in audited_pages():
        for lang in ("ar", "en"):
            url = f"{edge_server}/{lang}{path}"
            report = reports / f"{lang}-{label.replace(' ', '-')}.json"
            result = audit(lighthouse, url, report)
            if result["scores"]["performance"] < THRESHOLDS["performance"]:
                result = median_of_five(lighthouse, url, report, result)
            results[f"{lang} {label}"] = {"path": f"/{lang}{path}", **result}
            for category, least in THRESHOLDS.items():
                if result["scores"][category] < least:
                    problems.append(
                        f"{lang} {label}: {category} {result['scores'][category]} < {least} "
                        f"({result['failing']})"
                    )
    (LIGHTHOUSE_DIR / "scores.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"\nLighthouse {LIGHTHOUSE_VERSION}, mobile, simulated throttling:")
    for name, result in results.items():
        scores = " ".join(f"{key} {value}" for key, value in result["scores"].items())
        runs = f" median of {result['runs']}" if "runs" in result else ""
        print(f"  {name:12} {scores}{runs}  ({', '.join(result['metrics'].values())})")
    assert problems == [], "\n".join(problems)
