"""Text helpers shared by every app: Arabic normalisation for search, digits in numbers."""

import re
import unicodedata

# Tashkeel (harakat, tanween, shadda, sukun, superscript alef) and Quranic marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
    }
)
_SPACES = re.compile(r"\s+")


def normalize_search_text(value):
    """Fold text for search: case, Latin accents, Arabic diacritics, tatweel, alef/hamza/ya/taa
    marbuta variants; collapse spaces. Apply it to stored search columns and to queries alike."""
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", str(value))
    value = _DIACRITICS.sub("", value).replace(_TATWEEL, "")
    value = value.translate(_FOLD).casefold()
    value = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    return _SPACES.sub(" ", value).strip()


#: Arabic-Indic (٠–٩) and Eastern Arabic-Indic/Persian (۰–۹) digits to ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PLAIN_NUMBER = re.compile(r"[0-9]{1,9}")


def ascii_digits(value):
    """``value`` with Arabic-Indic and Persian digits written as ASCII digits."""
    return str(value).translate(_DIGITS)


def parse_int(value):
    """A non-negative whole number typed in ASCII or Arabic-Indic digits, else None.

    Anything else (a sign, spaces, superscripts, other scripts' digits, nine digits and more)
    is refused: ``str.isdigit()`` accepts "²", which ``int()`` does not.
    """
    if value is None:
        return None
    text = ascii_digits(value)
    if not _PLAIN_NUMBER.fullmatch(text):
        return None
    return int(text)
