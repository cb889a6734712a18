"""PDF documents shared by every app: public ones under MEDIA_ROOT, private ones outside it.

``DocumentField(private=False)``: publications, statements — served from media.
``DocumentField(private=True)``: agreement scans, students abroad — kept in the separate
``private`` storage (``PRIVATE_MEDIA_ROOT``, or its own bucket on S3) that has no public URL;
served to logged-in staff with the model's view permission only, through
``/documents/<app_label>/<model>/<pk>/<field>/`` (``media_views.private_document``), which is
what ``instance.<field>.url`` gives.

Every upload must be a real PDF at most 25 MB: it must start with the ``%PDF-x.y`` header and
end with a trailer whose ``startxref`` points at a cross-reference table (with a trailer naming
the document's ``/Root``) or a cross-reference stream, and nothing but white space after its
final ``%%EOF`` (HTML or another file appended is refused). It must hold no active content:
JavaScript or XFA scripts, launch actions, actions run when it is opened or on other events
(``/OpenAction`` other than a page to show, ``/AA``), embedded files or rich media. These are
looked for in every object's dictionary, in compressed object streams too, with names spelt in
``#xx`` escapes decoded. The extension is not trusted: the file is stored as
``<folder>/<random>.pdf`` whatever it was called.
"""

import re
import zlib

from django import forms
from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, InvalidStorageError, storages
from django.db import models
from django.db.models.fields.files import FieldFile
from django.urls import reverse
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from .images import RandomName

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024
_HEADER = re.compile(rb"%PDF-[12]\.\d")
_STARTXREF = re.compile(rb"startxref\s+(\d{1,12})\s+%%EOF")
_XREF_STREAM = re.compile(rb"\d+\s+\d+\s+obj\b")
_TRAILER = re.compile(rb"trailer\s*<<")
_TAIL_BYTES = 4096
_STREAM_START = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_NAME = re.compile(rb"/([^\s()<>\[\]{}/%]+)")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_MAX_INFLATED = 50 * 1024 * 1024  # decompressed object streams read at most
ACTIVE_NAMES = {
    b"JavaScript": "script",
    b"JS": "script",
    b"XFA": "script",
    b"Launch": "action",
    b"OpenAction": "action",
    b"AA": "action",
    b"EmbeddedFile": "embedded",
    b"EmbeddedFiles": "embedded",
    b"FileAttachment": "embedded",
    b"RichMedia": "embedded",
}
ACTIVE_MESSAGES = {
    "script": _(
        "This PDF contains scripts (JavaScript), which are not accepted. Print it to a new PDF "
        "and upload that file."
    ),
    "action": _(
        "This PDF runs actions when it is opened or used, or launches programs, which is not "
        "accepted. Print it to a new PDF and upload that file."
    ),
    "embedded": _(
        "This PDF contains embedded files or media, which are not accepted. Print it to a new "
        "PDF and upload that file."
    ),
}


class PrivateFileSystemStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT`` (read when used, so tests can move it); no URL."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no public URL; link to the document view.")


class PrivateStorage(LazyObject):
    """``storages["private"]`` (see STORAGES in settings), resolved on first use."""

    def _setup(self):
        try:
            self._wrapped = storages["private"]
        except InvalidStorageError:  # STORAGES replaced without a "private" entry
            self._wrapped = PrivateFileSystemStorage()


private_storage = PrivateStorage()


def get_private_storage():
    return private_storage


def _read(file, offset, length):
    file.seek(offset)
    return file.read(length)


def _object_texts(data):
    """The PDF's text outside content streams, and its decompressed object streams (at most
    ``_MAX_INFLATED`` bytes in all: more is refused as damaged)."""
    damaged = ValidationError(_("This PDF document is incomplete or damaged."), code="damaged_pdf")
    budget = _MAX_INFLATED
    position = 0
    for match in _STREAM_START.finditer(data):
        if match.start() < position:  # inside the previous stream's data
            continue
        outside = data[position : match.end()]
        yield outside
        end = data.find(b"endstream", match.end())
        end = len(data) if end < 0 else end
        dictionary = outside[outside.rfind(b"obj") :]
        if b"/ObjStm" in dictionary and b"/FlateDecode" in dictionary:
            if budget <= 0:  # zlib reads a limit of 0 as "no limit"
                raise damaged
            inflater = zlib.decompressobj()
            try:
                inflated = inflater.decompress(data[match.end() : end], budget)
            except zlib.error:
                raise damaged from None
            if inflater.unconsumed_tail:
                raise damaged
            budget -= len(inflated)
            yield inflated
        position = end
    yield data[position:]


