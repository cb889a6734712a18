"""Images shared by every app: the model field, its checks and processing, and the alt-text rule.

Accepted: JPEG, PNG, WebP and static GIF, at most 10 MB and 40 megapixels. Refused with a
message in the staff member's language: anything Pillow cannot identify as one of those (SVG,
HTML renamed to .jpg, ...), truncated or corrupt files, decompression bombs, animations.

On save (``PictureFieldFile.save``) every new upload is decoded by Pillow, turned upright by its
EXIF orientation, converted to sRGB, bounded to 2560 px on its long side and re-encoded without
any metadata (EXIF with GPS, XMP, ICC, comments) as JPEG, or PNG when it has transparency. It
is stored as ``<folder>/<random>_<width>x<height>.<ext>``: the uploaded file name never reaches
the path, and the size in the name lets templates write ``width``/``height`` and derive the
renditions' names without opening the file or querying the database (``renditions.py``).

Convention: a model with a ``PictureField`` named ``X`` also has a translated ``X_alt``
CharField (``alt_text_field()``) and ``X_decorative`` (``decorative_field()``), shown beside it;
``ImageAltMixin.clean`` requires the alt text in both languages when an image is set and it is
not marked decorative. Templates render every picture through ``{% picture %}``.
"""

import logging
import re
import uuid
import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.utils.deconstruct import deconstructible
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, ImageOps

logger = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
MAX_STORED_SIDE = 2560
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
ACCEPTED_CONTENT_TYPES = "image/jpeg,image/png,image/webp,image/gif"
# Formats whose files may hold an animation (MPO, a camera's stereo JPEG, is read as its
# first picture instead).
_ANIMATABLE = {"GIF", "PNG", "WEBP"}
_SIZED_NAME = re.compile(r"_(\d{1,5})x(\d{1,5})\.(?:jpg|png)$")


@deconstructible
class RandomName:
    """upload_to: ``<folder>/<random>.<ext>``; the uploaded file's name never reaches the path.

    ``extension`` (e.g. ``".pdf"``) replaces whatever extension the upload had.
    """

    def __init__(self, folder, extension=None):
        self.folder = folder
        self.extension = extension

    def __call__(self, instance, filename):
        extension = self.extension or PurePosixPath(filename).suffix.lower()[:6]
        return f"{self.folder}/{uuid.uuid4().hex}{extension}"

    def __eq__(self, other):
        return (
            isinstance(other, RandomName)
            and other.folder == self.folder
            and other.extension == self.extension
        )


@deconstructible
class PictureName:
    """upload_to for processed pictures: ``<folder>/<random>_<width>x<height>.<ext>``.

    ``PictureFieldFile.save`` hands it ``"<width>x<height>.<ext>"``, never the uploaded name.
    """

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        stem, _dot, extension = PurePosixPath(filename).name.partition(".")
        size = f"_{stem}" if re.fullmatch(r"\d{1,5}x\d{1,5}", stem) else ""
        extension = extension.lower() if extension in ("jpg", "png") else "jpg"
        return f"{self.folder}/{uuid.uuid4().hex}{size}.{extension}"

    def __eq__(self, other):
        return isinstance(other, PictureName) and other.folder == self.folder


def size_from_name(name):
    """(width, height) written in a stored picture's name, or None for an older name."""
    match = _SIZED_NAME.search(name or "")
    return (int(match[1]), int(match[2])) if match else None


def _refuse(message, code):
    raise ValidationError(message, code=code)


def _load_whole(image):
    """Decode ``image``, refusing a truncated file even where something in the process has
    told Pillow to pad them (WeasyPrint sets ``ImageFile.LOAD_TRUNCATED_IMAGES`` when it is
    imported: after the first annual report PDF, a half-uploaded photo would pass)."""
    padding = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        image.load()
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = padding


