"""Search-engine and sharing metadata for ``<head>`` (loaded by base.html and by the pages that
add structured data): ``{% capture %}``, the canonical URL with the page number, JSON-LD blocks
(``{% json_ld %}``, ``{% breadcrumb_json_ld %}``, ``{% organisation_json_ld %}``,
``{% news_article_json_ld %}``, ``{% event_json_ld %}``) and ``og:locale`` codes. The JSON-LD blocks build a dict and
hand it to ``json_ld``, so another app adds its type (an ``Event``) the same way."""

import json
from functools import partial
from html.parser import HTMLParser
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..fragments import remembered
from ..icons import icon_version
from .intloffice_media import picture_url
from .intloffice_tags import absolute

register = template.Library()

OG_LOCALES = {"ar": "ar_AR", "en": "en_GB"}


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)  # so {% block %}s inside are found and overridden

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Rendered (and escaped) once; the variable holds the finished text.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}``: render once into ``name``, show nothing."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.filter
def plain(value):
    """Rendered HTML as one line of plain text (for meta descriptions)."""
    from ..search import plain_text

    return plain_text(value)


@register.simple_tag
def og_locale(code=None):
    return OG_LOCALES.get(code or get_language(), code or get_language())


@register.simple_tag
def og_alternate_locales():
    current = get_language()
    return [OG_LOCALES.get(code, code) for code, _name in settings.LANGUAGES if code != current]


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's address without query parameters, except ``page`` past the first."""
    request = context["request"]
    page_obj = context.get("page_obj")
    query = ""
    if page_obj is not None and getattr(page_obj, "number", 1) > 1:
        query = "?" + urlencode({"page": page_obj.number})
    return absolute(context, request.path + query)


@register.simple_tag(takes_context=True)
def page_link(context, number):
    """The address of page ``number`` of the current list: the filters the page declares kept
    (not ``format`` or unknown parameters), no ``page=1``."""
    from ..cache import declared_params

    request = context["request"]
    match = request.resolver_match
    declared = set(declared_params(match.func)) - {"page", "format"} if match else set()
    params = [
        (name, value)
        for name in request.GET
        if name in declared
        for value in request.GET.getlist(name)
        if value
    ]
    if number > 1:
        params.append(("page", number))
    query = urlencode(params)
    return absolute(context, request.path + (f"?{query}" if query else ""))


def _script(data):
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    # As json_script does: nothing in the data can close the element or open a comment.
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag
def json_ld(data):
    """A JSON-LD ``<script>`` (a data block: not executed, so the CSP allows it)."""
    return _script({"@context": "https://schema.org", **data})


class _Crumbs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items = []  # [name, href]
        self._in_item = False

    def handle_starttag(self, tag, attrs):
        if tag == "li":
            self.items.append(["", None])
            self._in_item = True
        elif tag == "a" and self._in_item and self.items[-1][1] is None:
            self.items[-1][1] = dict(attrs).get("href")

    def handle_endtag(self, tag):
        if tag == "li":
            self._in_item = False

    def handle_data(self, data):
        if self._in_item:
            self.items[-1][0] += data


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, crumbs_html, home_name):
    """A ``BreadcrumbList`` of the visible breadcrumbs: Home, then each ``<li>`` of
    ``crumbs_html`` (the rendered breadcrumbs block), so the two always agree."""
    parser = _Crumbs()
    parser.feed(str(crumbs_html))
    from django.urls import reverse

    items = [(str(home_name), reverse("intloffice:home"))]
    items += [(" ".join(name.split()), href) for name, href in parser.items if name.strip()]
    elements = []
    for position, (name, href) in enumerate(items, start=1):
        element = {"@type": "ListItem", "position": position, "name": name}
        if href:
            element["item"] = absolute(context, href)
        elements.append(element)
    return json_ld({"@type": "BreadcrumbList", "itemListElement": elements})


