"""Images shared by every app: the model field and its alt-text convention.

Convention: a model with a ``PictureField`` named ``X`` also has a translated ``X_alt``
CharField (and may have ``X_decorative``); ``ImageAltMixin.clean`` requires the alt text in
both languages when an image is set and it is not marked decorative. Templates render every
picture through ``{% picture %}`` (``intloffice_media`` tags).

First cut from the foundation: random stored names and Pillow verification. The media issue
hardens it (limits, re-encoding, EXIF stripping, renditions).
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


@deconstructible
class RandomName:
    """upload_to: ``<folder>/<random>.<ext>``; the uploaded file's name never reaches the path."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        extension = PurePosixPath(filename).suffix.lower()[:6]
        return f"{self.folder}/{uuid.uuid4().hex}{extension}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


class PictureField(models.ImageField):
    """An image stored under a random name in ``folder``."""

    def __init__(self, verbose_name=None, folder="images", **kwargs):
        self.folder = folder
        kwargs.setdefault("upload_to", RandomName(folder))
        kwargs.setdefault("max_length", 200)
        super().__init__(verbose_name, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["folder"] = self.folder
        kwargs.pop("upload_to", None)
        if kwargs.get("max_length") == 200:
            kwargs.pop("max_length")
        return name, path, args, kwargs


def alt_text_field(verbose_name=None):
    """The translated alt text that goes with a PictureField (register it in translation.py)."""
    return models.CharField(
        verbose_name or _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )


class ImageAltMixin(models.Model):
    """Requires alt text in every language for each set PictureField not marked decorative."""

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        for field in self._meta.concrete_fields:
            if not isinstance(field, PictureField) or not getattr(self, field.attname):
                continue
            if getattr(self, f"{field.name}_decorative", False):
                continue
            for code, _name in settings.LANGUAGES:
                alt_name = f"{field.name}_alt_{code}"
                if hasattr(self, alt_name) and not (getattr(self, alt_name) or "").strip():
                    errors[alt_name] = _("Describe the picture, or mark it as decorative.")
        if errors:
            raise ValidationError(errors)


class GalleryPhoto(ImageAltMixin, models.Model):
    """One photo of an ordered gallery (visits, exhibitions): subclass with a ForeignKey.

    Register ``alt`` and ``caption`` with modeltranslation in the concrete model's app.
    """

    image = PictureField(_("photo"), folder="gallery")
    image_alt = alt_text_field()
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self):
        return self.caption or self.image_alt or self.image.name
