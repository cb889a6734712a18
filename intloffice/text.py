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
    value = ascii_digits(value.translate(_FOLD)).casefold()
    value = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    return _SPACES.sub(" ", value).strip()


#: Arabic-Indic (٠–٩) and Eastern Arabic-Indic/Persian (۰–۹) digits to ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PLAIN_NUMBER = re.compile(r"[0-9]{1,9}")


def ascii_digits(value):
    """``value`` with Arabic-Indic and Persian digits written as ASCII digits."""
    return str(value).translate(_DIGITS)


_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_indic_digits(value):
    """``value`` with ASCII digits written as Arabic-Indic digits (٠–٩)."""
    return str(value).translate(_TO_ARABIC_INDIC)


def digit_variants(value):
    """``value`` as typed, with ASCII digits and with Arabic-Indic digits (searches that must
    find "٢٠٢٤" and "2024" alike). One element when ``value`` has no digits."""
    ascii_value = ascii_digits(value)
    return list(dict.fromkeys([value, ascii_value, arabic_indic_digits(ascii_value)]))


# Arabic (and Persian) letters in Latin letters, for addresses: simple and ASCII-only, not a
# scholarly transliteration ("جامعة القاهرة" -> "jamaa-alqahra").
_LATIN = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i",
        "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
        "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
        "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
        "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "پ": "p", "چ": "ch", "ژ": "zh",
        "گ": "g", "ک": "k", "ی": "y", "،": ",", "؛": ";", "؟": "?",
    }
)  # fmt: skip


def transliterate(value):
    """Arabic script written in Latin letters (diacritics and tatweel dropped, digits ASCII);
    other text is left as it is."""
    if not value:
        return ""
    value = _DIACRITICS.sub("", unicodedata.normalize("NFKC", str(value))).replace(_TATWEEL, "")
    return ascii_digits(value).translate(_LATIN)


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