def _image(context, image, width=1600):
    """The absolute URL of ``image``'s rendition, or None. Finding the rendition is the
    costliest part of a page's head: it is remembered (fragments.py) with the image's app,
    once a request however many tags ask (the share tags, the structured data)."""
    if not image:
        return None
    request = context.get("request")
    seen = getattr(request, "_intloffice_images", None) if request is not None else None
    if seen is None:
        seen = {}
        if request is not None:
            request._intloffice_images = seen
    key = (image.name, int(width))
    if key not in seen:
        instance = getattr(image, "instance", None)
        apps = (instance._meta.app_label,) if instance is not None else None
        seen[key] = remembered(
            request, "rendition-url", partial(picture_url, image, width), apps, key
        )
    return absolute(context, seen[key]) if seen[key] else None


@register.simple_tag(takes_context=True)
def organisation_json_ld(context, site):
    """``CollegeOrUniversity`` for the home page, from the site settings."""
    data = {
        "@type": "CollegeOrUniversity",
        "name": str(site.university_name or ""),
        "url": absolute(context, "/"),
        "department": {"@type": "Organization", "name": str(site.office_name or "")},
    }
    logo = _image(context, getattr(site, "logo", None), 320)
    if logo:
        data["logo"] = logo
    if site.email:
        data["email"] = site.email
    if site.phone:
        data["telephone"] = site.phone
    if site.address:
        data["address"] = strip_tags(str(site.address))
    links = [url for _label, url in site.social_links()]
    if links:
        data["sameAs"] = links
    return json_ld(data)


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, item, site, image=None, description=""):
    """``NewsArticle`` for an article or a statement."""
    published = getattr(item, "published_at", None)
    data = {
        "@type": "NewsArticle",
        "headline": str(item.title)[:110],
        "inLanguage": get_language(),
        "url": absolute(context, item.get_absolute_url()),
        "mainEntityOfPage": absolute(context, context["request"].path),
        "datePublished": timezone.localtime(published).isoformat() if published else None,
        "dateModified": timezone.localtime(item.updated_at).isoformat(),
        "publisher": {
            "@type": "CollegeOrUniversity",
            "name": str(site.university_name or ""),
            "url": absolute(context, "/"),
        },
        "author": {"@type": "Organization", "name": str(site.office_name or "")},
    }
    if description:
        data["description"] = str(description)
    picture = _image(context, image)
    if picture:
        data["image"] = [picture]
    return json_ld({key: value for key, value in data.items() if value is not None})


@register.simple_tag(takes_context=True)
def event_json_ld(context, item, site, image=None, description=""):
    """``Event`` for an item with ``starts_on``, ``ends_on``, ``venue``, ``city`` and
    ``country`` (an exhibition, a fair, a conference): all-day dates, held in person."""
    locality = str(item.city or "")
    data = {
        "@type": "Event",
        "name": str(item.title)[:110],
        "inLanguage": get_language(),
        "url": absolute(context, item.get_absolute_url()),
        "startDate": item.starts_on.isoformat(),
        "endDate": item.ends_on.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {
            "@type": "Place",
            "name": str(item.venue or locality or item.country.name),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": locality or None,
                "addressCountry": item.country.code or None,
            },
        },
        "organizer": {
            "@type": "CollegeOrUniversity",
            "name": str(site.university_name or ""),
            "url": absolute(context, "/"),
        },
    }
    data["location"]["address"] = {
        key: value for key, value in data["location"]["address"].items() if value is not None
    }
    if description:
        data["description"] = str(description)
    picture = _image(context, image)
    if picture:
        data["image"] = [picture]
    return json_ld(data)


@register.simple_tag(takes_context=True)
def share_image(context, image=None, width=1600):
    """The absolute URL of ``image``'s rendition, else ""."""
    return _image(context, image, width) or ""


@register.simple_tag
def icon_url(name, site):
    """The URL of the site icon ``name`` (intloffice/icons.py), versioned by ``site``'s logo."""
    url = reverse("favicon") if name == "favicon" else reverse("site_icon", args=[name])
    logo = getattr(site, "logo", None)
    return f"{url}?v={icon_version(getattr(logo, 'name', '') or '')}"


@register.simple_tag(takes_context=True)
def default_share_image(context, site):
    """The absolute URL of the share picture made from the logo, for pages without their own."""
    return absolute(context, icon_url("share", site))
