"""The fictional institutions (in real cities) the news demo writes about, and how their names
fill the stories' placeholders."""

import re
from html import escape
from typing import NamedTuple

from intloffice.demo_data import Subject, Text, agree, institution_gender


class Institution(NamedTuple):
    label: str  # short Latin label for pictures and slugs
    name: Text
    city: Text
    country: Text
    code: str  # ISO country code

    @property
    def subject(self):
        """The institution as the grammatical subject of a sentence (gender from its name)."""
        return Subject(self.name, institution_gender(self.name.ar))


INSTITUTIONS = [
    Institution("anatolian-highlands", Text("Anatolian Highlands University", "جامعة المرتفعات الأناضولية"), Text("Ankara", "أنقرة"), Text("Türkiye", "تركيا"), "TR"),
    Institution("kl-civilisation", Text("Kuala Lumpur Institute of Islamic Civilisation", "معهد كوالالمبور للحضارة الإسلامية"), Text("Kuala Lumpur", "كوالالمبور"), Text("Malaysia", "ماليزيا"), "MY"),
    Institution("nile-valley", Text("Nile Valley University of Science", "جامعة وادي النيل للعلوم"), Text("Cairo", "القاهرة"), Text("Egypt", "مصر"), "EG"),
    Institution("tunis-mediterranean", Text("Tunis Institute of Mediterranean Studies", "معهد تونس للدراسات المتوسطية"), Text("Tunis", "تونس"), Text("Tunisia", "تونس"), "TN"),
    Institution("java-heritage", Text("Java Heritage University", "جامعة تراث جاوة"), Text("Yogyakarta", "يوغياكارتا"), Text("Indonesia", "إندونيسيا"), "ID"),
    Institution("sahel-polytechnic", Text("Sahel Polytechnic University", "جامعة الساحل التقنية"), Text("Dakar", "داكار"), Text("Senegal", "السنغال"), "SN"),
    Institution("caspian-languages", Text("Caspian Institute of Languages", "معهد قزوين للغات"), Text("Baku", "باكو"), Text("Azerbaijan", "أذربيجان"), "AZ"),
    Institution("atlas-mountains", Text("Atlas Mountains University", "جامعة جبال الأطلس"), Text("Rabat", "الرباط"), Text("Morocco", "المغرب"), "MA"),
    Institution("nordic-centre", Text("Nordic Centre for Middle Eastern Studies", "المركز الشمالي لدراسات الشرق الأوسط"), Text("Uppsala", "أوبسالا"), Text("Sweden", "السويد"), "SE"),
    Institution("rhine-valley", Text("Rhine Valley University of Applied Sciences", "جامعة وادي الراين للعلوم التطبيقية"), Text("Bonn", "بون"), Text("Germany", "ألمانيا"), "DE"),
    Institution("rhone-oriental", Text("Rhône Institute of Oriental Languages", "معهد الرون للغات الشرقية"), Text("Lyon", "ليون"), Text("France", "فرنسا"), "FR"),
    Institution("punjab-higher-learning", Text("Punjab Institute of Higher Learning", "معهد البنجاب للتعليم العالي"), Text("Lahore", "لاهور"), Text("Pakistan", "باكستان"), "PK"),
    Institution("indian-ocean", Text("Indian Ocean University", "جامعة المحيط الهندي"), Text("Nairobi", "نيروبي"), Text("Kenya", "كينيا"), "KE"),
    Institution("amman-water", Text("Amman Academy of Water Studies", "أكاديمية عمّان لدراسات المياه"), Text("Amman", "عمّان"), Text("Jordan", "الأردن"), "JO"),
]  # fmt: skip


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
