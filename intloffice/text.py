"""Text helpers shared by every app: Arabic normalisation for search, digits in numbers."""

import re
import unicodedata

from django.utils.translation import pgettext

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
        "ة": "ه",
        "ی": "ي",  # Persian yeh
        "ے": "ي",  # Urdu yeh barree
        "ک": "ك",  # Persian kaf
        "گ": "ك",  # gaf (foreign names: «گوگل»)
        "ڤ": "ف",  # veh («ڤيينا»)
        "پ": "ب",  # peh
        "چ": "ج",  # tcheh
        "ہ": "ه",  # Urdu heh goal
        "ھ": "ه",  # heh doachashmee
        "ۃ": "ه",  # taa marbuta goal
        "ۀ": "ه",  # heh with yeh above
        # Hamza on a waw or yeh seat reads as its seat, so a query typed without the hamza
        # finds the word («موتمر» → «مؤتمر», «رييس» → «رئيس»; issue 13). The price: the two
        # spellings «مسؤول» / «مسئول» stay apart (docs/arabic-review-checklist.md).
        "ؤ": "و",
        "ئ": "ي",
    }
)
#: Marks with no visible form: zero-width (non-)joiner, LRM/RLM, Arabic letter mark, the
#: directional isolates and the byte-order mark. Pasted text carries them; a query never does.
_INVISIBLE = re.compile("[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
#: «هيأة» is an older spelling of «هيئة»: alef-hamza after a yeh inside a word is that seat.
_YEH_ALEF_HAMZA = re.compile("(?<=\\wي)أ")
#: The preposition li- with the article («للمركز», "for the centre") read as the article alone.
_LI_ARTICLE = re.compile("(?<!\\w)لل(?=\\w\\w)")
_SPACES = re.compile(r"\s+")


def normalize_search_text(value):
    """Fold text for search: case, Latin accents, Arabic diacritics, tatweel, invisible marks,
    Arabic-Indic and Persian digits, alef/hamza-seat/ya/taa marbuta/heh variants, the letters
    of foreign names (ڤ پ گ چ), and word-initial «لل» as «ال»; collapse spaces. Apply it to
    stored search columns and to queries alike (a change here needs stored columns refilled:
    see partners' migration 0005)."""
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", str(value))
    value = _INVISIBLE.sub("", value)
    value = _DIACRITICS.sub("", value).replace(_TATWEEL, "")
    value = _YEH_ALEF_HAMZA.sub("ي", value)
    value = ascii_digits(value.translate(_FOLD)).casefold()
    value = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    value = _LI_ARTICLE.sub("ال", value)
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


_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def is_latin_only(value):
    """True when ``value`` has Latin letters and no Arabic or Hebrew ones ("LAPL", "UNESCO")."""
    value = str(value or "")
    return bool(_LATIN_LETTER.search(value)) and not _RTL_LETTER.search(value)


#: Unicode "first strong isolate" and "pop directional isolate": plain-text <bdi>.
FSI, PDI = "\u2068", "\u2069"


def isolate(value):
    """``value`` between U+2068 and U+2069, so a name or address in the other script keeps its
    own direction in plain text (e-mails, <title>, messages) and leaves the punctuation around
    it in place. Empty stays empty."""
    value = "" if value is None else str(value)
    return f"{FSI}{value}{PDI}" if value else ""


def join_list(items):
    """``items`` joined with the active language's comma ("،" in Arabic), each isolated."""
    return f"{pgettext('comma', ',')} ".join(isolate(item) for item in items)


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