def open_image(file):
    """Check an uploaded image and return it decoded (a Pillow image); ValidationError if not.

    Checks, cheapest first: byte size, format (from the content, not the name), pixel count
    (from the header, before decoding), animation, then a full verify and decode (truncation).
    """
    size = getattr(file, "size", None)
    if size is not None and size > MAX_IMAGE_BYTES:
        _refuse(_("The image is larger than 10 MB."), "too_large")
    if not size:
        _refuse(_("The image file is empty."), "empty")
    with warnings.catch_warnings():
        # Pillow only warns between its own limit and twice that: treat it as refused too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            file.seek(0)
            image = Image.open(file, formats=ACCEPTED_FORMATS)
            if image.width * image.height > MAX_IMAGE_PIXELS:
                _refuse(_("The image has more than 40 megapixels."), "too_many_pixels")
            if image.format in _ANIMATABLE and getattr(image, "is_animated", False):
                _refuse(_("Animated images are not accepted."), "animated")
            image.verify()
            file.seek(0)
            image = Image.open(file, formats=ACCEPTED_FORMATS)
            _load_whole(image)
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            _refuse(_("The image has more than 40 megapixels."), "too_many_pixels")
        except Exception as error:  # Pillow raises many kinds for hostile or broken files
            logger.info("Refused an image upload: %r", error)
            _refuse(
                _("This file is not a valid JPEG, PNG, WebP or GIF image, or it is damaged."),
                "invalid",
            )
        finally:
            file.seek(0)
    return image


def _to_srgb(image):
    profile = image.info.get("icc_profile")
    if not profile:
        return image
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(BytesIO(profile))
        target = ImageCms.createProfile("sRGB")
        mode = "RGBA" if "A" in image.getbands() else "RGB"
        return ImageCms.profileToProfile(image, source, target, outputMode=mode)
    except Exception as error:  # a broken or unusual profile: keep the pixels as they are
        logger.info("Could not convert a colour profile to sRGB: %r", error)
        return image


def _has_transparency(image):
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        alpha = image.convert("RGBA").getchannel("A")
        return alpha.getextrema()[0] < 255
    return False


@dataclass
class ProcessedImage:
    image: Image.Image  # upright, sRGB, RGB or RGBA, bounded, metadata-free
    content: ContentFile
    extension: str  # "jpg" or "png"

    @property
    def filename(self):
        return f"{self.image.width}x{self.image.height}.{self.extension}"


def encode(image, extension, width=None):
    """The bytes of ``image`` (resized to ``width``) as JPEG, PNG or WebP, without metadata."""
    if width and width != image.width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    buffer = BytesIO()
    if extension == "webp":
        # Quality 75 (cwebp's default), method 2: on the demo's pictures 22% smaller than
        # quality 80, method 1, in about the same time; method 4 is 2x the time for 3% more.
        image.save(buffer, "WEBP", quality=75, method=2)
    elif extension == "png":
        image.save(buffer, "PNG", compress_level=6)
    else:
        image.convert("RGB").save(buffer, "JPEG", quality=84, optimize=True, progressive=True)
    return buffer.getvalue()


def process_image(file, max_side=MAX_STORED_SIDE):
    """Check ``file`` (see ``open_image``) and return it cleaned as a ``ProcessedImage``."""
    image = open_image(file)
    if image.format == "MPO":
        image.seek(0)
    image = ImageOps.exif_transpose(image)
    image = _to_srgb(image)
    transparent = _has_transparency(image)
    image = image.convert("RGBA" if transparent else "RGB")
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
    image.info = {}  # nothing of the upload's metadata travels on
    extension = "png" if transparent else "jpg"
    return ProcessedImage(image, ContentFile(encode(image, extension)), extension)


