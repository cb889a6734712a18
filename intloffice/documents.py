"""PDF documents shared by every app: public ones under MEDIA_ROOT, private ones outside it.

``DocumentField(private=False)``: publications, statements — served from media.
``DocumentField(private=True)``: agreement scans, students abroad — kept in a separate storage
with no public URL; served to permitted staff only, through a view (media issue).

First cut from the foundation: random names, ".pdf" and "%PDF-" header checks, 25 MB limit.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _

from .images import RandomName

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024


class PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


private_storage = PrivateStorage()


def get_private_storage():
    return private_storage


@deconstructible
class PdfValidator:
    def __call__(self, file):
        if file.size > MAX_DOCUMENT_BYTES:
            raise ValidationError(_("The document is larger than 25 MB."), code="too_large")
        position = file.tell() if hasattr(file, "tell") else 0
        file.seek(0)
        head = file.read(1024)
        file.seek(position)
        if b"%PDF-" not in head:
            raise ValidationError(_("This file is not a PDF document."), code="not_pdf")

    def __eq__(self, other):
        return isinstance(other, PdfValidator)


class DocumentField(models.FileField):
    def __init__(self, verbose_name=None, folder="documents", private=False, **kwargs):
        self.folder = folder
        self.private = private
        kwargs.setdefault("upload_to", RandomName(folder))
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("validators", [PdfValidator()])
        if private:
            kwargs["storage"] = get_private_storage
        super().__init__(verbose_name, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["folder"] = self.folder
        kwargs["private"] = self.private
        for key in ("upload_to", "storage", "validators"):
            kwargs.pop(key, None)
        if kwargs.get("max_length") == 200:
            kwargs.pop("max_length")
        return name, path, args, kwargs
