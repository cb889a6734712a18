"""Demo pictures and documents made here (nothing is downloaded), deterministic for a given
seed (an item's slug), so reruns make the same files.

* ``photo(seed)``: calm geometric art in the spirit of Islamic tiling — a lattice of stars and
  rosettes with interlaced bands, in one of a few palettes drawn from the site's colours
  (``static/css/site.css``). No words in any language: the pages say what a picture is about.
* ``logo(monogram, seed)``: an emblem — a shape (roundel, octagon, star, arch) with a pattern ring
  and a monogram of one or two letters in the partner's own script (``monogram()`` picks an
  Arabic letter for Arabic-script partners, Latin initials for others).
* ``cover(title_en, title_ar, seed)``: a publication cover whose whole title fits, wrapped, in
  both scripts; Arabic is shaped by libraqm (joined letter forms, right to left).
* ``pdf(title, pages)``: a real, multi-page text PDF (fpdf2) whose extractable text holds the
  title; an Arabic title is shaped by HarfBuzz (uharfbuzz) when it is installed.

Saved into a PictureField they are checked, cleaned and given renditions like any upload.
"""

import functools
import hashlib
import importlib.util
import math
import random
import uuid
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from django.core.files.base import ContentFile
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, features

from .demo_data import Text
from .renditions import renditions_folder

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
#: DejaVu Sans covers Latin and Arabic (Debian's fonts-dejavu-core).
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"

# The site's colours (static/css/site.css).
INK, PAPER, WASH = "#1c2430", "#ffffff", "#f3f6f8"
BRAND, BRAND_DARK, ACCENT, LINK = "#0b4f6c", "#083a50", "#f4d58d", "#0a5a82"
OK, FOCUS, DANGER = "#1b6e3a", "#c2410c", "#a4161a"

#: (ground, tile, star, band, centre): a few calm palettes from the site's colours.
PALETTES = (
    (BRAND, LINK, ACCENT, WASH, FOCUS),
    (BRAND_DARK, BRAND, WASH, ACCENT, ACCENT),
    (WASH, "#dfe8ee", BRAND, BRAND_DARK, FOCUS),
    ("#f8ecc9", ACCENT, BRAND, BRAND_DARK, DANGER),
    (OK, "#22804a", ACCENT, WASH, ACCENT),
    (INK, BRAND_DARK, ACCENT, "#9fb7c4", FOCUS),
)

#: Countries whose own script is Arabic (the Arab League, and Persian, Dari, Urdu, Pashto).
ARABIC_SCRIPT_COUNTRIES = frozenset(
    "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE AF IR PK".split()
)
#: Generic head nouns and particles skipped when choosing a monogram's letter.
_GENERIC_AR = frozenset(
    "جامعة معهد مركز كلية مدرسة المدرسة المعهد المركز الكلية الجامعة أكاديمية الأكاديمية حلقة "
    "شبكة الشبكة رابطة اتحاد مجمع هيئة مؤسسة منظمة المنظمة جمعية وزارة مجلس دار".split()
)
_GENERIC_EN = frozenset(
    "the of and for in at university institute centre center college school academy "
    "seminar network association union council ministry foundation organisation "
    "organization higher faculty society".split()
)


def _remembered(make):
    """``make(...)`` returns a ContentFile; the same arguments give the same bytes, so keep
    them: the test suite and ``--scale`` seed the same items again and again, and drawing
    the art is most of a seed's time. Each call still gets its own ContentFile."""

    @functools.lru_cache(maxsize=512)
    def made(*args, **kwargs):
        file = make(*args, **kwargs)
        return file.read(), file.name

    @functools.wraps(make)
    def wrapper(*args, **kwargs):
        content, name = made(*args, **kwargs)
        return ContentFile(content, name=name)

    wrapper.cache_clear = made.cache_clear
    return wrapper


def _rng(seed):
    return random.Random(hashlib.sha256(str(seed).encode("utf-8")).digest())


def _rgb(colour):
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _dark(colour):
    red, green, blue = _rgb(colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128


def palette(seed):
    """The palette of ``seed``: one of ``PALETTES``, the same on every run."""
    return PALETTES[_rng(f"palette:{seed}").randrange(len(PALETTES))]


@lru_cache(maxsize=64)
def font(size, bold=True, shaping=True):
    """DejaVu Sans at ``size``; with libraqm layout (Arabic shaping) when ``shaping``."""
    engine = ImageFont.Layout.RAQM if shaping and has_shaping() else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(FONT_BOLD if bold else FONT_REGULAR), size, layout_engine=engine)


def has_shaping():
    """True when Pillow has libraqm, which joins Arabic letters and orders them right to left."""
    return features.check("raqm")


# --- Geometry ---------------------------------------------------------------------------------


