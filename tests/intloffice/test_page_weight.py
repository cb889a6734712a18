"""Page weight (issue 15, "Must hold" 7) on the demo content: every public page type in both
languages is at most 60 KB of HTML, shows uploaded pictures only as renditions, and the
stylesheet is at most 30 KB (10 KB compressed)."""

import gzip
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.sitemaps import sitemap_locations

pytestmark = pytest.mark.django_db

MAX_HTML = 60 * 1024
MAX_CSS = 30 * 1024
MAX_CSS_COMPRESSED = 10 * 1024
LISTS = [
    "/{lang}/",
    "/{lang}/news/",
    "/{lang}/statements/",
    "/{lang}/publications/",
    "/{lang}/partners/",
    "/{lang}/agreements/",
    "/{lang}/visits/",
    "/{lang}/exhibitions/",
    "/{lang}/opportunities/",
    "/{lang}/search/?q=university",
    "/{lang}/sitemap/",
    "/{lang}/contact/",
]


def _one_detail_per_section(client):
    """The first sitemap location of each section (/<lang>/<section>/<slug>/)."""
    seen = {}
    for location in sitemap_locations(client):
        parts = urlsplit(location).path.strip("/").split("/")
        if len(parts) == 3 and parts[2] != "countries":  # the countries page: below
            seen.setdefault((parts[0], parts[1]), urlsplit(location).path)
    return sorted(seen.values())


def test_every_page_type_is_light_and_shows_renditions_only(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    call_command("seed_demo", scale=1, verbosity=0)
    urls = [url.format(lang=lang) for url in LISTS for lang in ("ar", "en")]
    details = _one_detail_per_section(client)
    assert len(details) >= 14  # news, statements, publications, partners, ... in both languages
    for url in urls + details:
        response = client.get(url)
        assert response.status_code == 200, url
        assert len(response.content) <= MAX_HTML, (url, len(response.content))
        html = response.content.decode()
        for source in re.findall(r'\s(?:src|srcset)="([^"]+)"', html):
            for candidate in source.split(","):
                path = candidate.strip().split(" ")[0]
                if path.startswith(settings.MEDIA_URL):
                    assert "/renditions/" in path, (url, path)


def test_the_countries_page_is_light_too(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    call_command("seed_demo", scale=1, verbosity=0)
    for lang in ("ar", "en"):
        response = client.get(f"/{lang}/partners/countries/")
        assert response.status_code == 200
        assert len(response.content) <= MAX_HTML, len(response.content)


def test_the_stylesheet_is_small():
    css = b"".join(path.read_bytes() for path in Path(settings.BASE_DIR, "static").rglob("*.css"))
    assert len(css) <= MAX_CSS, len(css)
    assert len(gzip.compress(css, 9)) <= MAX_CSS_COMPRESSED
