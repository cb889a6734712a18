"""Reading /sitemap.xml as a crawler does: the index, then each section's pages."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _path(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def sitemap_documents(client):
    """[(path, parsed <urlset>)] of every sitemap the index lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    index = ElementTree.fromstring(response.content)
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    documents = []
    for loc in index.findall("s:sitemap/s:loc", NS):
        page = client.get(_path(loc.text))
        assert page.status_code == 200, loc.text
        documents.append((_path(loc.text), ElementTree.fromstring(page.content)))
    return documents


def sitemap_urls(client):
    """Every <url> element of every section."""
    return [url for _path, doc in sitemap_documents(client) for url in doc.findall("s:url", NS)]


def sitemap_locations(client):
    return [url.find("s:loc", NS).text for url in sitemap_urls(client)]


def sitemap_text(client):
    """All sections' XML as one string (for "is this path listed" checks)."""
    return "\n".join(
        ElementTree.tostring(doc, encoding="unicode") for _p, doc in sitemap_documents(client)
    )
