"""An uploaded picture survives a failed save: the form offers it again without a new upload.

A browser cannot put a file back into a file input, so when an admin form that carried an
upload is refused (a missing translation, another field's error), the admin keeps the
upload in the private storage under ``kept-uploads/`` (``TranslatedFieldsMixin.
render_change_form``, for the main form and every inline) and the picture input
(``KeptPictureInput``) renders a hidden field with a signed token naming it, plus a line
"Kept from your last try: photo.jpg". The next submission without a new file reads the kept
file back and the field checks it again as if it had just been uploaded; a new upload wins.

The token is signed (no one can point it at another file) and expires after a day; the kept
files are referenced by no model, so ``orphaned_media --delete`` removes them after its
``--min-age`` (a day).
"""

import datetime
import posixpath
import uuid

from django.contrib.admin.widgets import AdminFileWidget
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.utils.html import format_html
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

FOLDER = "kept-uploads"
SALT = "intloffice.kept-upload"
MAX_AGE = datetime.timedelta(days=1)
MAX_NAME = 80


def _storage():
    from .documents import private_storage

    return private_storage


def keep(upload):
    """Store ``upload`` for the next try; return its token."""
    name = get_valid_filename(posixpath.basename(upload.name or "picture"))[-MAX_NAME:] or "x"
    upload.seek(0)
    stored = _storage().save(f"{FOLDER}/{uuid.uuid4().hex}/{name}", upload)
    upload.seek(0)
    return signing.dumps(
        {"path": stored, "name": name, "type": getattr(upload, "content_type", "")}, salt=SALT
    )


def restore(token):
    """The kept upload the token names, or None (bad, expired or removed)."""
    try:
        kept = signing.loads(token, salt=SALT, max_age=MAX_AGE)
        path = kept["path"]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    if not path.startswith(f"{FOLDER}/") or ".." in path.split("/"):
        return None
    try:
        with _storage().open(path) as stored:
            content = stored.read()
    except OSError:
        return None
    upload = SimpleUploadedFile(kept["name"], content, kept.get("type") or None)
    upload.kept_token = token
    return upload


class KeptPictureInput(AdminFileWidget):
    """The admin's picture input, which can offer the upload of a failed save again."""

    kept = None  # (token, file name), set by ``keep_uploads`` on a refused form

    def kept_name(self, name):
        return f"{name}__kept"

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if value is None and self.kept_name(name) in data:
            value = restore(data[self.kept_name(name)])
        return value

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        if not self.kept:
            return html
        token, file_name = self.kept
        return format_html(
            '{}<input type="hidden" name="{}" value="{}"><p class="help kept-upload">{}</p>',
            html,
            self.kept_name(name),
            token,
            _("Kept from your last try: %(name)s. Choose another file to replace it.")
            % {"name": file_name},
        )


def keep_uploads(form):
    """After a refused submission: keep every valid picture ``form`` carried."""
    if not form.is_bound or not hasattr(form, "cleaned_data"):
        return
    for name, field in form.fields.items():
        widget = field.widget
        if not isinstance(widget, KeptPictureInput) or name in form.errors:
            continue
        upload = form.cleaned_data.get(name)
        if not isinstance(upload, UploadedFile):
            continue
        token = getattr(upload, "kept_token", None) or keep(upload)
        widget.kept = (token, upload.name)
