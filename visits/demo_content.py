"""Wording and rows of the visits demo (``visits/demo.py`` builds the records from them),
after the two seeds in ../shared/seeds/ (dignitaries from many countries, periodic meetings
with religious scholars, visits ending in agreements; academic visits exchanged with
universities abroad). The host university is the demo's fictional owner (intloffice.demo).

People are fictional, and no head of state or government is among them; countries and the
cities abroad are real; host institutions and the agreements
signed during visits are the partners demo's, named here by slug.
"""

from typing import NamedTuple

from intloffice.demo import OWNER_CITY
from intloffice.demo_data import FEMININE, MASCULINE, Subject, Text

from .models import Direction, PersonCategory, VisitKind


class PersonData(NamedTuple):
    honorific_en: str
    honorific_ar: str
    name_en: str
    name_ar: str
    position_en: str
    position_ar: str
    category: str
    country: str
    organisation: str | None = None  # partner slug
    gender: str = MASCULINE  # grammatical gender of the sentences about this person


class VisitData(NamedTuple):
    slug: str
    direction: str
    kind: str
    days_ago: int  # first day
    days: int
    country: str  # outgoing: the place; incoming: the visitors' (the place is the owner's)
    city: Text
    host: str | None  # partner slug
    head: str  # PEOPLE key
    members: list  # PEOPLE keys
    agreement: str | None  # slug of the agreement signed on the last day
    title: Text


class PhotoText(NamedTuple):
    alt_en: str
    alt_ar: str
    caption_en: str
    caption_ar: str


C = PersonCategory
#: Incoming visits take place at the owner's (fictional) town.
HOME_CITY = Text(OWNER_CITY["en"], OWNER_CITY["ar"])
INC, OUT = Direction.INCOMING, Direction.OUTGOING
K = VisitKind

