"""{% picture %}: every public image goes through this tag.

    {% load intloffice_media %}
    {% picture partner.logo alt=partner.logo_alt css_class="card-logo" sizes="6rem" %}
    {% picture article.image alt=article.image_alt lazy=False %}   {# above the fold #}

renders a ``<picture>`` with a WebP ``<source>`` and a JPEG (or PNG) ``<img>``, both with a
``srcset`` of the renditions (320, 640, 800, 1600 px wide), ``width``/``height`` (no layout shift),
``alt`` and, unless ``lazy=False``, ``loading="lazy"``. Nothing is rendered when the file is
missing (the error is logged). No database query; the file is read only once per process, to
check the renditions exist (see ``intloffice/renditions.py``).

``sizes`` is a CSS sizes list, or the name of a layout in ``LAYOUT_SIZES`` (``sizes="card"``):
how wide the picture is shown, so that a phone or a desktop grid takes the rendition it needs.

``{% picture_url image 800 %}`` gives the URL of the JPEG/PNG rendition at least that wide
(for ``og:image`` and the like), or an empty string.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from intloffice.renditions import picture_sources

register = template.Library()

#: How wide a layout of static/css/site.css shows its pictures, at each viewport width.
LAYOUT_SIZES = {
    # A card of ``.cards`` (and of the home page's rows): the page's padding and the card's
    # take 4rem on a phone (346 px of 412); two columns from 35rem, four of at most 18rem
    # from 72rem. A 1280 px desktop takes the 320 px rendition, a phone the 640 px one.
    "card": "(min-width: 72rem) 18rem, (min-width: 35rem) 50vw, calc(100vw - 4rem)",
}


@register.simple_tag
def picture(image, alt="", css_class="", lazy=True, sizes="100vw", priority=False):
    """A responsive <picture> with width, height, alt and lazy loading; nothing when missing.

    ``priority=True`` is for the page's main picture (its largest contentful paint): loaded at
    once and first (``fetchpriority="high"``), never lazily."""
    if priority:
        lazy = False
    if not image:
        return ""
    sources = picture_sources(image)
    if sources is None:
        return ""
    default = sources.nearest(800)
    sizes = LAYOUT_SIZES.get(sizes, sizes)
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" alt="{}" width="{}" height="{}"{}{}></picture>',
        sources.srcset("webp"),
        sizes,
        default.fallback_url,
        sources.srcset("fallback"),
        sizes,
        alt or "",
        sources.width,
        sources.height,
        format_html(' class="{}"', css_class) if css_class else "",
        mark_safe(' loading="lazy" decoding="async"')
        if lazy
        else mark_safe(' fetchpriority="high"')
        if priority
        else "",
    )


@register.simple_tag
def picture_url(image, width=1600):
    """The URL of the JPEG/PNG rendition at least ``width`` wide, or ""."""
    if not image:
        return ""
    sources = picture_sources(image)
    return sources.nearest(int(width)).fallback_url if sources else ""