class PictureFormField(forms.ImageField):
    """The admin's image input: the same checks as on save, with a clear message."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.help_text = self.help_text or _(
            "JPEG, PNG, WebP or GIF (not animated), at most 10 MB and 40 megapixels."
        )

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        open_image(upload)
        return upload

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ACCEPTED_CONTENT_TYPES
        return attrs


class PictureFieldFile(ImageFieldFile):
    """Width and height come from the stored name, so reading them touches no file."""

    @property
    def width(self):
        size = size_from_name(self.name)
        return size[0] if size else super().width

    @property
    def height(self):
        size = size_from_name(self.name)
        return size[1] if size else super().height

    def save(self, name, content, save=True):
        """Check and clean ``content`` (see ``process_image``), store it, make its renditions.

        Every way a picture reaches storage goes through here: a form upload (through the
        field's ``pre_save``), ``instance.logo.save(...)`` in code, the demo seeding.
        """
        processed = process_image(content, max_side=self.field.max_side)
        super().save(processed.filename, processed.content, save=False)
        if self.field.make_renditions:
            from .renditions import create_renditions

            create_renditions(self.storage, self.name, processed.image)
        if save:
            self.instance.save()

    def delete(self, save=True):
        """Delete the picture and its renditions (django-cleanup calls this on replace)."""
        from .renditions import delete_renditions

        if self.name:
            delete_renditions(self.storage, self.name)
        super().delete(save)


class PictureField(models.ImageField):
    """An image, checked and re-encoded on save, stored under a random name in ``folder``.

    ``renditions=False`` skips the display renditions (for pictures only shown at one small
    size); ``max_side`` bounds the stored picture (2560 px).
    """

    attr_class = PictureFieldFile

    def __init__(
        self,
        verbose_name=None,
        folder="images",
        renditions=True,
        max_side=MAX_STORED_SIDE,
        **kwargs,
    ):
        self.folder = folder
        self.make_renditions = renditions
        self.max_side = max_side
        kwargs.setdefault("upload_to", PictureName(folder))
        kwargs.setdefault("max_length", 200)
        super().__init__(verbose_name, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["folder"] = self.folder
        kwargs.pop("upload_to", None)
        if kwargs.get("max_length") == 200:
            kwargs.pop("max_length")
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PictureFormField, **kwargs})


def alt_text_field(verbose_name=None):
    """The translated alt text that goes with a PictureField (register it in translation.py)."""
    return models.CharField(
        verbose_name or _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )


def decorative_field(verbose_name=None):
    """``<field>_decorative``: the picture adds nothing a reader needs, so it needs no alt text."""
    return models.BooleanField(
        verbose_name or _("decorative picture"),
        default=False,
        help_text=_(
            "Tick only when the picture adds nothing a reader needs (then it gets no "
            "alternative text and screen readers skip it)."
        ),
    )


class ImageAltMixin(models.Model):
    """Requires alt text in every language for each set PictureField not marked decorative."""

    class Meta:
        abstract = True

    def clean(self):
        from .publishing import gather_errors

        errors = gather_errors({}, super().clean)  # the publishing rule's errors come too
        for field in self._meta.concrete_fields:
            if not isinstance(field, PictureField) or not getattr(self, field.attname):
                continue
            if getattr(self, f"{field.name}_decorative", False):
                continue
            for code in settings.PUBLISHING_LANGUAGES:  # a later third language is optional
                alt_name = f"{field.name}_alt_{code}"
                if hasattr(self, alt_name) and not (getattr(self, alt_name) or "").strip():
                    errors.setdefault(alt_name, []).append(self.missing_alt_message(field))
        if errors:
            raise ValidationError(errors)

    def missing_alt_message(self, field):
        """The message names the form's own control: its "decorative" box when it has one."""
        try:
            box = self._meta.get_field(f"{field.name}_decorative")
        except FieldDoesNotExist:
            return _("Describe the picture.")
        return _("Describe the picture, or tick “%(control)s”.") % {
            "control": capfirst(box.verbose_name)
        }

    def picture_alt(self, field_name):
        """The alt text to render: empty for a decorative picture, else the translated text."""
        if getattr(self, f"{field_name}_decorative", False):
            return ""
        return getattr(self, f"{field_name}_alt", "") or ""


class GalleryPhoto(ImageAltMixin, models.Model):
    """One photo of an ordered gallery (visits, exhibitions): subclass with a ForeignKey.

    Register ``alt`` and ``caption`` with modeltranslation in the concrete model's app.
    """

    image = PictureField(_("photo"), folder="gallery")
    image_alt = alt_text_field()
    image_decorative = decorative_field()
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self):
        return self.caption or self.image_alt or self.image.name
