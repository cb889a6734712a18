"""Headers and small things (issue 14, row 10 and "Must hold" 9)."""

import pytest

from tests.factories import PageFactory
from tests.live import manage

URLS = ["/en/", "/ar/about/about-us/", "/en/contact/", "/healthz", "/robots.txt", "/admin/login/"]


@pytest.fixture
def pages(site):
    PageFactory(slug="about-us")


@pytest.mark.parametrize("url", URLS)
def test_permissions_policy_on_every_response(client, pages, settings, url):
    settings.PAGE_CACHE_SECONDS = 300
    for _ in range(2):  # rendered, then (for public pages) from the page cache
        policy = client.get(url)["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("method", ["TRACE", "OPTIONS", "PUT", "DELETE"])
def test_methods_that_mean_nothing_here_are_405(client, pages, url, method):
    response = client.generic(method, url)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"


def test_head_still_works(client, pages):
    assert client.head("/en/about/about-us/").status_code == 200


@pytest.mark.parametrize("url", ["/translations/files/project/", "/translations/translate/"])
def test_login_redirects_go_to_the_admin_login(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/admin/login/?next={url}")
    assert client.get(response["Location"]).status_code == 200


def test_every_login_url_is_the_admin_login(settings):
    from django.shortcuts import resolve_url

    assert resolve_url(settings.LOGIN_URL) == "/admin/login/"


HSTS = (
    "from django.test import Client; "
    "print(Client().get('/robots.txt', secure=True, HTTP_HOST='intl.example.edu')"
    "['Strict-Transport-Security'])"
)


@pytest.mark.parametrize(
    ("switches", "header"),
    [
        ({}, "max-age=31536000"),
        (
            {"DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1", "DJANGO_HSTS_PRELOAD": "1"},
            "max-age=31536000; includeSubDomains; preload",
        ),
    ],
)
def test_hsts_subdomains_and_preload_only_when_switched_on(tmp_path, switches, header):
    env = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "k3y-" + "x9Q!" * 16,
        "DJANGO_ALLOWED_HOSTS": "intl.example.edu",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "tests.live_settings",
        **switches,
    }
    output = manage("shell", "-c", HSTS, env=env).stdout.strip()
    assert output.splitlines()[-1] == header