PEOPLE = {
    "pm-my": PersonData("H.E. Dr", "معالي الدكتور", "Hashim Zakaria Omar", "هاشم زكريا عمر", "Former Minister of Higher Education of Malaysia", "وزير التعليم العالي الماليزي الأسبق", C.MINISTER, "MY"),
    "pres-sn": PersonData("H.E.", "معالي", "Mamadou Seck Faye", "مامادو سيك فاي", "Former Minister of Culture of Senegal", "وزير الثقافة السنغالي الأسبق", C.MINISTER, "SN"),
    "min-id": PersonData("H.E. Dr", "معالي الدكتور", "Rahmat Suryadi", "رحمت سوريادي", "Minister of Higher Education and Research of Indonesia", "وزير التعليم العالي والبحث العلمي في إندونيسيا", C.MINISTER, "ID"),
    "min-tn": PersonData("H.E. Prof.", "معالي الأستاذ الدكتور", "Karim Ben Youssef", "كريم بن يوسف", "Minister of Higher Education of Tunisia", "وزير التعليم العالي في تونس", C.MINISTER, "TN"),
    "min-ng": PersonData("H.E.", "معالي", "Aminu Bello Dikko", "أمينو بيلو ديكو", "Minister of Education of Nigeria", "وزير التربية والتعليم في نيجيريا", C.MINISTER, "NG"),
    "min-kz": PersonData("H.E.", "سعادة", "Askar Nurlanovich Bekov", "عسكر نورلانوفيتش بيكوف", "Deputy Minister of Science and Higher Education of Kazakhstan", "نائب وزير العلوم والتعليم العالي في كازاخستان", C.MINISTER, "KZ"),
    "mp-kw": PersonData("Hon.", "سعادة النائب", "Fahad Salem Al-Mutairi", "فهد سالم المطيري", "Member of the National Assembly of Kuwait", "عضو مجلس الأمة الكويتي", C.PARLIAMENT, "KW"),
    "mp-pk": PersonData("Hon.", "سعادة النائبة", "Ayesha Farooq Malik", "عائشة فاروق مالك", "Member of the National Assembly of Pakistan, Chair of its Education Committee", "عضو الجمعية الوطنية الباكستانية ورئيسة لجنة التعليم فيها", C.PARLIAMENT, "PK"),
    "mp-ba": PersonData("Hon.", "سعادة النائب", "Emir Hadžić", "أمير هادجيتش", "Member of the Parliamentary Assembly of Bosnia and Herzegovina", "عضو الجمعية البرلمانية في البوسنة والهرسك", C.PARLIAMENT, "BA"),
    "amb-dz": PersonData("H.E.", "سعادة السفير", "Rachid Belkacem Mansouri", "رشيد بلقاسم منصوري", "Ambassador of Algeria", "سفير الجمهورية الجزائرية", C.DIPLOMAT, "DZ"),
    "amb-jp": PersonData("H.E.", "سعادة السفير", "Kenji Morita", "كينجي موريتا", "Ambassador of Japan", "سفير اليابان", C.DIPLOMAT, "JP"),
    "att-az": PersonData("Mr", "السيد", "Elnur Mammadli", "إلنور محمدلي", "Cultural Attaché, Embassy of Azerbaijan", "الملحق الثقافي في سفارة أذربيجان", C.DIPLOMAT, "AZ"),
    "dhm-no": PersonData("Ms", "السيدة", "Ingrid Solberg Haug", "إنغريد سولبرغ هاوغ", "Deputy Head of Mission of Norway", "نائبة رئيس البعثة النرويجية", C.DIPLOMAT, "NO"),
    "amb-so": PersonData("H.E.", "سعادة السفير", "Abdirahman Yusuf Warsame", "عبد الرحمن يوسف ورسمه", "Ambassador of Somalia", "سفير جمهورية الصومال", C.DIPLOMAT, "SO"),
    "up-eg": PersonData("Prof.", "الأستاذ الدكتور", "Hisham Abdel-Rahman Fawzi", "هشام عبد الرحمن فوزي", "President of Nile Delta University", "رئيس جامعة دلتا النيل", C.UNIVERSITY_PRESIDENT, "EG", "nile-delta-university"),
    "up-tr": PersonData("Prof.", "الأستاذ الدكتور", "Mehmet Emin Aydoğan", "محمد أمين آيدوغان", "Rector of Anatolian Heritage University", "رئيس جامعة التراث الأناضولي", C.UNIVERSITY_PRESIDENT, "TR", "anatolian-heritage-university"),
    "up-my": PersonData("Prof.", "الأستاذة الدكتورة", "Noraini Ismail", "نور عيني إسماعيل", "Vice-Chancellor of Straits International University", "رئيسة جامعة المضائق الدولية", C.UNIVERSITY_PRESIDENT, "MY", "straits-international-university"),
    "up-lb": PersonData("Prof.", "الأستاذ الدكتور", "Nadim Khoury", "نديم خوري", "President of Cedars University of Science", "رئيس جامعة الأرز للعلوم", C.UNIVERSITY_PRESIDENT, "LB", "cedars-university-of-science"),
    "up-iq": PersonData("Prof.", "الأستاذ الدكتور", "Salah Mahdi Al-Jubouri", "صلاح مهدي الجبوري", "President of Mesopotamia University of Technology", "رئيس جامعة الرافدين التقنية", C.UNIVERSITY_PRESIDENT, "IQ", "mesopotamia-university-of-technology"),
    "ac-de": PersonData("Prof. Dr", "الأستاذة الدكتورة", "Katharina Vogel", "كاتارينا فوغل", "Professor of Islamic Studies, Rhine-Main Institute for Oriental Studies", "أستاذة الدراسات الإسلامية في معهد الراين والماين للدراسات الشرقية", C.ACADEMIC, "DE", "rhine-main-institute-oriental-studies"),
    "ac-fr": PersonData("Dr", "الدكتور", "Julien Marchand", "جوليان مارشان", "Researcher in Mediterranean archaeology, Lyon Institute for Mediterranean Studies", "باحث في آثار البحر المتوسط في معهد ليون لدراسات المتوسط", C.ACADEMIC, "FR"),
    "ac-cn": PersonData("Prof.", "الأستاذ الدكتور", "Li Wenhua", "لي ون هوا", "Professor of Arabic Language, Shanghai Institute of Foreign Languages", "أستاذ اللغة العربية في معهد شنغهاي للغات الأجنبية", C.ACADEMIC, "CN"),
    "ac-gb": PersonData("Dr", "الدكتورة", "Eleanor Hughes", "إليانور هيوز", "Senior Lecturer in Public Health, Northbridge University", "محاضرة أولى في الصحة العامة في جامعة نورثبريدج", C.ACADEMIC, "GB"),
    "ac-ca": PersonData("Dr", "الدكتور", "Samir Haddad", "سمير حداد", "Professor of Civil Engineering, Lakeshore University", "أستاذ الهندسة المدنية في جامعة ليكشور", C.ACADEMIC, "CA"),
    "ac-se": PersonData("Prof.", "الأستاذ الدكتور", "Anders Lindqvist", "أندرس ليندكفيست", "Professor of Water Engineering, Nordic Institute of Technology", "أستاذ هندسة المياه في المعهد الاسكندنافي للتكنولوجيا", C.ACADEMIC, "SE", "nordic-institute-of-technology"),
    "ac-in": PersonData("Dr", "الدكتورة", "Farhana Qureshi", "فرحانة قريشي", "Associate Professor of Arabic Literature, Deccan Oriental College", "أستاذة مشاركة في الأدب العربي في كلية الدكن الشرقية", C.ACADEMIC, "IN"),
    "rel-iq": PersonData("Sheikh", "فضيلة الشيخ", "Abdul-Karim Al-Saadi", "عبد الكريم الساعدي", "Religious scholar and teacher of jurisprudence, Najaf", "عالِم دين ومدرّس للفقه في النجف", C.RELIGIOUS, "IQ"),
    "rel-lb": PersonData("Sheikh", "فضيلة الشيخ", "Hassan Kamal Mroueh", "حسن كمال مروة", "Religious scholar of Quranic sciences, Beirut", "عالِم دين متخصص في علوم القرآن، بيروت", C.RELIGIOUS, "LB"),
    "rel-eg": PersonData("Sheikh Dr", "فضيلة الشيخ الدكتور", "Mahmoud Abdel-Aziz Shalaby", "محمود عبد العزيز شلبي", "Professor at a Faculty of Sharia, Cairo", "أستاذ في كلية الشريعة، القاهرة", C.RELIGIOUS, "EG"),
    "rel-id": PersonData("Kiai Haji", "فضيلة الشيخ", "Ahmad Zainuddin", "أحمد زين الدين", "Head of a network of Islamic boarding schools, East Java", "رئيس شبكة من المعاهد الإسلامية في جاوة الشرقية", C.RELIGIOUS, "ID"),
    "rel-sn": PersonData("Sheikh", "فضيلة الشيخ", "Ibrahima Diop", "إبراهيما ديوب", "Religious scholar and imam, Dakar", "عالِم دين وإمام، داكار", C.RELIGIOUS, "SN"),
    "rel-pk": PersonData("Maulana", "فضيلة الشيخ", "Abdul-Basit Siddiqui", "عبد الباسط صديقي", "Principal of a seminary in Lahore", "مدير مدرسة دينية في لاهور", C.RELIGIOUS, "PK"),
    "uni-president": PersonData("Prof.", "الأستاذ الدكتور", "Khaled Ibrahim Al-Najjar", "خالد إبراهيم النجار", "President of the University", "رئيس الجامعة", C.UNIVERSITY_PRESIDENT, "PS"),
    "uni-director": PersonData("Dr", "الدكتورة", "Mona Khalil Abu Samra", "منى خليل أبو سمرة", "Director of the International Relations Office", "مديرة مكتب العلاقات الدولية", C.OTHER, "PS"),
    "uni-dean-eng": PersonData("Dr", "الدكتور", "Tariq Hassan Shurrab", "طارق حسن شراب", "Dean of the Faculty of Engineering", "عميد كلية الهندسة", C.ACADEMIC, "PS"),
    "uni-arabic": PersonData("Dr", "الدكتورة", "Huda Yousef Al-Masri", "هدى يوسف المصري", "Head of the Department of Arabic Language", "رئيسة قسم اللغة العربية", C.ACADEMIC, "PS"),
}  # fmt: skip
#: The women among them: sentences about them agree in the feminine («وعرّفها»).
WOMEN = ("mp-pk", "dhm-no", "up-my", "ac-de", "ac-gb", "ac-in", "uni-director", "uni-arabic")
PEOPLE = {key: person._replace(gender=FEMININE) if key in WOMEN else person
          for key, person in PEOPLE.items()}  # fmt: skip


