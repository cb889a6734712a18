"""Identity (issue 16): icons and the share picture made from the logo, linked from every page
and the admin; the footer links the human-readable site map."""

import re
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from intloffice.demo_images import photo
from intloffice.models import SiteSettings

pytestmark = pytest.mark.django_db


def links(html, rel):
    return re.findall(rf'<link rel="{rel}" href="([^"]+)"', html)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pages_link_the_favicon_and_touch_icons_which_answer(client, site, lang):
    html = client.get(f"/{lang}/").content.decode()
    icons = links(html, "icon") + links(html, "apple-touch-icon")
    assert len(icons) == 3
    for url in icons:
        response = client.get(url)
        assert response.status_code == 200
        assert "max-age=86400" in response["Cache-Control"]
        Image.open(BytesIO(response.content)).verify()
    touch = Image.open(BytesIO(client.get(links(html, "apple-touch-icon")[0]).content))
    assert touch.size == (180, 180) and touch.mode == "RGB"  # opaque for phones
    assert Image.open(BytesIO(client.get("/favicon.ico").content)).format == "ICO"
    assert client.get("/icons/unknown.png").status_code == 404


def test_icons_follow_the_logo(client, site):
    before = links(client.get("/en/").content.decode(), "apple-touch-icon")[0]
    default = client.get(before).content
    site.logo.save("logo.png", SimpleUploadedFile("logo.png", photo("Logo").read()), save=True)
    after = links(client.get("/en/").content.decode(), "apple-touch-icon")[0]
    assert after != before  # a new ?v=, so browsers fetch the new icon
    assert client.get(after).content != default


def test_a_logo_file_gone_missing_falls_back_to_the_default_emblem(client, site):
    SiteSettings.objects.filter(pk=site.pk).update(logo="site/missing_10x10.png")
    assert client.get("/icons/icon-192.png").status_code == 200


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_page_without_a_picture_shares_the_generated_one(client, site, lang):
    html = client.get(f"/{lang}/contact/").content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert image.startswith("http://testserver/icons/share.png?v=")
    picture = Image.open(BytesIO(client.get(image.removeprefix("http://testserver")).content))
    assert picture.size == (1200, 630)
    assert '<meta name="twitter:card" content="summary_large_image">' in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_admin_has_the_favicon(client, staff, lang):
    login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert links(login, "icon") and links(login, "apple-touch-icon")
    client.force_login(staff)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert links(html, "icon") and links(html, "apple-touch-icon")
    assert '/static/css/admin.css"' in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_footer_links_the_human_readable_site_map_not_the_xml(client, site, lang):
    html = client.get(f"/{lang}/").content.decode()
    footer = html[html.index("<footer") :]
    assert f'href="/{lang}/sitemap/"' in footer
    assert "sitemap.xml" not in footer