def _star(cx, cy, points, outer, inner, turn=0.0):
    """The vertices of a star polygon with ``points`` points."""
    vertices = []
    for k in range(points * 2):
        radius = outer if k % 2 == 0 else inner
        angle = turn + math.pi * k / points
        vertices.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return vertices


def _regular(cx, cy, sides, radius, turn=0.0):
    return [
        (cx + radius * math.cos(turn + 2 * math.pi * k / sides),
         cy + radius * math.sin(turn + 2 * math.pi * k / sides))
        for k in range(sides)
    ]  # fmt: skip


def _lattice(width, height, cell, hexagonal):
    """Centres of a square or hexagonal lattice covering the picture (and its margins)."""
    row_height = cell * math.sqrt(3) / 2 if hexagonal else cell
    rows = int(height / row_height) + 3
    columns = int(width / cell) + 3
    for row in range(-1, rows):
        offset = cell / 2 if hexagonal and row % 2 else 0
        for column in range(-1, columns):
            yield column * cell + offset, row * row_height


def _pattern(draw, width, height, seed, colours, scale=1.0):
    """Tile the area with stars and rosettes joined by interlaced bands."""
    rng = _rng(f"pattern:{seed}")
    ground, tile, star, band, centre = colours
    points = rng.choice((6, 8, 8, 10, 12))
    hexagonal = points in (6, 12)
    cell = min(width, height) * scale / rng.choice((1.8, 2.3, 2.8))
    depth = rng.choice((0.42, 0.55, 0.68))  # how deep the star's points are cut
    turn = math.pi / points if rng.random() < 0.5 else 0.0
    line = max(2, round(cell / 26))
    outer = cell * 0.5
    draw.rectangle((0, 0, width, height), fill=ground)
    centres = list(_lattice(width, height, cell, hexagonal))
    # The tiles between the stars: a polygon of the lattice's own symmetry at each centre.
    sides = 6 if hexagonal else 4
    for cx, cy in centres:
        draw.polygon(_regular(cx, cy, sides, outer * 1.16, turn + math.pi / sides), fill=tile)
    # The interlaced bands: each star joined to its neighbours by a pair of thin lines.
    for cx, cy in centres:
        for nx, ny in centres:
            distance = math.hypot(nx - cx, ny - cy)
            if 0 < distance <= cell * 1.01 and (nx, ny) > (cx, cy):
                dx, dy = (ny - cy) / distance * line * 1.5, -(nx - cx) / distance * line * 1.5
                for sign in (1, -1):
                    draw.line(
                        (cx + sign * dx, cy + sign * dy, nx + sign * dx, ny + sign * dy),
                        fill=band,
                        width=line,
                    )
    for cx, cy in centres:
        shape = _star(cx, cy, points, outer * 0.92, outer * 0.92 * depth, turn)
        draw.polygon(shape, fill=star, outline=band, width=line)
        inner = _star(cx, cy, points, outer * 0.5, outer * 0.5 * depth, turn + math.pi / points)
        draw.polygon(inner, fill=ground, outline=band, width=max(1, line // 2))
        draw.polygon(_regular(cx, cy, points, outer * 0.16, turn), fill=centre)


def _finish(image, size):
    """Down-sample the supersampled drawing: smooth edges without an anti-aliasing pass."""
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _png(image):
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _jpeg(image):
    buffer = BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=86)
    return buffer.getvalue()


def _file_name(seed, extension):
    return f"{hashlib.sha1(str(seed).encode('utf-8')).hexdigest()[:12]}.{extension}"


def pattern_image(seed, width, height, supersample=2):
    """The geometric art of ``seed`` as a Pillow image (RGB)."""
    big = Image.new("RGB", (width * supersample, height * supersample))
    _pattern(ImageDraw.Draw(big), big.width, big.height, seed, palette(seed))
    return _finish(big, (width, height)) if supersample > 1 else big


@_remembered
def photo(seed, width=1200, height=750):
    """A picture with no words: the tiling art of ``seed`` (an item's slug), as a JPEG."""
    return ContentFile(_jpeg(pattern_image(seed, width, height)), name=_file_name(seed, "jpg"))


# --- Logos ------------------------------------------------------------------------------------


def _initial(word):
    return word.removeprefix("ال")[:1] if len(word) > 3 else word[:1]


def monogram(name_en, name_ar, country, short_name=""):
    """A partner's monogram in its own script: one Arabic letter (the first of the name's
    distinctive word, «جامعة المقطم» → «م») for a partner of an Arabic-script country, up to
    two Latin initials (the short name's, else the name's distinctive words) for others."""
    if country in ARABIC_SCRIPT_COUNTRIES and name_ar:
        words = [w for w in name_ar.split() if w not in _GENERIC_AR and not w.startswith("لل")]
        words = [w for w in words if len(w) > 2] or name_ar.split()
        return _initial(words[0])
    words = [w for w in name_en.replace("-", " ").split() if w.lower() not in _GENERIC_EN]
    if not words and short_name:
        return short_name[:2].upper()
    return "".join(w[0] for w in words[:2]).upper() or name_en[:1].upper()


def _emblem_shape(rng, cx, cy, radius):
    kind = rng.choice(("roundel", "octagon", "star", "arch"))
    if kind == "octagon":
        return kind, _regular(cx, cy, 8, radius, math.pi / 8)
    if kind == "star":
        return kind, _star(cx, cy, 8, radius, radius * 0.8, math.pi / 8)
    if kind == "arch":  # a pointed arch on a square base
        half = radius * 0.82
        top = [
            (cx + half * math.cos(a), cy - radius * 0.1 - half * 1.2 * math.sin(a))
            for a in (i * math.pi / 24 for i in range(25))
        ]
        apex = (cx, cy - radius)
        left, right = top[: len(top) // 2], top[len(top) // 2 :]
        return kind, [
            (cx + half, cy + radius * 0.9),
            *left,
            apex,
            *right,
            (cx - half, cy + radius * 0.9),
        ]
    return kind, None


@_remembered
def logo(text, size=400, seed=None):
    """An emblem with the monogram ``text`` (one or two letters, any script), as a PNG."""
    seed = seed or text
    rng = _rng(f"logo:{seed}")
    ground, _tile, star, _band, _centre = palette(seed)
    scale = 3
    side = size * scale
    image = Image.new("RGBA", (side, side), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    c, radius = side / 2, side * 0.47
    kind, shape = _emblem_shape(rng, c, c, radius)
    if shape is None:
        draw.ellipse((c - radius, c - radius, c + radius, c + radius), fill=ground)
    else:
        draw.polygon(shape, fill=ground)
    # A ring of small stars inside the shape, then the field the monogram stands on.
    ring = radius * (0.74 if kind != "arch" else 0.62)
    points = rng.choice((6, 8, 12, 16))
    for k in range(points):
        angle = 2 * math.pi * k / points
        x, y = c + ring * math.cos(angle), c + ring * math.sin(angle)
        draw.polygon(_star(x, y, 8, radius * 0.09, radius * 0.05, angle), fill=star)
    field = radius * (0.6 if kind != "arch" else 0.5)
    draw.ellipse(
        (c - field, c - field, c + field, c + field), fill=PAPER, outline=star, width=side // 60
    )
    letters = text.strip()[:2]
    font_size = round(field * (1.05 if len(letters) == 1 else 0.8))
    draw.text(
        (c, c), letters, font=font(font_size), fill=ground if _dark(ground) else star, anchor="mm"
    )
    return ContentFile(_png(_finish(image, (size, size))), name=_file_name(f"logo:{seed}", "png"))


# --- Covers -----------------------------------------------------------------------------------


def wrap(text, the_font, width, direction=None):
    """``text`` broken into lines no wider than ``width`` (whole words; a word longer than the
    width stands alone on its line)."""
    lines, current = [], ""
    for word in text.split():
        attempt = f"{current} {word}".strip()
        if current and the_font.getlength(attempt, direction=direction) > width:
            lines.append(current)
            current = word
        else:
            current = attempt
    if current:
        lines.append(current)
    return lines


def fit_title(text, width, height, largest, direction=None, bold=True):
    """(font, lines): the largest size from ``largest`` down at which ``text`` fits the box."""
    size = largest
    while True:
        the_font = font(size, bold=bold)
        lines = wrap(text, the_font, width, direction)
        line_height = round(size * 1.45)
        widest = max(the_font.getlength(line, direction=direction) for line in lines)
        if (widest <= width and len(lines) * line_height <= height) or size <= 10:
            return the_font, lines, line_height
        size -= 2


def _text_block(draw, text, box, largest, colour, direction=None, align="center", bold=True):
    left, top, right, bottom = box
    the_font, lines, line_height = fit_title(
        text, right - left, bottom - top, largest, direction, bold
    )
    y = top + (bottom - top - line_height * len(lines)) / 2 + line_height / 2
    for line in lines:
        if align == "right":
            x, anchor = right, "rm"
        else:
            x, anchor = (left + right) / 2, "mm"
        draw.text((x, y), line, font=the_font, fill=colour, anchor=anchor, direction=direction)
        y += line_height
    return lines


@_remembered
def cover(title_en, title_ar, seed, width=600, height=840, series=None):
    """A publication cover: the tiling art above, the whole title below in Arabic (shaped,
    right to left) and English, wrapped to fit. ``series``: a ``(en, ar)`` line above it."""
    scale = 2
    w, h = width * scale, height * scale
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    colours = palette(seed)
    art = round(h * 0.42)
    _pattern(draw, w, art, seed, colours, scale=1.6)
    draw.rectangle((0, art, w, h), fill=PAPER)
    draw.rectangle((0, art, w, art + h // 90), fill=colours[2] if colours[2] != WASH else ACCENT)
    margin = round(w * 0.09)
    top = art + round(h * 0.05)
    if series:
        _text_block(
            draw, series[1], (margin, top, w - margin, top + h * 0.05), h // 34, FOCUS, "rtl"
        )
        top += round(h * 0.06)
    bottom = h - round(h * 0.05)
    middle = top + round((bottom - top) * 0.58)
    _text_block(draw, title_ar, (margin, top, w - margin, middle), h // 15, BRAND_DARK, "rtl")
    draw.line((w * 0.4, middle + h * 0.01, w * 0.6, middle + h * 0.01), fill=ACCENT, width=h // 200)
    _text_block(
        draw,
        title_en,
        (margin, middle + h * 0.025, w - margin, bottom),
        h // 24,
        INK,
        "ltr",
        bold=False,
    )
    return ContentFile(
        _jpeg(_finish(image, (width, height))), name=_file_name(f"cover:{seed}", "jpg")
    )


# --- Documents --------------------------------------------------------------------------------


def _shaping_pdf():
    """True when fpdf2 can shape Arabic (it does so with uharfbuzz)."""
    return importlib.util.find_spec("uharfbuzz") is not None


@_remembered
def pdf(title, pages=2, title_ar="", body=""):
    """A real PDF of ``pages`` A4 pages whose text (extractable) carries ``title`` on each page,
    and ``title_ar`` shaped right to left when HarfBuzz is available."""
    document = FPDF(format="A4", unit="pt")
    document.set_creator("intloffice demo")
    document.set_title(title)
    document.set_auto_page_break(False)
    document.add_font("DejaVu", "", str(FONT_REGULAR))
    document.add_font("DejaVu", "B", str(FONT_BOLD))
    shaping = _shaping_pdf()
    paragraph = body or (
        "This document is part of the demonstration content of the International Relations "
        "Office website. Its pages are generated so that the site can be shown with real files."
    )
    for number in range(1, pages + 1):
        document.add_page()
        document.set_fill_color(*_rgb(BRAND))
        document.rect(0, 0, document.w, 70, style="F")
        document.set_text_color(*_rgb(PAPER))
        document.set_font("DejaVu", "B", 18)
        document.set_xy(40, 22)
        document.cell(document.w - 80, 26, title[:80], align="L")
        document.set_text_color(*_rgb(INK))
        if title_ar and shaping:
            document.set_text_shaping(
                use_shaping_engine=True, direction="rtl", script="arab", language="ar"
            )
            document.set_font("DejaVu", "B", 16)
            document.set_xy(40, 100)
            document.multi_cell(document.w - 80, 24, title_ar, align="R")
            document.set_text_shaping(False)
        document.set_font("DejaVu", "", 12)
        document.set_xy(40, 160)
        document.multi_cell(document.w - 80, 18, f"{title}\n\n{paragraph}", align="L")
        document.set_xy(40, document.h - 50)
        document.set_font("DejaVu", "", 10)
        document.cell(document.w - 80, 14, f"{number} / {pages}", align="C")
    return ContentFile(bytes(document.output()), name=_file_name(f"pdf:{title}", "pdf"))


# --- Copies -----------------------------------------------------------------------------------


def own_copy(fieldfile):
    """The stored name of a new copy of the picture in ``fieldfile`` (and of its renditions),
    for a row made in bulk from another (``seed_demo --scale``): every row owns its file, so
    django-cleanup deleting one row's picture leaves the others' in place."""
    storage, name = fieldfile.storage, fieldfile.name
    folder, _slash, base = name.rpartition("/")
    stem, _dot, extension = base.rpartition(".")
    size = stem.rpartition("_")[2] if "_" in stem else ""
    target = f"{folder}/{uuid.uuid4().hex}{'_' + size if size else ''}.{extension}"
    with storage.open(name, "rb") as source:
        copied = storage.save(target, source)
    try:
        _dirs, files = storage.listdir(renditions_folder(name))
    except (FileNotFoundError, NotADirectoryError):
        files = []
    for file_name in files:
        with storage.open(f"{renditions_folder(name)}/{file_name}", "rb") as source:
            storage.save(f"{renditions_folder(copied)}/{file_name}", source)
    return copied


#: The alternative text of every demo picture: what it shows (an abstract pattern).
PICTURE_ALT = Text(
    "A geometric pattern of interlaced stars (demo picture)",
    "نقش هندسي من النجوم المتشابكة (صورة تجريبية)",
)
