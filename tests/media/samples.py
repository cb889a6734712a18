"""Upload samples for the media tests, made on the fly: good pictures and PDFs, and bad ones."""

import struct
import zlib
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def image_bytes(fmt="JPEG", size=(640, 480), mode="RGB", color=(200, 30, 30), **save_kwargs):
    image = Image.new(mode, size, color)
    buffer = BytesIO()
    image.save(buffer, fmt, **save_kwargs)
    return buffer.getvalue()


def jpeg_with_gps(size=(640, 480), orientation=None):
    """A JPEG whose EXIF holds a GPS position, a camera model and optionally an orientation."""
    image = Image.new("RGB", size, (10, 120, 200))
    # A marker in the top-left corner, to check the orientation is applied.
    image.paste((255, 255, 0), (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    exif[0x0110] = "Secret Camera 3000"  # Model
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (31.0, 30.0, 0.0), 3: "E", 4: (34.0, 27.0, 0.0)})
    if orientation:
        exif[ORIENTATION] = orientation
    buffer = BytesIO()
    image.save(buffer, "JPEG", exif=exif, comment=b"taken at home")
    return buffer.getvalue()


def animated_gif(frames=3, size=(64, 64)):
    images = [Image.new("RGB", size, (i * 37 % 256, 90, 200 - i % 200)) for i in range(frames)]
    buffer = BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=50, loop=0)
    return buffer.getvalue()


def png_bomb(width=20000, height=20000):
    """A tiny PNG whose header claims width x height pixels (a decompression bomb)."""
    data = bytearray(image_bytes("PNG", size=(1, 1), mode="L", color=0))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17])) & 0xFFFFFFFF
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(1)</script><rect width="10" height="10"/></svg>'
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def truncated_jpeg():
    data = image_bytes("JPEG", size=(800, 600), quality=95)
    return data[: len(data) // 2]


def pdf_bytes(pages=1):
    """A real PDF (Pillow writes a classic cross-reference table and trailer), the same bytes
    on every call: no creation or modification time."""
    images = [Image.new("RGB", (200, 280), (255, 255, 255)) for _ in range(pages)]
    buffer = BytesIO()
    images[0].save(
        buffer, "PDF", save_all=True, append_images=images[1:], creationDate=None, modDate=None
    )
    return buffer.getvalue()


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


GOOD_IMAGES = {
    "jpeg": lambda: upload("photo.jpg", image_bytes("JPEG"), "image/jpeg"),
    "png": lambda: upload("logo.png", image_bytes("PNG", mode="RGBA", color=(0, 0, 0, 0))),
    "webp": lambda: upload("photo.webp", image_bytes("WEBP"), "image/webp"),
    "gif": lambda: upload("still.gif", image_bytes("GIF", mode="P", color=3), "image/gif"),
}

BAD_IMAGES = {
    "svg": (lambda: upload("logo.svg", SVG, "image/svg+xml"), "not a valid"),
    "html renamed to jpg": (lambda: upload("photo.jpg", HTML, "image/jpeg"), "not a valid"),
    "truncated": (lambda: upload("photo.jpg", truncated_jpeg(), "image/jpeg"), "not a valid"),
    "decompression bomb": (lambda: upload("bomb.png", png_bomb(), "image/png"), "40 megapixels"),
    "animated gif": (lambda: upload("anim.gif", animated_gif(), "image/gif"), "Animated"),
    "larger than 10 MB": (
        lambda: upload("huge.jpg", image_bytes("JPEG") + b"\0" * (10 * 1024 * 1024)),
        "10 MB",
    ),
}


def pdf_document(catalog=b"", page=b"", objects=(), tail=b""):
    """A small, well-formed PDF written by hand: ``catalog`` and ``page`` add entries to those
    dictionaries, ``objects`` are objects 4, 5... (bodies), ``tail`` is appended after %%EOF."""
    bodies = [
        b"<</Type/Catalog/Pages 2 0 R" + catalog + b">>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]" + page + b">>",
        *objects,
    ]
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref)
    return out + tail


def object_stream(*objects):
    """A compressed object stream (PDF 1.5) holding ``objects`` as objects 10, 11..."""
    import zlib

    header, body = b"", b""
    for number, obj in enumerate(objects, 10):
        header += b"%d %d " % (number, len(body))
        body += obj + b"\n"
    data = zlib.compress(header + body)
    return (
        b"<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>stream\n"
        % (len(objects), len(header), len(data))
        + data
        + b"\nendstream"
    )
