"""The edge (issue 15, "Must hold" 6): deploy/nginx in front of a live site, as `make bench`
starts it — static and media from disk, the micro-cache honouring Cache-Control and bypassed by
a session cookie, X-Forwarded-Proto passed on. Needs Debian's nginx (installed by .ci/run);
skipped without it locally, a failure in CI."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.load import nginx_config
from tests.factories import PageFactory

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def nginx_binary():
    if NGINX is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is not installed: .ci/run installs it (apt-get install nginx)")
        pytest.skip("nginx is not installed (apt-get install nginx)")
    return NGINX


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def edge(nginx_binary, live_server, settings, site, tmp_path):
    """nginx on a free port in front of the live server; yields its base URL."""
    settings.PAGE_CACHE_SECONDS = 300
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    port = _free_port()
    app_port = int(live_server.url.rsplit(":", 1)[1])
    config = nginx_config(prefix, port, app_port)
    config = config.replace(f"{ROOT}/var/bench/media/", f"{settings.MEDIA_ROOT}/")
    (prefix / "nginx.conf").write_text(config)
    check = subprocess.run(
        [nginx_binary, "-t", "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(
        [nginx_binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def test_anonymous_pages_come_from_the_micro_cache(edge):
    PageFactory(slug="about-us", title_en="About the office", title_ar="عن المكتب")
    for language in ("ar", "en"):
        url = f"{edge}/{language}/about/about-us/"
        first = _get(url)
        assert first[0] == 200
        assert first[1]["X-Micro-Cache"] in {"MISS", "EXPIRED"}
        second = _get(url)
        assert second[1]["X-Micro-Cache"] == "HIT"
        assert second[2] == first[2]


def test_a_session_cookie_bypasses_the_micro_cache(edge):
    PageFactory(slug="about-us")
    url = f"{edge}/en/about/about-us/"
    _get(url)
    assert _get(url)[1]["X-Micro-Cache"] == "HIT"
    assert _get(url, Cookie="sessionid=abc")[1]["X-Micro-Cache"] == "BYPASS"


def test_forms_and_the_admin_are_never_stored(edge):
    for path in ("/en/contact/", "/admin/login/"):
        _get(edge + path)
        status, headers, _body = _get(edge + path)
        assert status == 200
        assert headers["X-Micro-Cache"] != "HIT", path


def test_static_and_media_files_are_served_from_disk(edge, settings):
    media = Path(settings.MEDIA_ROOT) / "covers" / "cover.png"
    media.parent.mkdir(parents=True, exist_ok=True)
    media.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    status, headers, body = _get(f"{edge}/media/covers/cover.png")
    assert status == 200 and body.startswith(b"\x89PNG")
    assert "X-Micro-Cache" not in headers  # nginx itself, not the site
    assert _get(f"{edge}/media/covers/missing.png")[0] == 404
    static = next((ROOT / "var" / "static" / "css").glob("site.*.css"), None)
    if static is None:  # collectstatic has not run in this checkout: as production runs it
        production = {
            **os.environ,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "deploy-test-only-" + "x" * 40,
            "DJANGO_ALLOWED_HOSTS": "localhost",
        }
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            check=True,
            env=production,
        )
        static = next((ROOT / "var" / "static" / "css").glob("site.*.css"))
    status, headers, _body = _get(f"{edge}/static/css/{static.name}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert headers.get("Content-Encoding") == "gzip"  # the .gz written by collectstatic
