"""Shared pieces of the apps' demo modules (``<app>/demo.py``, run by ``seed_demo``)."""

import re
from typing import NamedTuple


class Text(NamedTuple):
    """One piece of demo wording in both site languages."""

    en: str
    ar: str


# --- Grammatical agreement --------------------------------------------------------------------
#
# Arabic verbs, pronouns and adjectives agree with their subject in gender and number (and a
# verb before its subject stays singular). Demo sentences that refer to an institution or a
# person write the varying words as choices in square brackets, in this order:
#
#     [masculine | feminine | masculine dual | feminine dual]
#
# e.g. «تهنّئ الجامعة [شريكها|شريكتها|شريكيها|شريكتيها] {inst} [بفوزه|بفوزها|بفوزهما|بفوزهما]».
# Two choices mean singular masculine/feminine and the same words for two; three choices mean
# masculine/feminine/dual. English sentences use the same brackets ("[its|its|their|their]").

MASCULINE, FEMININE = "m", "f"


class Subject(NamedTuple):
    """What a demo sentence is about: a name in both languages, its grammatical gender in
    Arabic and its number (1, or 2 for a pair)."""

    name: Text
    gender: str = MASCULINE
    number: int = 1

    @classmethod
    def pair(cls, first, second):
        """Two subjects as one dual subject («أ وب»); feminine only when both are."""
        gender = FEMININE if first.gender == second.gender == FEMININE else MASCULINE
        name = Text(f"{first.name.en} and {second.name.en}", f"{first.name.ar} و{second.name.ar}")
        return cls(name, gender, 2)


def institution_gender(name_ar):
    """The grammatical gender of an institution's Arabic name: that of its head noun, the first
    word, feminine when it ends in taa marbuta («جامعة»، «أكاديمية»، «كلية»، «المدرسة»، «شبكة»)
    and masculine otherwise («معهد»، «المركز»، «مجمع»). Every demo institution follows this."""
    head = (name_ar or "").split(" ", 1)[0]
    return FEMININE if head.endswith("ة") else MASCULINE


_CHOICES = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def agree(template, subject):
    """``template`` with each ``[m|f|dual m|dual f]`` choice resolved for ``subject``."""
    feminine = subject.gender == FEMININE
    dual = subject.number == 2

    def pick(match):
        options = match.group(1).split("|")
        if len(options) == 2:
            return options[feminine]
        if len(options) == 3:
            return options[2] if dual else options[feminine]
        return options[(2 if dual else 0) + feminine]

    return _CHOICES.sub(pick, template)