def active_content(data):
    """The kind of active content (a key of ACTIVE_MESSAGES) the PDF bytes hold, or None."""
    for text in _object_texts(data):
        for match in _NAME.finditer(text):
            name = _NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), match[1])
            kind = ACTIVE_NAMES.get(name)
            if kind is None:
                continue
            if name == b"OpenAction" and text[match.end() :].lstrip()[:1] == b"[":
                continue  # a page to open at, not an action
            return kind
    return None


def check_pdf(file):
    """Raise ValidationError unless ``file`` (an upload) is a complete PDF of at most 25 MB,
    without active content or data after its end."""
    size = file.size
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationError(_("The document is larger than 25 MB."), code="too_large")
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        if not _HEADER.match(_read(file, 0, 16)):
            raise ValidationError(_("This file is not a PDF document."), code="not_pdf")
        damaged = ValidationError(
            _("This PDF document is incomplete or damaged."), code="damaged_pdf"
        )
        tail = _read(file, max(0, size - _TAIL_BYTES), _TAIL_BYTES)
        matches = list(_STARTXREF.finditer(tail))
        if not matches:
            raise damaged
        offset = int(matches[-1][1])
        if not 0 < offset < size:
            raise damaged
        section = _read(file, offset, _TAIL_BYTES)
        if section.startswith(b"xref"):
            trailer = _TRAILER.search(tail)
            if not trailer or b"/Root" not in tail[trailer.start() : matches[-1].start()]:
                raise damaged
        elif not (_XREF_STREAM.match(section) and b"/XRef" in section and b"/Root" in section):
            raise damaged
        if tail[matches[-1].end() :].strip():
            raise ValidationError(
                _("This PDF has other data after its end, which is not accepted."),
                code="trailing_data",
            )
        kind = active_content(_read(file, 0, size))
        if kind:
            raise ValidationError(ACTIVE_MESSAGES[kind], code=f"active_{kind}")
    finally:
        file.seek(position)


@deconstructible
class PdfValidator:
    """Model-level check of a new upload (``full_clean``); a stored file is not re-read."""

    def __call__(self, file):
        if getattr(file, "_committed", False):
            return
        check_pdf(file)

    def __eq__(self, other):
        return isinstance(other, PdfValidator)


class DocumentFormField(forms.FileField):
    """The admin's document input: a real PDF, at most 25 MB, with a clear message."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.help_text = self.help_text or _("A PDF document, at most 25 MB.")

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            check_pdf(upload)
        return upload

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = "application/pdf,.pdf"
        return attrs


class PrivateFieldFile(FieldFile):
    """A private document's ``url`` is its staff-only view, never a storage URL."""

    @property
    def url(self):
        self._require_file()
        if self.instance.pk is None:
            return ""
        opts = self.instance._meta
        return reverse(
            "private_document",
            kwargs={
                "app_label": opts.app_label,
                "model_name": opts.model_name,
                "pk": self.instance.pk,
                "field_name": self.field.name,
            },
        )


class DocumentField(models.FileField):
    """A PDF stored as ``<folder>/<random>.pdf``; ``private=True`` keeps it off public media."""

    def __init__(self, verbose_name=None, folder="documents", private=False, **kwargs):
        self.folder = folder
        self.private = private
        kwargs.setdefault("upload_to", RandomName(folder, extension=".pdf"))
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("validators", [PdfValidator()])
        if private:
            kwargs["storage"] = get_private_storage
        super().__init__(verbose_name, **kwargs)
        if private:
            self.attr_class = PrivateFieldFile

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["folder"] = self.folder
        kwargs["private"] = self.private
        for key in ("upload_to", "storage", "validators"):
            kwargs.pop(key, None)
        if kwargs.get("max_length") == 200:
            kwargs.pop("max_length")
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": DocumentFormField, **kwargs})


@checks.register(checks.Tags.security)
def check_private_root(app_configs, **kwargs):
    """Private documents must not sit under the public MEDIA_ROOT."""
    from pathlib import Path

    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    public = Path(settings.MEDIA_ROOT).resolve()
    if private == public or public in private.parents:
        return [
            checks.Error(
                "PRIVATE_MEDIA_ROOT is inside MEDIA_ROOT: staff-only documents would be public.",
                hint="Set DJANGO_PRIVATE_MEDIA_ROOT to a folder outside DJANGO_MEDIA_ROOT.",
                id="intloffice.E001",
            )
        ]
    return []
