"""Links never leave the site (issue 14, row 6 and "Must hold" 6)."""

import re

import pytest


def get_raw(client, path, **extra):
    """GET a path exactly as written (the test client would read "//host/" as a host)."""
    return client.get("/", PATH_INFO=path, **extra)


@pytest.mark.parametrize(
    ("path", "clean"),
    [
        ("//evil.example/", "/evil.example/"),
        ("//evil.example", "/evil.example"),
        ("/en//evil.example/", "/en/evil.example/"),
        ("/ar/partners//", "/ar/partners/"),
        ("///en///about//", "/en/about/"),
    ],
)
def test_empty_segments_redirect_to_the_clean_path_on_this_site(client, site, path, clean):
    response = get_raw(client, path, QUERY_STRING="page=2")
    assert response.status_code == 301
    assert response["Location"] == f"{clean}?page=2"


@pytest.mark.parametrize("path", ["//evil.example/", "/en//evil.example/"])
def test_no_page_reached_from_such_a_path_links_to_another_host(client, site, path):
    response = get_raw(client, path)
    while response.status_code in (301, 302):
        response = client.get(response["Location"])
    assert response.status_code == 404
    html = response.content.decode()
    assert "evil.example" in html  # the links name the path...
    assert "//evil.example" not in html  # ...on this site, never as a host
    links = re.findall(r'(?:href|content)="([^"]*evil\.example[^"]*)"', html)
    assert links and all(link.startswith(("/", "http://testserver/")) for link in links)


def test_links_on_the_404_page_are_built_from_the_sites_own_host(rf, site):
    from django.template.loader import render_to_string

    request = rf.get("/", PATH_INFO="/en//evil.example/")
    html = render_to_string("includes/meta.html", request=request)
    assert "//evil.example" not in html
    assert 'href="http://testserver/en/evil.example/"' in html