def person_subject(person):
    """A person (``PersonData``) as the grammatical subject of a demo sentence."""
    name = Text(
        f"{person.honorific_en} {person.name_en}", f"{person.honorific_ar} {person.name_ar}"
    )
    return Subject(name, person.gender)


VISITS = [
    VisitData("former-minister-higher-education-malaysia", INC, K.OFFICIAL, 40, 1, "MY", HOME_CITY, None, "pm-my", ["up-my"], None,
              Text("Former Malaysian Minister of Higher Education visits the university", "وزير التعليم العالي الماليزي الأسبق يزور الجامعة")),
    VisitData("former-minister-culture-senegal", INC, K.OFFICIAL, 410, 1, "SN", HOME_CITY, None, "pres-sn", ["rel-sn"], None,
              Text("Former Senegalese Minister of Culture received at the university", "الجامعة تستقبل وزير الثقافة السنغالي الأسبق")),
    VisitData("minister-higher-education-indonesia", INC, K.OFFICIAL, 75, 2, "ID", HOME_CITY, "java-institute-of-islamic-studies", "min-id", ["rel-id"], "minister-higher-education-indonesia-agreement",
              Text("Indonesian Minister of Higher Education visits the university", "وزير التعليم العالي الإندونيسي يزور الجامعة")),
    VisitData("minister-higher-education-tunisia", INC, K.OFFICIAL, 300, 1, "TN", HOME_CITY, None, "min-tn", [], None,
              Text("Tunisian Minister of Higher Education meets the university council", "وزير التعليم العالي التونسي يلتقي مجلس الجامعة")),
    VisitData("minister-education-nigeria", INC, K.OFFICIAL, 620, 2, "NG", HOME_CITY, None, "min-ng", [], None,
              Text("Nigerian Minister of Education tours the faculties", "وزير التربية والتعليم النيجيري يتجول في كليات الجامعة")),
    VisitData("deputy-minister-kazakhstan", INC, K.OFFICIAL, 880, 1, "KZ", HOME_CITY, None, "min-kz", [], None,
              Text("Deputy Minister of Science of Kazakhstan visits the university", "نائب وزير العلوم الكازاخستاني يزور الجامعة")),
    VisitData("kuwaiti-parliamentarian-visit", INC, K.OFFICIAL, 150, 1, "KW", HOME_CITY, None, "mp-kw", [], None,
              Text("Member of the Kuwaiti National Assembly visits the university", "عضو مجلس الأمة الكويتي يزور الجامعة")),
    VisitData("pakistani-parliamentary-education-committee", INC, K.OFFICIAL, 520, 2, "PK", HOME_CITY, None, "mp-pk", ["rel-pk"], None,
              Text("Pakistani parliamentary education committee visits the university", "لجنة التعليم في البرلمان الباكستاني تزور الجامعة")),
    VisitData("bosnian-parliamentarian-visit", INC, K.OFFICIAL, 760, 1, "BA", HOME_CITY, None, "mp-ba", [], None,
              Text("Member of the Parliament of Bosnia and Herzegovina visits the university", "عضو برلمان البوسنة والهرسك يزور الجامعة")),
    VisitData("ambassador-algeria-visit", INC, K.OFFICIAL, 25, 1, "DZ", HOME_CITY, None, "amb-dz", [], None,
              Text("Ambassador of Algeria visits the university", "سفير الجزائر يزور الجامعة")),
    VisitData("ambassador-japan-visit", INC, K.OFFICIAL, 230, 1, "JP", HOME_CITY, None, "amb-jp", [], None,
              Text("Ambassador of Japan discusses scholarships for graduates", "سفير اليابان يبحث منحًا دراسية للخريجين")),
    VisitData("azerbaijan-cultural-attache", INC, K.OFFICIAL, 460, 1, "AZ", HOME_CITY, None, "att-az", [], None,
              Text("Cultural Attaché of Azerbaijan visits the Department of Arabic", "الملحق الثقافي الأذربيجاني يزور قسم اللغة العربية")),
    VisitData("norwegian-mission-visit", INC, K.OFFICIAL, 690, 1, "NO", HOME_CITY, None, "dhm-no", [], None,
              Text("Norwegian mission visits the university's water laboratories", "البعثة النرويجية تزور مختبرات المياه في الجامعة")),
    VisitData("ambassador-somalia-visit", INC, K.OFFICIAL, 950, 1, "SO", HOME_CITY, None, "amb-so", [], None,
              Text("Ambassador of Somalia meets Somali students at the university", "سفير الصومال يلتقي الطلبة الصوماليين في الجامعة")),
    VisitData("nile-delta-university-president", INC, K.ACADEMIC, 110, 2, "EG", HOME_CITY, "nile-delta-university", "up-eg", ["rel-eg"], "nile-delta-university-president-agreement",
              Text("President of Nile Delta University visits the university", "رئيس جامعة دلتا النيل يزور الجامعة")),
    VisitData("anatolian-heritage-university-rector", INC, K.ACADEMIC, 340, 2, "TR", HOME_CITY, "anatolian-heritage-university", "up-tr", [], "anatolian-heritage-university-rector-agreement",
              Text("Rector of Anatolian Heritage University visits the university", "رئيس جامعة التراث الأناضولي يزور الجامعة")),
    VisitData("cedars-university-president", INC, K.ACADEMIC, 580, 1, "LB", HOME_CITY, "cedars-university-of-science", "up-lb", [], None,
              Text("President of Cedars University of Science visits the university", "رئيس جامعة الأرز للعلوم يزور الجامعة")),
    VisitData("mesopotamia-university-delegation", INC, K.ACADEMIC, 820, 3, "IQ", HOME_CITY, "mesopotamia-university-of-technology", "up-iq", [], "mesopotamia-university-delegation-agreement",
              Text("Delegation of Mesopotamia University of Technology visits the university", "وفد جامعة الرافدين التقنية يزور الجامعة")),
    VisitData("visiting-professor-islamic-studies-germany", INC, K.ACADEMIC, 60, 5, "DE", HOME_CITY, "rhine-main-institute-oriental-studies", "ac-de", [], None,
              Text("German professor of Islamic studies gives a week of seminars", "أستاذة ألمانية للدراسات الإسلامية تعقد حلقات دراسية على مدى أسبوع")),
    VisitData("archaeology-researcher-france", INC, K.ACADEMIC, 270, 4, "FR", HOME_CITY, None, "ac-fr", [], None,
              Text("French archaeologist visits the Department of History", "باحث آثار فرنسي يزور قسم التاريخ")),
    VisitData("arabic-professor-china", INC, K.ACADEMIC, 390, 3, "CN", HOME_CITY, None, "ac-cn", ["ac-in"], None,
              Text("A Chinese professor and an Indian professor of Arabic meet the Department of Arabic", "أستاذ صيني وأستاذة هندية للغة العربية يلتقيان قسم اللغة العربية")),
    VisitData("public-health-lecturer-uk", INC, K.ACADEMIC, 640, 5, "GB", HOME_CITY, None, "ac-gb", [], None,
              Text("British public health academic runs a training course", "أكاديمية بريطانية متخصصة في الصحة العامة تقدم دورة تدريبية")),
    VisitData("civil-engineering-professor-canada", INC, K.ACADEMIC, 1000, 3, "CA", HOME_CITY, None, "ac-ca", [], None,
              Text("Canadian civil engineering professor visits the Faculty of Engineering", "أستاذ هندسة مدنية كندي يزور كلية الهندسة")),
    VisitData("meeting-religious-scholars-spring", INC, K.RELIGIOUS, 15, 1, "IQ", HOME_CITY, None, "rel-iq", ["rel-lb"], None,
              Text("Periodic meeting with religious scholars: spring session", "اللقاء الدوري مع علماء الدين: دورة الربيع")),
    VisitData("meeting-religious-scholars-autumn", INC, K.RELIGIOUS, 200, 1, "EG", HOME_CITY, None, "rel-eg", ["rel-sn"], None,
              Text("Periodic meeting with religious scholars: autumn session", "اللقاء الدوري مع علماء الدين: دورة الخريف")),
    VisitData("meeting-religious-scholars-last-spring", INC, K.RELIGIOUS, 380, 1, "ID", HOME_CITY, None, "rel-id", ["rel-pk"], None,
              Text("Periodic meeting with religious scholars: last spring's session", "اللقاء الدوري مع علماء الدين: دورة الربيع الماضي")),
    VisitData("meeting-religious-scholars-earlier", INC, K.RELIGIOUS, 560, 1, "LB", HOME_CITY, None, "rel-lb", ["rel-iq"], None,
              Text("Periodic meeting with religious scholars on the ethics of knowledge", "اللقاء الدوري مع علماء الدين حول أخلاقيات العلم")),
    VisitData("university-delegation-to-najaf-scholars", OUT, K.RELIGIOUS, 740, 3, "IQ", Text("Najaf", "النجف"), None, "uni-president", ["uni-director"], None,
              Text("University delegation meets religious scholars in Najaf", "وفد الجامعة يلتقي علماء الدين في النجف")),
    VisitData("delegation-to-kuala-lumpur", OUT, K.ACADEMIC, 170, 4, "MY", Text("Kuala Lumpur", "كوالالمبور"), "straits-international-university", "uni-president", ["uni-director", "uni-arabic"], "delegation-to-kuala-lumpur-agreement",
              Text("University delegation visits Straits International University", "وفد الجامعة يزور جامعة المضائق الدولية")),
    VisitData("delegation-to-gothenburg", OUT, K.ACADEMIC, 430, 5, "SE", Text("Gothenburg", "غوتنبرغ"), "nordic-institute-of-technology", "uni-dean-eng", [], "delegation-to-gothenburg-agreement",
              Text("Faculty of Engineering delegation visits the Nordic Institute of Technology", "وفد كلية الهندسة يزور المعهد الاسكندنافي للتكنولوجيا")),
    VisitData("delegation-to-konya", OUT, K.ACADEMIC, 900, 4, "TR", Text("Konya", "قونية"), "konya-meram-university", "uni-director", ["uni-arabic"], None,
              Text("International relations delegation visits Konya", "وفد العلاقات الدولية يزور قونية")),
    VisitData("conference-trip-cairo", OUT, K.CONFERENCE, 250, 3, "EG", Text("Cairo", "القاهرة"), None, "uni-arabic", [], None,
              Text("University takes part in an Arabic language conference in Cairo", "الجامعة تشارك في مؤتمر للغة العربية في القاهرة")),
    VisitData("conference-trip-istanbul", OUT, K.CONFERENCE, 700, 3, "TR", Text("Istanbul", "إسطنبول"), None, "uni-director", [], None,
              Text("University attends a higher education forum in Istanbul", "الجامعة تحضر منتدى للتعليم العالي في إسطنبول")),
]  # fmt: skip

