"""Load benchmark (issue 15): the site under gunicorn with production settings, against the
floor (bench/floor.py: a bare Django view under the same gunicorn), driven by wrk, and the home
page through nginx (deploy/nginx) against nginx serving a static file — all in one run.

    make bench                      # SQLite, --scale 50 (seeded once, then reused)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/intloffice_bench \\
    CACHE_URL=redis://127.0.0.1:6379/9 make bench
    .venv/bin/python bench/load.py --seconds 3 --pages home --modes uncached   # a quick look

Writes bench/results/<date>-<database>.md: requests/s, p50/p99 latency, bytes and the share of
the floor's requests/s for every page in both languages, uncached (page cache off), cached in
local memory and cached in Redis (when a Redis answers), then through nginx.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `make bench` runs this file as a script

from bench.edge import collect_static, free_port, nginx_edge  # noqa: E402

PYTHON = sys.executable
WORK = ROOT / "var" / "bench"
CONNECTIONS = 16
WORKERS = 2

PAGES = {  # name -> (path or a key filled from the database, with {lang})
    "home": "/{lang}/",
    "news list": "/{lang}/news/",
    "an article": "/{lang}/news/{article}/",
    "partners in a country": "/{lang}/partners/?country={country}",
    "a partner": "/{lang}/partners/{partner}/",
    "agreements": "/{lang}/agreements/",
    "visits list": "/{lang}/visits/",
    "a visit": "/{lang}/visits/{visit}/",
    "statements": "/{lang}/statements/",
    "exhibitions": "/{lang}/exhibitions/",
    "opportunities": "/{lang}/opportunities/",
    "a search": "/{lang}/search/?q={word}",
}

PICK = """
import json
from news.models import Article
from partners.models import Partner
from visits.models import Visit
from django.db.models import Count
article = Article.objects.published().order_by("-published_at").first()
partner = Partner.objects.published().order_by("-featured", "pk").first()
visit = Visit.objects.published().order_by("-starts_on").first()
country = (Partner.objects.published().values("country").annotate(n=Count("pk"))
           .order_by("-n").first()["country"])
print(json.dumps({"article": article.slug, "partner": partner.slug, "visit": visit.slug,
                  "country": country}))
"""


def log(message):
    print(message, file=sys.stderr, flush=True)


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def site_env(database_url, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "intloffice.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_HTTPS": "0",
        "DATABASE_URL": database_url,
        "DJANGO_MEDIA_ROOT": str(WORK / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(WORK / "private"),
        "DJANGO_CONN_MAX_AGE": "60",
        "PYTHONPATH": str(ROOT),
    }
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return result.stdout


def prepare(database_url, scale):
    """Migrate, seed (once per database and scale: a marker file remembers) and collect."""
    env = site_env(database_url, CACHE_URL="locmemcache://")
    marker = WORK / f"seeded-{hashlib.sha256(database_url.encode()).hexdigest()[:12]}-{scale}"
    manage(env, "migrate", "--noinput")
    if not marker.exists():
        log(f"seeding the demo at --scale {scale} (once; {marker.name} marks it)")
        manage(env, "seed_demo", "--scale", str(scale))
        marker.touch()
    collect_static()
    manage(env, "compile_translations")
    picked = json.loads(manage(env, "shell", "-c", PICK, capture=True).strip().splitlines()[-1])
    return {**picked, "word": "university"}


class Server:
    """gunicorn on a free loopback port (sync workers, as in deploy/gunicorn.conf.py)."""

    def __init__(self, app, env, check_path="/"):
        self.port = free_port()
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", app, "-w", str(WORKERS), "-k", "sync",
             "-b", f"127.0.0.1:{self.port}", "--log-level", "warning"],
            cwd=ROOT, env=env, start_new_session=True,
        )  # fmt: skip
        wait_for(self.url(check_path))

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url, seconds):
    """requests/s, p50 ms, p99 ms, non-2xx/3xx count."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(*re.search(r"50%\s+([\d.]+)(us|ms|s)", out).groups())
    p99 = _ms(*re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups())
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rate, p50, p99, int(errors.group(1)) if errors else 0


