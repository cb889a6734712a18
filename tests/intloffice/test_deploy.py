"""The edge (issue 15, "Must hold" 6): deploy/nginx in front of a live site, as `make bench`
starts it — static and media from disk, the micro-cache honouring Cache-Control and bypassed by
a session cookie, X-Forwarded-Proto passed on. Needs Debian's nginx (installed by .ci/run);
skipped without it locally, a failure in CI."""

import gzip
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.edge import NGINX, STATIC_ROOT, collect_static, nginx_edge
from tests.factories import PageFactory
from tests.npm_tools import missing

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def nginx_binary():
    if NGINX is None:
        missing("The edge tests", "nginx is not installed (apt-get install nginx)")
    return NGINX


def _get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def edge(nginx_binary, live_server, settings, site):
    """nginx on a free port in front of the live server; yields its base URL."""
    settings.PAGE_CACHE_SECONDS = 300
    app_port = int(live_server.url.rsplit(":", 1)[1])
    with nginx_edge(app_port, settings.MEDIA_ROOT, nginx_binary) as base:
        yield base


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


def test_pages_are_compressed_for_browsers_that_accept_it(edge):
    PageFactory(slug="about-us", title_en="About the office", title_ar="عن المكتب")
    for language in ("ar", "en"):
        url = f"{edge}/{language}/about/about-us/"
        plain = _get(url)
        status, headers, body = _get(url, **{"Accept-Encoding": "gzip"})
        assert status == 200
        assert headers.get("Content-Encoding") == "gzip"
        assert "Accept-Encoding" in headers.get("Vary", "")
        assert gzip.decompress(body) == plain[2]
        assert "Content-Encoding" not in plain[1]  # and plain to those that do not


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
    collect_static()  # as production runs it
    static = next((STATIC_ROOT / "css").glob("site.*.css"))
    status, headers, _body = _get(f"{edge}/static/css/{static.name}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert headers.get("Content-Encoding") == "gzip"  # the .gz written by collectstatic