SUMMARY = {
    K.OFFICIAL: Text(
        "{head} [was|was|were|were] received by the university's president, who presented the university's faculties and its international relations.",
        "استقبل رئيس الجامعة {head}، و[عرّفه|عرّفها|عرّفهما|عرّفهما] بكليات الجامعة وعلاقاتها الدولية.",
    ),
    K.ACADEMIC: Text(
        "An academic visit to open channels of teaching and research cooperation, with meetings at several faculties.",
        "زيارة أكاديمية لفتح قنوات التعاون في التدريس والبحث، تخللتها لقاءات في عدد من الكليات.",
    ),
    K.RELIGIOUS: Text(
        "One of the office's regular meetings with religious institutions and scholars, to exchange views on questions of education and dialogue.",
        "أحد اللقاءات الدورية التي يعقدها المكتب مع المؤسسات الدينية وعلماء الدين لتبادل الرأي في قضايا التعليم والحوار.",
    ),
    K.CONFERENCE: Text(
        "The university presented its research and met partner institutions at the conference.",
        "قدّمت الجامعة أبحاثها والتقت مؤسسات شريكة على هامش المؤتمر.",
    ),
}

#: The body of a visit, by direction: guests received at the university, or the university's
#: delegation received abroad; a conference trip has its own.
BODY = {
    K.CONFERENCE: Text(
        "<p>The university's delegation presented its research at the conference sessions and "
        "met representatives of partner institutions on their sidelines, to prepare joint "
        "projects and exchanges.</p>",
        "<p>قدّم وفد الجامعة أبحاثه في جلسات المؤتمر، والتقى على هامشها ممثلي مؤسسات شريكة "
        "للتحضير لمشروعات وتبادلات مشتركة.</p>",
    ),
    Direction.INCOMING: Text(
        "<p>The visit began with a meeting with the university's president and the director of "
        "the International Relations Office, followed by a tour of the library, the laboratories "
        "and the faculties. Both sides discussed academic exchange, joint research and "
        "scholarships for outstanding students.</p><p>At the end of the visit the guests were "
        "presented with the university's publications and a commemorative shield.</p>",
        "<p>بدأت الزيارة بلقاء مع رئيس الجامعة ومديرة مكتب العلاقات الدولية، تلته جولة في المكتبة "
        "والمختبرات والكليات. وبحث الجانبان سبل التبادل الأكاديمي والبحث المشترك والمنح الدراسية "
        "للطلبة المتفوقين.</p><p>وفي ختام الزيارة قُدّمت للضيوف إصدارات الجامعة ودرع تذكاري.</p>",
    ),
    Direction.OUTGOING: Text(
        "<p>The university's delegation was received by the leadership of the host institution "
        "and toured its faculties, library and laboratories. Both sides reviewed their "
        "cooperation and discussed academic exchange, joint research and scholarships for "
        "outstanding students.</p><p>At the end of the visit the delegation presented its hosts "
        "with the university's publications and a commemorative shield.</p>",
        "<p>استقبلت قيادة المؤسسة المضيفة وفد الجامعة، وتجوّل الوفد في كلياتها ومكتبتها "
        "ومختبراتها. واستعرض الجانبان مسيرة التعاون بينهما، وبحثا سبل التبادل الأكاديمي والبحث "
        "المشترك والمنح الدراسية للطلبة المتفوقين.</p><p>وفي ختام الزيارة قدّم الوفد لمضيفيه "
        "إصدارات الجامعة ودرعًا تذكاريًا.</p>",
    ),
}

PHOTO_TEXT = [
    PhotoText("Group photo of the delegation with the university's leadership", "صورة جماعية للوفد مع قيادة الجامعة",
     "The delegation with the university's leadership", "الوفد مع قيادة الجامعة"),
    PhotoText("Meeting around a table in the university's council hall", "اجتماع حول طاولة في قاعة مجلس الجامعة",
     "The meeting in the council hall", "الاجتماع في قاعة المجلس"),
]  # fmt: skip
