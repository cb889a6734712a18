"""What no request and no saved text may carry (DESIGN.md "Security").

``RequestHygieneMiddleware`` (first after SecurityMiddleware), on every URL, the admin's too:

- methods other than GET, HEAD and POST (TRACE, OPTIONS, PUT...) answer 405;
- a control character (NUL and the other C0/C1 controls; tab, line feed and carriage return
  are text) in the path or in any query or form name or value answers 400, before a database
  sees it (PostgreSQL refuses NUL in text with an error);
- a path with empty segments (``//evil.example/``, ``/en//x``) is redirected to its clean
  form, so no page builds a link from a path that a browser would read as another host;
- every response carries a ``Permissions-Policy`` that switches off powerful features.

``strip_bidi_overrides`` removes the bidirectional embedding and override characters
(U+202A–U+202E) from every text field of the project's models when they are saved: they can
make a title read differently from what it is. Marks and isolates (U+200E/F, U+061C,
U+2066–U+2069), which Arabic and English mixed text needs, are kept.
"""

import re
from pathlib import Path

from django.conf import settings
from django.db import models
from django.db.models.signals import pre_save
from django.http import (
    HttpResponseBadRequest,
    HttpResponseNotAllowed,
    HttpResponsePermanentRedirect,
)
from django.utils import translation
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext

ALLOWED_METHODS = ("GET", "HEAD", "POST")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
EMPTY_SEGMENTS = re.compile("/{2,}")
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
        "geolocation", "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment",
        "publickey-credentials-get", "serial", "usb", "xr-spatial-tracking",
    )
)  # fmt: skip
BIDI_OVERRIDES = re.compile("[\u202a-\u202e]")


def has_control_characters(value):
    return bool(CONTROL_CHARACTERS.search(value))


def _query_dict_is_clean(query):
    for key, values in query.lists():
        if has_control_characters(key) or any(has_control_characters(v) for v in values):
            return False
    return True


class RequestHygieneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.refuse(request) or self.get_response(request)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = PERMISSIONS_POLICY
        return response

    def refuse(self, request):
        """A 405, 400 or redirect for a request that must not reach a view, else None."""
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        if has_control_characters(request.path) or not _query_dict_is_clean(request.GET):
            return self.bad_request(request)
        if "//" in request.path:
            location = escape_uri_path(EMPTY_SEGMENTS.sub("/", request.path))
            if request.META.get("QUERY_STRING"):
                location += "?" + request.META["QUERY_STRING"]
            return HttpResponsePermanentRedirect(location)
        if request.method == "POST" and not (
            _query_dict_is_clean(request.POST)
            and all(not has_control_characters(name) for name in request.FILES)
        ):
            return self.bad_request(request)
        return None

    @staticmethod
    def bad_request(request):
        language = translation.get_language_from_request(request, check_path=True)
        with translation.override(language or settings.LANGUAGE_CODE):
            message = gettext(
                "The address or the form contains control characters, which are not accepted."
            )
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _is_project_model(model):
    """A model of one of the site's own apps (a package at the top of the project)."""
    app_config = model._meta.app_config
    if app_config is None:  # a model outside any installed app (the migration recorder)
        return False
    package = app_config.name.split(".")[0]
    return (Path(settings.BASE_DIR) / package / "__init__.py").is_file()


_TEXT_FIELDS = {}


def _text_fields(model):
    if model not in _TEXT_FIELDS:
        _TEXT_FIELDS[model] = (
            [
                field.attname
                for field in model._meta.concrete_fields
                if isinstance(field, models.CharField | models.TextField)
            ]
            if _is_project_model(model)
            else []
        )
    return _TEXT_FIELDS[model]


def strip_bidi_overrides(sender, instance, **kwargs):
    for attname in _text_fields(sender):
        # Through __dict__: modeltranslation's descriptor on a translated field's original
        # name would read and write the active language's column instead.
        value = instance.__dict__.get(attname)
        if isinstance(value, str) and BIDI_OVERRIDES.search(value):
            instance.__dict__[attname] = BIDI_OVERRIDES.sub("", value)


pre_save.connect(strip_bidi_overrides, dispatch_uid="intloffice-strip-bidi-overrides")
