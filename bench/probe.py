"""A bounded hostile probe of a running site on this machine: counts the answers >= 500.

    python bench/probe.py --serve                   # its own site: demo content, 2 workers
    python bench/probe.py --url http://127.0.0.1:8000 --requests 3000

It crawls the public pages it finds from the home pages, then sends ``--requests`` seeded
hostile requests: odd query values (declared and undeclared parameters, NUL and other control
characters, invalid UTF-8, huge values), odd path segments, ``//host`` paths, TRACE/OPTIONS/PUT,
a foreign Host header, forged X-Forwarded-For, contact form posts with bad bytes, admin
logins with random user names, and a flood of unique cache-busting parameters. It prints the
answers by status and exits 1 when any is >= 500. Loopback addresses only: it refuses others.

``--serve`` makes a temporary installation (SQLite, demo content, production settings without
CACHE_URL: the database cache) and serves it with gunicorn on a free loopback port.
"""

import argparse
import collections
import contextlib
import http.client
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script

from bench.edge import free_port, production_env  # noqa: E402

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
VALUES = [
    "", "0", "-1", "99999999999999999999", "١٢", "²", "abc", "'", '"', "<script>x</script>",
    "../../etc/passwd", "\u202e", "a" * 4000, "NaN", "1e309", "XX", "2024-02-30", "😀",
]  # fmt: skip
RAW = ["%00", "%01", "%1b", "%7f", "%c2%85", "%ff%fe", "%ED%A0%80", "%C0%AF", "%0d%0aX:1", "%25"]
SEGMENTS = ["%00", "%2e%2e", "..%2f", "%ff", "a" * 300, "%27", "%3Cx%3E", "%D9%A3", "x.json"]
PARAMS = ["page", "format", "q", "sort", "country", "kind", "year", "direction", "status", "cb"]


def value(rng):
    return rng.choice(RAW) if rng.random() < 0.3 else quote(rng.choice(VALUES), safe="")


class Site:
    def __init__(self, url):
        parts = urlsplit(url)
        if parts.hostname not in LOOPBACK:
            raise SystemExit(f"Refusing {parts.hostname}: this probe only targets loopback.")
        self.host, self.port = parts.hostname, parts.port or 80

    def send(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as error:
            return f"error: {type(error).__name__}", ""
        finally:
            connection.close()


def crawl(site, limit=150):
    """Public paths linked from the home pages and the pages they link to."""
    seen, queue = set(), ["/en/", "/ar/"]
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, html = site.send("GET", path)
        if status != 200:
            continue
        for link in re.findall(r'href="(/(?:ar|en)/[^"?#]*)"', html):
            if link not in seen and not link.endswith((".ics", ".xml")):
                queue.append(link)
    return sorted(seen)


def hostile_requests(rng, paths, count):
    for number in range(count):
        path = rng.choice(paths)
        kind = rng.random()
        if kind < 0.45:
            query = "&".join(f"{rng.choice(PARAMS)}={value(rng)}" for _ in range(rng.randint(1, 3)))
            yield "GET", f"{path}?{query}", None, {}
        elif kind < 0.55:
            yield "GET", f"{path}{rng.choice(SEGMENTS)}/", None, {}
        elif kind < 0.6:
            yield (
                "GET",
                rng.choice(["//evil.example/", f"/{path.strip('/')}//evil.example/"]),
                None,
                {},
            )
        elif kind < 0.65:
            yield rng.choice(["TRACE", "OPTIONS", "PUT", "DELETE"]), path, None, {}
        elif kind < 0.7:
            yield "GET", path, None, {"Host": "evil.example"}
        elif kind < 0.75:
            headers = {"X-Forwarded-For": rng.choice(["1.2.3.4, junk", "::1, %00", "x" * 500])}
            yield "GET", path, None, headers
        elif kind < 0.82:
            body = f"name=a&email=a%40example.org&subject={value(rng)}&message={value(rng)}"
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            yield "POST", "/en/contact/", body, headers
        elif kind < 0.88:
            body = f"username=probe-{number}&password={value(rng)}"
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            yield "POST", "/admin/login/", body, headers
        else:
            yield "GET", f"/en/?cb={rng.getrandbits(64)}", None, {}


def probe(url, count, seed, workers=4):
    site = Site(url)
    paths = crawl(site)
    rng = random.Random(seed)
    requests = list(hostile_requests(rng, paths, count))
    statuses = collections.Counter()
    failures = []
    started = time.monotonic()

    def run(request):
        method, path, body, headers = request
        status, _html = site.send(method, path, body, headers)
        return status, method, path

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for status, method, path in pool.map(run, requests):
            statuses[status] += 1
            if not isinstance(status, int) or status >= 500:
                failures.append(f"{status} {method} {path[:120]}")
    seconds = time.monotonic() - started
    print(
        f"crawled {len(paths)} public pages; sent {len(requests)} hostile requests in {seconds:.0f} s"
    )
    print("answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
    print(f">= 500 or no answer: {len(failures)}")
    for line in failures[:20]:
        print("  " + line)
    return 1 if failures else 0


@contextlib.contextmanager
def served_demo():
    """A temporary production-like installation with demo content, served by gunicorn."""
    folder = Path(tempfile.mkdtemp(prefix="intloffice-probe-"))
    env = production_env(
        DJANGO_SETTINGS_MODULE="tests.live_settings",
        DJANGO_SECRET_KEY="probe-" + "k3y!" * 12,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        DJANGO_PRIVATE_MEDIA_ROOT=str(folder / "private"),
        DJANGO_LOG_LEVEL="CRITICAL",
    )
    python = sys.executable
    for command in (["migrate", "--noinput", "-v0"], ["seed_demo"]):
        subprocess.run([python, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    port = free_port()
    gunicorn = Path(python).parent / "gunicorn"
    server = subprocess.Popen(
        [str(gunicorn), "intloffice.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--no-control-socket"],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=15)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--serve", action="store_true", help="serve a temporary demo site")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    if args.serve:
        with served_demo() as url:
            return probe(url, args.requests, args.seed)
    return probe(args.url, args.requests, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
