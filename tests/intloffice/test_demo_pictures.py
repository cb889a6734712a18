"""Demo pictures without words (issue 10, must-hold 5): tiling art stable per slug, emblem
logos with a monogram in the partner's script, covers whose whole title fits in both scripts
with Arabic shaped by libraqm, and multi-page text PDFs. (The seeded demo's files — one per
row, PDFs matching titles — are checked in ``test_demo_story.py``.)"""

from io import BytesIO

import pytest
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader

from intloffice import demo_images
from news.demo.publications import MAGAZINE, MAGAZINE_TOPICS, OTHER_PUBLICATIONS
from partners.demo_content import PARTNERS


def render(text, the_font, direction=None):
    image = Image.new("L", (900, 160), 0)
    ImageDraw.Draw(image).text(
        (450, 80), text, font=the_font, fill=255, anchor="mm", direction=direction
    )
    return image


def test_arabic_is_shaped_joined_and_right_to_left():
    assert demo_images.has_shaping(), "Pillow needs libraqm (Debian: libraqm0)"
    shaped = demo_images.font(60)
    word = "مكتب"
    joined = render(word, shaped)
    # The same letters one by one: each in its isolated form, none joined to the next.
    isolated = render("\u200c".join(word), shaped)
    assert ImageChops.difference(joined, isolated).getbbox() is not None
    # Joined forms are narrower than the isolated letters set side by side.
    assert shaped.getlength(word) < sum(shaped.getlength(letter) for letter in word)
    # Without the shaping engine the letters stay isolated (and in the wrong order).
    basic = demo_images.font(60, shaping=False)
    assert ImageChops.difference(joined, render(word, basic)).getbbox() is not None


def test_photos_are_stable_per_seed_and_distinct_between_items():
    first = demo_images.photo("visit-one-1", 320, 200).read()
    assert demo_images.photo("visit-one-1", 320, 200).read() == first
    others = {demo_images.photo(f"visit-{n}-1", 320, 200).read() for n in range(6)}
    assert first not in others and len(others) == 6
    # Colours only from the palettes (no white or black lettering on a gradient).
    image = Image.open(BytesIO(first)).convert("RGB").resize((32, 20))
    assert len(image.getcolors(maxcolors=1000)) > 4


@pytest.mark.parametrize("row", PARTNERS, ids=lambda row: row.slug)
def test_partner_monogram_is_in_the_partners_own_script(row):
    letters = demo_images.monogram(row.name.en, row.name.ar, row.country, row.short_name.en)
    assert 1 <= len(letters) <= 2
    arabic = all("\u0600" <= letter <= "\u06ff" for letter in letters)
    latin = all(letter.isascii() and letter.isalpha() for letter in letters)
    if row.country in demo_images.ARABIC_SCRIPT_COUNTRIES:
        assert arabic and letters in row.name.ar, letters
    else:
        assert latin and letters.isupper(), letters


def test_logo_is_an_emblem_png_with_transparency():
    image = Image.open(demo_images.logo("م", 120, seed="cairo-mokattam-university"))
    assert image.size == (120, 120) and image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0  # the corner is outside the shape
    assert image.getpixel((60, 60))[3] == 255


TITLES = [(topic.en, topic.ar) for topic in MAGAZINE_TOPICS] + [
    (row.title.en, row.title.ar) for row in OTHER_PUBLICATIONS
]


@pytest.mark.parametrize(("en", "ar"), TITLES)
def test_the_whole_title_fits_the_cover(en, ar):
    for text, direction in ((ar, "rtl"), (en, "ltr"), (MAGAZINE.ar, "rtl")):
        the_font, lines, line_height = demo_images.fit_title(text, 900, 420, 80, direction)
        assert " ".join(lines) == text  # nothing cut off
        assert max(the_font.getlength(line, direction=direction) for line in lines) <= 900
        assert len(lines) * line_height <= 420
    cover = Image.open(demo_images.cover(en, ar, "a-slug"))
    assert cover.size == (600, 840)


def test_a_long_title_is_wrapped_not_cut():
    long = "دليل برامج الشراكة والتبادل الطلابي وتبادل أعضاء هيئة التدريس في الجامعات الشريكة"
    _font, lines, _height = demo_images.fit_title(long, 500, 300, 80, "rtl")
    assert len(lines) > 1 and " ".join(lines) == long


def test_pdf_has_pages_and_the_title_as_text():
    document = demo_images.pdf("Study with us", 3, title_ar="ادرس معنا").read()
    reader = PdfReader(BytesIO(document))
    assert len(reader.pages) == 3
    for page in reader.pages:
        text = page.extract_text()
        assert "Study with us" in text
        assert "ادرس معنا" in text  # shaped by HarfBuzz, extracted as the logical letters
