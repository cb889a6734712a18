"""The institutions the news demo writes about — the partners demo's fictional universities and
research institutes, in real cities — and how their names fill the stories' placeholders."""

import re
from html import escape
from typing import NamedTuple

from django.utils import translation
from django_countries import countries

from intloffice.demo_data import Subject, Text, agree, institution_gender
from partners.demo_content import PARTNERS
from partners.models import PartnerKind


class Institution(NamedTuple):
    label: str  # the partner's slug
    name: Text
    city: Text
    code: str  # ISO country code

    @property
    def country(self):
        """The country's name in both languages (django-countries, with the site's overrides)."""
        names = []
        for language in ("en", "ar"):
            with translation.override(language):
                names.append(str(countries.name(self.code)))
        return Text(*names)

    @property
    def subject(self):
        """The institution as the grammatical subject of a sentence (gender from its name)."""
        return Subject(self.name, institution_gender(self.name.ar))


#: The news is about the partners demo's universities and research institutes themselves, so
#: an article about an institution links to that partner (and to a visit it hosted).
INSTITUTIONS = [
    Institution(row.slug, row.name, row.city, row.country)
    for row in PARTNERS
    if row.kind in (PartnerKind.UNIVERSITY, PartnerKind.RESEARCH)
]


def fill(text, inst, language, subject=None):
    """``text`` with its ``[m|f|dual m|dual f]`` choices agreeing with the institution (or with
    ``subject``, e.g. a pair of institutions) and the name, city and country in ``language``."""
    subject = subject or inst.subject
    text = agree(text, subject)
    if language == "ar":
        text = text.format(inst=subject.name.ar, city=inst.city.ar, country=inst.country.ar)
        # "ل" + "المركز" is written "للمركز".
        return re.sub(r"(^|\s)لال", r"\1لل", text)
    return text.format(inst=subject.name.en, city=inst.city.en, country=inst.country.en)


def html(paragraphs, inst, language):
    return "".join(f"<p>{escape(fill(p, inst, language))}</p>" for p in paragraphs)