def page_bytes(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()


def modes(chosen):
    redis_url = os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/9")
    available = {
        "uncached": {"DJANGO_PAGE_CACHE_SECONDS": 0, "CACHE_URL": os.environ.get("CACHE_URL", "")},
        "cached, local memory": {"DJANGO_PAGE_CACHE_SECONDS": 300, "CACHE_URL": "locmemcache://"},
        "cached, Redis": {"DJANGO_PAGE_CACHE_SECONDS": 300, "CACHE_URL": redis_url},
    }
    if not available["uncached"]["CACHE_URL"]:
        available["uncached"]["CACHE_URL"] = "locmemcache://"
    try:
        import redis

        redis.Redis.from_url(redis_url, socket_timeout=1).ping()
    except Exception:
        log(f"no Redis answers at {redis_url}: the Redis column is skipped")
        available.pop("cached, Redis")
    return {name: env for name, env in available.items() if not chosen or name in chosen}


def run_mode(name, extra, database_url, urls, seconds, floor):
    env = site_env(database_url, **extra)
    if "redis" in extra.get("CACHE_URL", ""):
        import redis

        redis.Redis.from_url(extra["CACHE_URL"]).flushdb()
    site = Server("intloffice.wsgi", env, check_path="/healthz")
    rows = {}
    try:
        for label, path in urls:
            status, body = page_bytes(site.url(path))  # renders once (fills the cache)
            floor_rate = wrk(floor.url("/"), seconds)[0]
            rate, p50, p99, errors = wrk(site.url(path), seconds)
            rows[label] = {"rate": rate, "p50": p50, "p99": p99, "bytes": len(body), "status": status,
                               "errors": errors, "floor": floor_rate}  # fmt: skip
            log(f"{name:<22} {label:<32} {rate:8.1f} req/s  {100 * rate / floor_rate:5.1f}% "
                f"of floor  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")  # fmt: skip
    finally:
        site.stop()
    return rows


def run_nginx(database_url, urls, seconds, extra):
    """Home through nginx (micro-cache in front of the cached site) against a static file."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        log("nginx is not installed (apt-get install nginx): the nginx rows are skipped")
        return None
    env = site_env(database_url, **extra)
    site = Server("intloffice.wsgi", env, check_path="/healthz")
    try:
        with nginx_edge(site.port, WORK / "media", nginx) as base:
            wait_for(base + "/healthz")
            media, missing = set(), []
            for _label, path in urls:
                _status, body = page_bytes(base + path)
                media |= set(re.findall(r'(/media/[^"\s,?]+)', body.decode()))
            for path in sorted(media):
                try:
                    page_bytes(base + path)
                except urllib.error.HTTPError as error:
                    missing.append(f"{path} {error.code}")
            rows = {}
            # The page's own bytes as a static file, measured just before the page (as the
            # floor before each URL): the same body from disk, so the share is what the
            # micro-cache and the proxy cost, and a noisy neighbour slows both of a pair alike.
            for label, path in [("home /en/ (nginx)", "/en/"), ("home /ar/ (nginx)", "/ar/")]:
                copy = ROOT / "var/static/bench" / f"home-{path.strip('/')}.html"
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_bytes(page_bytes(base + path)[1])
                static = "/static/" + copy.relative_to(ROOT / "var/static").as_posix()
                for name, url in [(f"static file, before {label}", static), (label, path)]:
                    rate, p50, p99, errors = wrk(base + url, seconds)
                    size = len(page_bytes(base + url)[1])
                    rows[name] = {"rate": rate, "p50": p50, "p99": p99, "errors": errors,
                                  "bytes": size, "static": rows.get(f"static file, before {label}",
                                                                    {}).get("rate", rate)}  # fmt: skip
                    log(f"nginx {name:<44} {rate:9.1f} req/s  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms")
            return rows, len(media), missing
    finally:
        site.stop()


def report(database_url, scale, seconds, results, nginx):
    vendor = "postgresql" if database_url.startswith("postgres") else "sqlite"
    lines = [
        f"# Load benchmark — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — {vendor}",
        "",
        f"`bench/load.py`: `seed_demo --scale {scale}`, gunicorn {WORKERS} sync workers, "
        f"DEBUG off; wrk -t2 -c{CONNECTIONS}, {seconds} s per URL, the floor (a bare Django "
        "view, no middleware, same gunicorn) measured just before each URL. "
        f"Machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end.",
        "",
    ]
    for mode, rows in results.items():
        lines += [f"## {mode}", "", "| page | req/s | share of floor | p50 ms | p99 ms | bytes |",
                  "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
        for label, row in rows.items():
            share = 100 * row["rate"] / row["floor"]
            flag = "" if row["status"] == 200 and not row["errors"] else " (errors!)"
            lines.append(
                f"| {label}{flag} | {row['rate']:.0f} | {share:.1f}% | {row['p50']:.1f} "
                f"| {row['p99']:.1f} | {row['bytes']:,} |"
            )
        floors = [row["floor"] for row in rows.values()]
        lines += ["", f"Floor: {min(floors):.0f}–{max(floors):.0f} req/s.", ""]
    if nginx:
        rows, media_count, missing = nginx
        lines += ["## Through nginx (deploy/nginx, micro-cache)", "",
                  "The static file is the page's own bytes served from disk by the same nginx, "
                  "measured just before the page.", "",
                  "| URL | req/s | share of the static file | p50 ms | p99 ms | bytes |",
                  "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
        for label, row in rows.items():
            lines.append(
                f"| {label} | {row['rate']:.0f} | {100 * row['rate'] / row['static']:.1f}% "
                f"| {row['p50']:.2f} | {row['p99']:.2f} | {row['bytes']:,} |"
            )
        lines += ["", f"`/media/` URLs on the measured pages: {media_count}, "
                  f"not answering 200: {len(missing)} {' '.join(missing[:5])}", ""]  # fmt: skip
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--pages", nargs="*", help="page names (default: all)", default=None)
    parser.add_argument("--modes", nargs="*", help="uncached, 'cached, local memory', ...")
    parser.add_argument("--no-nginx", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        log("installing wrk (Debian package)")
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk", "nginx"], check=True)
    WORK.mkdir(parents=True, exist_ok=True)
    database_url = os.environ.get("DATABASE_URL", f"sqlite:///{WORK}/scale{args.scale}.sqlite3")
    keys = prepare(database_url, args.scale)
    urls = [
        (f"{name} ({lang})", path.format(lang=lang, **keys))
        for name, path in PAGES.items()
        if not args.pages or name in args.pages
        for lang in ("ar", "en")
    ]
    floor = Server("bench.floor:application", {**os.environ, "PYTHONPATH": str(ROOT),
                                               "DJANGO_SETTINGS_MODULE": "bench.floor"})  # fmt: skip
    results = {}
    try:
        for name, extra in modes(args.modes).items():
            results[name] = run_mode(name, extra, database_url, urls, args.seconds, floor)
    finally:
        floor.stop()
    nginx = None
    if not args.no_nginx:
        cached = modes(None)
        extra = cached.get("cached, Redis") or cached["cached, local memory"]
        nginx = run_nginx(database_url, urls, args.seconds, extra)
    text = report(database_url, args.scale, args.seconds, results, nginx)
    print(text)
    vendor = "postgresql" if database_url.startswith("postgres") else "sqlite"
    out = ROOT / "bench" / "results" / f"{datetime.now(UTC):%Y-%m-%d}-{vendor}.md"
    out.write_text(text + "\n", encoding="utf-8")
    log(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
