"""Display renditions of pictures: made once at save time, found again by name alone.

A picture stored as ``partners/<random>_1600x1000.jpg`` has its renditions at
``renditions/partners/<random>_1600x1000/<width>.webp`` and ``.../<width>.jpg`` (``.png`` for a
picture with transparency), for the widths 320, 640, 800 and 1600 that are narrower than the
picture, plus the picture's own width when it is narrower than 1600. Everything a template
needs (names, widths, heights) follows from the stored name: no database query, no file read.

``PictureFieldFile.save`` makes them. If one has gone missing (deleted by hand, a restore from
an older backup), the first page that shows the picture makes it again from the original and
logs a warning; when the original is gone too, the picture is left out and an error is logged.
Each process remembers which pictures it has checked, so later requests check nothing.
"""

import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image

from .images import encode, size_from_name

logger = logging.getLogger(__name__)

RENDITION_WIDTHS = (320, 640, 800, 1600)  # 640: a phone's card (346 CSS px at 1.75x)
RENDITIONS_FOLDER = "renditions"
RETRY_SECONDS = 300  # how long a picture that could not be shown is left alone
_MEMO_LIMIT = 50_000

_ready = set()  # stored names whose renditions this process has seen or made
_failed = {}  # stored name -> time.monotonic() of the last failure
_sizes = {}  # stored name -> (width, height), for names without the size in them


def rendition_widths(width):
    widths = {w for w in RENDITION_WIDTHS if w < width}
    widths.add(min(width, RENDITION_WIDTHS[-1]))
    return sorted(widths)


def fallback_extension(name):
    return "png" if name.lower().endswith(".png") else "jpg"


def renditions_folder(name):
    return f"{RENDITIONS_FOLDER}/{PurePosixPath(name).with_suffix('')}"


def rendition_name(name, width, extension):
    return f"{renditions_folder(name)}/{width}.{extension}"


def rendition_names(name, width):
    extensions = ("webp", fallback_extension(name))
    return [rendition_name(name, w, ext) for w in rendition_widths(width) for ext in extensions]


def _store(storage, name, data):
    if storage.exists(name):
        storage.delete(name)
    stored = storage.save(name, ContentFile(data))
    if stored != name:  # a storage that renames on collision: keep ours exact
        logger.error("Rendition stored as %s instead of %s", stored, name)


def create_renditions(storage, name, image, only=None):
    """Store the renditions of ``image`` (the processed picture stored as ``name``).

    ``only``: the rendition names to make (the missing ones); all of them by default. The
    encoders release the GIL, so the renditions are encoded on two threads.
    """
    fallback = fallback_extension(name)
    jobs = []
    current = image
    for width in sorted(rendition_widths(image.width), reverse=True):
        if current.width != width:  # each size from the previous one: fewer pixels to read
            height = max(1, round(image.height * width / image.width))
            current = current.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        for extension in ("webp", fallback):
            target = rendition_name(name, width, extension)
            if only is None or target in only:
                jobs.append((target, current, extension))
    with ThreadPoolExecutor(max_workers=2) as pool:
        encoded = list(pool.map(lambda job: encode(job[1], job[2]), jobs))
    for (target, _image, _extension), data in zip(jobs, encoded, strict=True):
        _store(storage, target, data)


def delete_renditions(storage, name):
    """Delete every rendition of the picture stored as ``name`` (and their folder)."""
    folder = renditions_folder(name)
    try:
        _dirs, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        files = []
    for file_name in files:
        storage.delete(f"{folder}/{file_name}")
    try:  # the empty folder left on a local disk; object stores have no folders
        os.rmdir(storage.path(folder))
    except (NotImplementedError, OSError):
        pass
    _ready.discard(name)
    _failed.pop(name, None)
    _sizes.pop(name, None)


def forget():
    """Forget what this process has checked (tests, or after restoring media from a backup)."""
    _ready.clear()
    _failed.clear()
    _sizes.clear()


def _picture_size(fieldfile):
    name = fieldfile.name
    size = size_from_name(name) or _sizes.get(name)
    if size is None:  # a picture stored before sizes were part of the name: read it once
        with Image.open(fieldfile.storage.open(name, "rb")) as image:
            size = image.size
        if len(_sizes) > _MEMO_LIMIT:
            _sizes.clear()
        _sizes[name] = size
    return size


def _ensure(storage, name, width):
    """True when the renditions exist (making missing ones from the original once)."""
    if name in _ready:
        return True
    failed_at = _failed.get(name)
    if failed_at is not None and time.monotonic() - failed_at < RETRY_SECONDS:
        return False
    missing = [n for n in rendition_names(name, width) if not storage.exists(n)]
    if missing:
        logger.warning("Renditions missing for %s, making them now: %s", name, missing)
        with storage.open(name, "rb") as file, Image.open(file) as original:
            original.load()
            mode = "RGBA" if fallback_extension(name) == "png" else "RGB"
            create_renditions(storage, name, original.convert(mode), only=set(missing))
    if len(_ready) > _MEMO_LIMIT:
        _ready.clear()
    _ready.add(name)
    _failed.pop(name, None)
    return True


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    webp_url: str
    fallback_url: str


@dataclass(frozen=True)
class PictureSources:
    width: int
    height: int
    fallback_type: str  # "image/jpeg" or "image/png"
    renditions: tuple

    def srcset(self, kind):
        attribute = "webp_url" if kind == "webp" else "fallback_url"
        return ", ".join(f"{getattr(r, attribute)} {r.width}w" for r in self.renditions)

    def nearest(self, width):
        """The smallest rendition at least ``width`` wide (the largest if none is)."""
        for rendition in self.renditions:
            if rendition.width >= width:
                return rendition
        return self.renditions[-1]


def picture_sources(fieldfile):
    """The renditions of a picture for ``{% picture %}``, or None when it cannot be shown.

    Never raises: a missing or unreadable file is logged and answered with None.
    """
    name = getattr(fieldfile, "name", None)
    if not name:
        return None
    storage = fieldfile.storage
    try:
        width, height = _picture_size(fieldfile)
        if not _ensure(storage, name, width):
            return None
    except Exception:
        logger.exception("Picture %s cannot be shown: the file is missing or unreadable", name)
        _failed[name] = time.monotonic()
        return None
    fallback = fallback_extension(name)
    renditions = tuple(
        Rendition(
            w,
            max(1, round(height * w / width)),
            storage.url(rendition_name(name, w, "webp")),
            storage.url(rendition_name(name, w, fallback)),
        )
        for w in rendition_widths(width)
    )
    largest = renditions[-1]
    return PictureSources(
        largest.width,
        largest.height,
        "image/png" if fallback == "png" else "image/jpeg",
        renditions,
    )
