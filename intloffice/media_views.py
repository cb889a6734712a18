"""Views for media: staff-only private documents, and the rich-text editor's image upload."""

import logging
import uuid

from django.apps import apps
from django.contrib.auth import get_permission_codename
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, JsonResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from .documents import DocumentField
from .images import process_image
from .publishing import is_staff_request
from .richtext import RichTextField

logger = logging.getLogger(__name__)

EDITOR_FOLDER = "editor"
EDITOR_MAX_SIDE = 1600  # pictures in an article's body are shown at most this wide


def _private_field(app_label, model_name, field_name):
    try:
        model = apps.get_model(app_label, model_name)
        field = model._meta.get_field(field_name)
    except (LookupError, ValueError, FieldDoesNotExist):
        raise Http404 from None
    if not isinstance(field, DocumentField) or not field.private:
        raise Http404
    return model, field


def _may_view(user, opts):
    return any(
        user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")
        for action in ("view", "change")
    )


@require_safe
def private_document(request, app_label, model_name, pk, field_name):
    """A private document, as an attachment, to staff who may view its model; else 404/403.

    Visitors who are not logged-in staff get 404 before anything is looked up, so the answer
    says nothing about whether the document exists.
    """
    if not is_staff_request(request):
        raise Http404
    model, field = _private_field(app_label, model_name, field_name)
    if not _may_view(request.user, model._meta):
        raise PermissionDenied
    try:
        instance = model._base_manager.only(field.attname).get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError, OverflowError, ValidationError):
        raise Http404 from None
    document = getattr(instance, field.attname)
    if not document:
        raise Http404
    try:
        handle = document.storage.open(document.name, "rb")
    except OSError:
        logger.error("Private document missing from storage: %s", document.name)
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{model._meta.model_name}-{instance.pk}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    patch_vary_headers(response, ["Cookie"])
    return response


def _upload_error(message, status=400):
    return JsonResponse({"error": {"message": str(message)}}, status=status)


def _may_edit_rich_text(user):
    """True when ``user`` may add or change a model that has rich text (where the editor is)."""
    for model in apps.get_models():
        if not any(isinstance(field, RichTextField) for field in model._meta.concrete_fields):
            continue
        opts = model._meta
        if any(
            user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")
            for action in ("add", "change")
        ):
            return True
    return False


@require_POST
def editor_upload(request):
    """CKEditor 5's image upload: staff who may add or change content with rich text; the
    same checks and cleaning as PictureField."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return _upload_error(_("Only staff members can upload images."), status=403)
    if not _may_edit_rich_text(user):
        return _upload_error(
            _("You do not have permission to edit content, so you cannot upload images."),
            status=403,
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return _upload_error(_("Choose an image to upload."))
    try:
        processed = process_image(upload, max_side=EDITOR_MAX_SIDE)
    except ValidationError as error:
        return _upload_error(error.messages[0])
    name = default_storage.save(
        f"{EDITOR_FOLDER}/{uuid.uuid4().hex}_{processed.filename}", processed.content
    )
    return JsonResponse({"url": default_storage.url(name)})
