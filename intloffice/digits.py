"""Which digits Arabic pages use (SiteSettings "digits on Arabic pages").

Western digits (0–9) by default; the office may choose Arabic-Indic digits (٠–٩). The choice is
applied where the site *formats* a number for reading — dates (``long_date``, ``hijri``),
counts, page numbers, figures — through ``localize_digits`` (Python) and the ``digits``
template filter (``intloffice_tags``). Reference numbers, phone numbers, e-mail addresses,
URLs and anything a visitor may copy are printed as stored. Typed digits are accepted in either
form everywhere (``intloffice.text.ascii_digits``).
"""

import threading

from django.utils import translation

WESTERN, ARABIC_INDIC = "western", "arabic_indic"
_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_request = threading.local()


def arabic_digits_style():
    """The site's choice for Arabic pages, read once per request."""
    style = getattr(_request, "style", None)
    if style is None:
        from .models import SiteSettings

        style = SiteSettings.get_solo().arabic_digits or WESTERN
        if getattr(_request, "active", False):
            _request.style = style
    return style


def localize_digits(value, language=None):
    """``value`` as text, with Arabic-Indic digits on Arabic pages when the site chose them."""
    text = "" if value is None else str(value)
    language = language or translation.get_language() or ""
    if not language.startswith("ar") or not any(c.isdigit() for c in text):
        return text
    if arabic_digits_style() == ARABIC_INDIC:
        return text.translate(_TO_ARABIC_INDIC)
    return text


class DigitsMiddleware:
    """Reads the choice at most once per request (the site settings may change between two)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.active, _request.style = True, None
        try:
            return self.get_response(request)
        finally:
            _request.active, _request.style = False, None
