"""Demo pictures made with Pillow (nothing is downloaded): logos with initials, photos as
gradients with a caption; PDFs for documents. Deterministic for a given text, so reruns make the
same files. Saved into a PictureField they are checked, cleaned and given renditions like any upload."""

import hashlib
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
]


def _font(size):
    for path in _FONT_CANDIDATES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _colours(text):
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    first = (40 + digest[0] % 120, 60 + digest[1] % 120, 90 + digest[2] % 120)
    second = (digest[3] % 90, 30 + digest[4] % 90, 60 + digest[5] % 110)
    return first, second


def _png(image):
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _jpeg(image):
    buffer = BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def logo(initials, size=400):
    """A round emblem with Latin initials, as a PNG ContentFile."""
    first, second = _colours(initials)
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, size - 4, size - 4), fill=first, outline=second, width=size // 25)
    font = _font(size // 3)
    draw.text((size / 2, size / 2), initials[:3].upper(), font=font, fill="white", anchor="mm")
    return ContentFile(_png(image), name=f"{initials.lower()}.png")


def photo(label, width=1600, height=1000):
    """A diagonal gradient with a short Latin label, as a JPEG ContentFile."""
    first, second = _colours(label)
    base = Image.linear_gradient("L").rotate(45, expand=True).resize((width, height))
    image = Image.composite(
        Image.new("RGB", (width, height), first), Image.new("RGB", (width, height), second), base
    )
    draw = ImageDraw.Draw(image)
    label = label[:40]
    size = height // 14
    font = _font(size)
    while size > 12 and draw.textlength(label, font=font) > width * 0.88:  # fit the width
        size -= 4
        font = _font(size)
    draw.text((width / 2, height / 2), label, font=font, fill="white", anchor="mm")
    return ContentFile(_jpeg(image), name=f"{hashlib.sha1(label.encode()).hexdigest()[:10]}.jpg")


def pdf(title, pages=1):
    """A real PDF (A4 pages with the Latin title, drawn by Pillow), as a ContentFile."""
    first, second = _colours(title)
    sheets = []
    for number in range(1, pages + 1):
        sheet = Image.new("RGB", (595, 842), "white")
        draw = ImageDraw.Draw(sheet)
        draw.rectangle((0, 0, 595, 90), fill=first)
        draw.text((40, 45), title[:48], font=_font(22), fill="white", anchor="lm")
        draw.text((40, 800), f"{number} / {pages}", font=_font(14), fill=second, anchor="lm")
        sheets.append(sheet)
    buffer = BytesIO()
    sheets[0].save(buffer, "PDF", save_all=True, append_images=sheets[1:], resolution=72)
    return ContentFile(
        buffer.getvalue(), name=f"{hashlib.sha1(title.encode()).hexdigest()[:10]}.pdf"
    )
