"""The site's icons and default share picture, made with Pillow from the SiteSettings logo.

Served from unprefixed URLs (``/favicon.ico``, ``/icons/<name>.png``) that the public base
template and the admin link to: the browser tab's icon, the phone home-screen ("touch") icons
and the picture a page shares on social networks when it has none of its own (1200×630). With
no logo set, the office's default emblem (the globe of ``static/img/favicon.svg``) is drawn.
Each file is made once per logo and kept in the cache; a new logo changes the ``?v=`` of the
links (``icon_version``) and the key, so browsers and the cache see the new pictures.
"""

import hashlib
from io import BytesIO

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.views.decorators.cache import cache_control
from PIL import Image, ImageDraw, UnidentifiedImageError

#: name: (width, height); the square ones are icons, ``share`` is the social picture.
SIZES = {
    "icon-32": (32, 32),
    "icon-192": (192, 192),
    "icon-512": (512, 512),
    "apple-touch-icon": (180, 180),
    "share": (1200, 630),
}
ICO_SIZES = [(16, 16), (32, 32), (48, 48)]
NAVY = (11, 79, 108)
GOLD = (244, 213, 141)
CACHE_SECONDS = 24 * 3600


def _logo_name():
    from .models import SiteSettings

    return SiteSettings.get_solo().logo.name or ""


def icon_version(logo_name=None):
    """A short fingerprint of the logo in use, for the links' ``?v=``."""
    name = _logo_name() if logo_name is None else logo_name
    return hashlib.sha256(f"icons-1:{name}".encode()).hexdigest()[:10]


def emblem(side):
    """The default emblem: a navy disc with a gold globe, drawn large and scaled down."""
    scale = 4
    size = side * scale
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = size / 64

    def box(cx, cy, rx, ry):
        return [(cx - rx) * unit, (cy - ry) * unit, (cx + rx) * unit, (cy + ry) * unit]

    draw.ellipse(box(32, 32, 30, 30), fill=NAVY)
    width = max(1, round(2.5 * unit))
    draw.ellipse(box(32, 32, 22, 22), outline=GOLD, width=width)
    draw.ellipse(box(32, 32, 10, 22), outline=GOLD, width=max(1, round(2 * unit)))
    for y, half in ((32, 22), (21, 18), (43, 18)):
        draw.line(
            [(32 - half) * unit, y * unit, (32 + half) * unit, y * unit], fill=GOLD, width=width
        )
    return image.resize((side, side), Image.LANCZOS)


def _logo():
    """The SiteSettings logo as an RGBA image, or None (no logo, or a file gone missing)."""
    from .models import SiteSettings

    logo = SiteSettings.get_solo().logo
    if not logo:
        return None
    try:
        with logo.open("rb") as file:
            image = Image.open(file)
            image.load()
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    return image.convert("RGBA")


def _fit(picture, side):
    """``picture`` scaled to fit a ``side``-pixel square, centred on transparency."""
    picture = picture.copy()
    picture.thumbnail((side, side), Image.LANCZOS)
    square = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    square.paste(picture, ((side - picture.width) // 2, (side - picture.height) // 2), picture)
    return square


def render(name):
    """The PNG bytes of icon ``name`` (a key of ``SIZES``) or, for ``favicon``, the ICO."""
    logo = _logo()
    if name == "favicon":
        base = _fit(logo, 256) if logo else emblem(256)
        out = BytesIO()
        base.save(out, "ICO", sizes=ICO_SIZES)
        return out.getvalue()
    width, height = SIZES[name]
    if name == "share" or name == "apple-touch-icon":
        # Opaque: social networks and phones put transparent pixels on black.
        canvas = Image.new("RGBA", (width, height), (255, 255, 255, 255) if logo else NAVY)
        side = round(min(width, height) * (0.7 if name == "share" else 0.86))
        mark = _fit(logo, side) if logo else emblem(side)
        canvas.alpha_composite(mark, ((width - side) // 2, (height - side) // 2))
        if name == "share":
            draw = ImageDraw.Draw(canvas)
            draw.rectangle([0, height - 12, width, height], fill=GOLD if not logo else NAVY)
        picture = canvas.convert("RGB")
    else:
        picture = _fit(logo, width) if logo else emblem(width)
    out = BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def icon_bytes(name):
    """``render(name)``, made once per logo and kept in the cache."""
    key = f"site-icon:{icon_version()}:{name}"
    content = cache.get(key)
    if content is None:
        content = render(name)
        cache.set(key, content, CACHE_SECONDS * 30)
    return content


@cache_control(public=True, max_age=CACHE_SECONDS)
def favicon(request):
    return HttpResponse(icon_bytes("favicon"), content_type="image/x-icon")


@cache_control(public=True, max_age=CACHE_SECONDS)
def icon(request, name):
    if name not in SIZES:
        raise Http404
    return HttpResponse(icon_bytes(name), content_type="image/png")
