"""Demo visits and delegations, after the Al-Mustafa seed (dignitaries from many countries,
periodic meetings with religious scholars, visits ending in agreements) and the Al-Aqsa seed
(academic visits exchanged with universities abroad).

People are fictional; countries and cities are real; institutions are fictional unless the
partners demo has already created one in the same country. Dates are relative to today.
``--scale N`` adds (N-1) × 30 archive visits with bulk inserts, for benchmarks.
"""

import datetime

from django.utils import timezone

from intloffice.cache import content_changed
from intloffice.demo_images import photo
from intloffice.publishing import Status
from partners.models import Agreement, AgreementKind, Partner, PartnerKind

from .models import (
    Direction,
    ParticipantRole,
    Person,
    PersonCategory,
    Visit,
    VisitKind,
    VisitParticipant,
    VisitPhoto,
)

C = PersonCategory

# key: (honorific en, honorific ar, name en, name ar, position en, position ar, category, country)
PEOPLE = {
    "pm-my": ("Hon.", "دولة", "Hashim Zakaria Omar", "هاشم زكريا عمر", "Former Prime Minister of Malaysia", "رئيس الوزراء الماليزي الأسبق", C.HEAD_OF_STATE, "MY"),
    "pres-sn": ("H.E.", "فخامة", "Mamadou Seck Faye", "مامادو سيك فاي", "Former President of the Republic of Senegal", "رئيس جمهورية السنغال الأسبق", C.HEAD_OF_STATE, "SN"),
    "min-id": ("H.E. Dr", "معالي الدكتور", "Rahmat Suryadi", "رحمت سوريادي", "Minister of Higher Education and Research of Indonesia", "وزير التعليم العالي والبحث العلمي في إندونيسيا", C.MINISTER, "ID"),
    "min-tn": ("H.E. Prof.", "معالي الأستاذ الدكتور", "Karim Ben Youssef", "كريم بن يوسف", "Minister of Higher Education of Tunisia", "وزير التعليم العالي في تونس", C.MINISTER, "TN"),
    "min-ng": ("H.E.", "معالي", "Aminu Bello Dikko", "أمينو بيلو ديكو", "Minister of Education of Nigeria", "وزير التربية والتعليم في نيجيريا", C.MINISTER, "NG"),
    "min-kz": ("H.E.", "معالي", "Askar Nurlanovich Bekov", "عسكر نورلانوفيتش بيكوف", "Deputy Minister of Science and Higher Education of Kazakhstan", "نائب وزير العلوم والتعليم العالي في كازاخستان", C.MINISTER, "KZ"),
    "mp-kw": ("Hon.", "سعادة النائب", "Fahad Salem Al-Mutairi", "فهد سالم المطيري", "Member of the National Assembly of Kuwait", "عضو مجلس الأمة الكويتي", C.PARLIAMENT, "KW"),
    "mp-pk": ("Hon.", "سعادة النائبة", "Ayesha Farooq Malik", "عائشة فاروق مالك", "Member of the National Assembly of Pakistan, Chair of its Education Committee", "عضو الجمعية الوطنية الباكستانية ورئيسة لجنة التعليم فيها", C.PARLIAMENT, "PK"),
    "mp-ba": ("Hon.", "سعادة النائب", "Emir Hadžić", "أمير هادجيتش", "Member of the Parliamentary Assembly of Bosnia and Herzegovina", "عضو الجمعية البرلمانية في البوسنة والهرسك", C.PARLIAMENT, "BA"),
    "amb-dz": ("H.E.", "سعادة السفير", "Rachid Belkacem Mansouri", "رشيد بلقاسم منصوري", "Ambassador of Algeria", "سفير الجمهورية الجزائرية", C.DIPLOMAT, "DZ"),
    "amb-jp": ("H.E.", "سعادة السفير", "Kenji Morita", "كينجي موريتا", "Ambassador of Japan", "سفير اليابان", C.DIPLOMAT, "JP"),
    "att-az": ("Mr", "السيد", "Elnur Mammadli", "إلنور محمدلي", "Cultural Attaché, Embassy of Azerbaijan", "الملحق الثقافي في سفارة أذربيجان", C.DIPLOMAT, "AZ"),
    "dhm-no": ("Ms", "السيدة", "Ingrid Solberg Haug", "إنغريد سولبرغ هاوغ", "Deputy Head of Mission of Norway", "نائبة رئيس البعثة النرويجية", C.DIPLOMAT, "NO"),
    "amb-so": ("H.E.", "سعادة السفير", "Abdirahman Yusuf Warsame", "عبد الرحمن يوسف ورسمه", "Ambassador of Somalia", "سفير جمهورية الصومال", C.DIPLOMAT, "SO"),
    "up-eg": ("Prof.", "الأستاذ الدكتور", "Hisham Abdel-Rahman Fawzi", "هشام عبد الرحمن فوزي", "President of Nile Delta University", "رئيس جامعة دلتا النيل", C.UNIVERSITY_PRESIDENT, "EG"),
    "up-tr": ("Prof.", "الأستاذ الدكتور", "Mehmet Emin Aydoğan", "محمد أمين آيدوغان", "Rector of Anatolian Heritage University", "رئيس جامعة التراث الأناضولي", C.UNIVERSITY_PRESIDENT, "TR"),
    "up-my": ("Prof.", "الأستاذة الدكتورة", "Noraini Ismail", "نور عيني إسماعيل", "Vice-Chancellor of Straits International University", "رئيسة جامعة المضائق الدولية", C.UNIVERSITY_PRESIDENT, "MY"),
    "up-lb": ("Prof.", "الأستاذ الدكتور", "Nadim Khoury", "نديم خوري", "President of Cedars University of Science", "رئيس جامعة الأرز للعلوم", C.UNIVERSITY_PRESIDENT, "LB"),
    "up-iq": ("Prof.", "الأستاذ الدكتور", "Salah Mahdi Al-Jubouri", "صلاح مهدي الجبوري", "President of Mesopotamia University of Technology", "رئيس جامعة الرافدين التقنية", C.UNIVERSITY_PRESIDENT, "IQ"),
    "ac-de": ("Prof. Dr", "الأستاذة الدكتورة", "Katharina Vogel", "كاتارينا فوغل", "Professor of Islamic Studies, Rhine-Main Institute for Oriental Studies", "أستاذة الدراسات الإسلامية في معهد الراين والماين للدراسات الشرقية", C.ACADEMIC, "DE"),
    "ac-fr": ("Dr", "الدكتور", "Julien Marchand", "جوليان مارشان", "Researcher in Mediterranean archaeology, Lyon Institute for Mediterranean Studies", "باحث في آثار البحر المتوسط في معهد ليون لدراسات المتوسط", C.ACADEMIC, "FR"),
    "ac-cn": ("Prof.", "الأستاذ الدكتور", "Li Wenhua", "لي ون هوا", "Professor of Arabic Language, Shanghai Institute of Foreign Languages", "أستاذ اللغة العربية في معهد شنغهاي للغات الأجنبية", C.ACADEMIC, "CN"),
    "ac-gb": ("Dr", "الدكتورة", "Eleanor Hughes", "إليانور هيوز", "Senior Lecturer in Public Health, Northbridge University", "محاضرة أولى في الصحة العامة في جامعة نورثبريدج", C.ACADEMIC, "GB"),
    "ac-ca": ("Dr", "الدكتور", "Samir Haddad", "سمير حداد", "Professor of Civil Engineering, Lakeshore University", "أستاذ الهندسة المدنية في جامعة ليكشور", C.ACADEMIC, "CA"),
    "ac-se": ("Prof.", "الأستاذ الدكتور", "Anders Lindqvist", "أندرس ليندكفيست", "Professor of Water Engineering, Nordic Institute of Technology", "أستاذ هندسة المياه في المعهد الاسكندنافي للتكنولوجيا", C.ACADEMIC, "SE"),
    "ac-in": ("Dr", "الدكتورة", "Farhana Qureshi", "فرحانة قريشي", "Associate Professor of Arabic Literature, Deccan Oriental College", "أستاذة مشاركة في الأدب العربي في كلية الدكن الشرقية", C.ACADEMIC, "IN"),
    "rel-iq": ("His Eminence Sheikh", "سماحة الشيخ", "Abdul-Karim Al-Saadi", "عبد الكريم الساعدي", "Scholar and teacher of jurisprudence, Najaf", "عالم ومدرّس الفقه في النجف", C.RELIGIOUS, "IQ"),
    "rel-lb": ("Sheikh", "فضيلة الشيخ", "Hassan Kamal Mroueh", "حسن كمال مروة", "Scholar of Quranic sciences, Beirut", "عالم في علوم القرآن، بيروت", C.RELIGIOUS, "LB"),
    "rel-eg": ("Sheikh Dr", "فضيلة الشيخ الدكتور", "Mahmoud Abdel-Aziz Shalaby", "محمود عبد العزيز شلبي", "Professor at a Faculty of Sharia, Cairo", "أستاذ في كلية الشريعة، القاهرة", C.RELIGIOUS, "EG"),
    "rel-id": ("Kiai Haji", "فضيلة الشيخ", "Ahmad Zainuddin", "أحمد زين الدين", "Head of a network of Islamic boarding schools, East Java", "رئيس شبكة من المعاهد الإسلامية في جاوة الشرقية", C.RELIGIOUS, "ID"),
    "rel-sn": ("Sheikh", "فضيلة الشيخ", "Ibrahima Diop", "إبراهيما ديوب", "Scholar and imam, Dakar", "عالم وإمام، داكار", C.RELIGIOUS, "SN"),
    "rel-pk": ("Maulana", "فضيلة الشيخ", "Abdul-Basit Siddiqui", "عبد الباسط صديقي", "Principal of a seminary in Lahore", "مدير مدرسة دينية في لاهور", C.RELIGIOUS, "PK"),
    "uni-president": ("Prof.", "الأستاذ الدكتور", "Khaled Ibrahim Al-Najjar", "خالد إبراهيم النجار", "President of the University", "رئيس الجامعة", C.UNIVERSITY_PRESIDENT, "PS"),
    "uni-director": ("Dr", "الدكتورة", "Mona Khalil Abu Samra", "منى خليل أبو سمرة", "Director of International Relations Affairs", "مديرة شؤون العلاقات الدولية", C.OTHER, "PS"),
    "uni-dean-eng": ("Dr", "الدكتور", "Tariq Hassan Shurrab", "طارق حسن شراب", "Dean of the Faculty of Engineering", "عميد كلية الهندسة", C.ACADEMIC, "PS"),
    "uni-arabic": ("Dr", "الدكتورة", "Huda Yousef Al-Masri", "هدى يوسف المصري", "Head of the Department of Arabic Language", "رئيسة قسم اللغة العربية", C.ACADEMIC, "PS"),
}  # fmt: skip

# Fictional institutions, created only when the partners demo has none in that country.
# key: (slug, name en, name ar, kind, country, city en, city ar)
PARTNERS = {
    "EG": ("nile-delta-university", "Nile Delta University", "جامعة دلتا النيل", PartnerKind.UNIVERSITY, "EG", "Mansoura", "المنصورة"),
    "TR": ("anatolian-heritage-university", "Anatolian Heritage University", "جامعة التراث الأناضولي", PartnerKind.UNIVERSITY, "TR", "Konya", "قونية"),
    "MY": ("straits-international-university", "Straits International University", "جامعة المضائق الدولية", PartnerKind.UNIVERSITY, "MY", "Kuala Lumpur", "كوالالمبور"),
    "LB": ("cedars-university-of-science", "Cedars University of Science", "جامعة الأرز للعلوم", PartnerKind.UNIVERSITY, "LB", "Beirut", "بيروت"),
    "IQ": ("mesopotamia-university-of-technology", "Mesopotamia University of Technology", "جامعة الرافدين التقنية", PartnerKind.UNIVERSITY, "IQ", "Baghdad", "بغداد"),
    "ID": ("java-institute-of-islamic-studies", "Java Institute of Islamic Studies", "معهد جاوة للدراسات الإسلامية", PartnerKind.RESEARCH, "ID", "Yogyakarta", "يوغياكارتا"),
    "SE": ("nordic-institute-of-technology", "Nordic Institute of Technology", "المعهد الاسكندنافي للتكنولوجيا", PartnerKind.UNIVERSITY, "SE", "Gothenburg", "غوتنبرغ"),
    "DE": ("rhine-main-institute-oriental-studies", "Rhine-Main Institute for Oriental Studies", "معهد الراين والماين للدراسات الشرقية", PartnerKind.RESEARCH, "DE", "Frankfurt", "فرانكفورت"),
}  # fmt: skip

INC, OUT = Direction.INCOMING, Direction.OUTGOING
K = VisitKind

# (slug, direction, kind, days ago, days, country, city en, city ar, host partner country,
#  head, [members], agreement (kind, title en, title ar) or None, title en, title ar)
VISITS = [
    ("former-prime-minister-malaysia", INC, K.OFFICIAL, 40, 1, "MY", "Gaza", "غزة", None, "pm-my", ["up-my"], None,
     "Former Prime Minister of Malaysia visits the university", "رئيس الوزراء الماليزي الأسبق يزور الجامعة"),
    ("former-president-senegal", INC, K.OFFICIAL, 410, 1, "SN", "Gaza", "غزة", None, "pres-sn", ["rel-sn"], None,
     "Former President of Senegal received at the university", "الجامعة تستقبل رئيس السنغال الأسبق"),
    ("minister-higher-education-indonesia", INC, K.OFFICIAL, 75, 2, "ID", "Gaza", "غزة", "ID", "min-id", ["rel-id"],
     (AgreementKind.MOU, "Memorandum of understanding with the Java Institute of Islamic Studies", "مذكرة تفاهم مع معهد جاوة للدراسات الإسلامية"),
     "Indonesian Minister of Higher Education visits the university", "وزير التعليم العالي الإندونيسي يزور الجامعة"),
    ("minister-higher-education-tunisia", INC, K.OFFICIAL, 300, 1, "TN", "Gaza", "غزة", None, "min-tn", [], None,
     "Tunisian Minister of Higher Education meets the university council", "وزير التعليم العالي التونسي يلتقي مجلس الجامعة"),
    ("minister-education-nigeria", INC, K.OFFICIAL, 620, 2, "NG", "Gaza", "غزة", None, "min-ng", [], None,
     "Nigerian Minister of Education tours the faculties", "وزير التربية والتعليم النيجيري يتجول في كليات الجامعة"),
    ("deputy-minister-kazakhstan", INC, K.OFFICIAL, 880, 1, "KZ", "Gaza", "غزة", None, "min-kz", [], None,
     "Deputy Minister of Science of Kazakhstan visits the university", "نائب وزير العلوم الكازاخستاني يزور الجامعة"),
    ("kuwaiti-parliamentarian-visit", INC, K.OFFICIAL, 150, 1, "KW", "Gaza", "غزة", None, "mp-kw", [], None,
     "Member of the Kuwaiti National Assembly visits the university", "عضو مجلس الأمة الكويتي يزور الجامعة"),
    ("pakistani-parliamentary-education-committee", INC, K.OFFICIAL, 520, 2, "PK", "Gaza", "غزة", None, "mp-pk", ["rel-pk"], None,
     "Pakistani parliamentary education committee visits the university", "لجنة التعليم في البرلمان الباكستاني تزور الجامعة"),
    ("bosnian-parliamentarian-visit", INC, K.OFFICIAL, 760, 1, "BA", "Gaza", "غزة", None, "mp-ba", [], None,
     "Member of the Parliament of Bosnia and Herzegovina visits the university", "عضو برلمان البوسنة والهرسك يزور الجامعة"),
    ("ambassador-algeria-visit", INC, K.OFFICIAL, 25, 1, "DZ", "Gaza", "غزة", None, "amb-dz", [], None,
     "Ambassador of Algeria visits the university", "سفير الجزائر يزور الجامعة"),
    ("ambassador-japan-visit", INC, K.OFFICIAL, 230, 1, "JP", "Gaza", "غزة", None, "amb-jp", [], None,
     "Ambassador of Japan discusses scholarships for graduates", "سفير اليابان يبحث منحًا دراسية للخريجين"),
    ("azerbaijan-cultural-attache", INC, K.OFFICIAL, 460, 1, "AZ", "Gaza", "غزة", None, "att-az", [], None,
     "Cultural Attaché of Azerbaijan visits the Department of Arabic", "الملحق الثقافي الأذربيجاني يزور قسم اللغة العربية"),
    ("norwegian-mission-visit", INC, K.OFFICIAL, 690, 1, "NO", "Gaza", "غزة", None, "dhm-no", [], None,
     "Norwegian mission visits the university's water laboratories", "البعثة النرويجية تزور مختبرات المياه في الجامعة"),
    ("ambassador-somalia-visit", INC, K.OFFICIAL, 950, 1, "SO", "Gaza", "غزة", None, "amb-so", [], None,
     "Ambassador of Somalia meets Somali students at the university", "سفير الصومال يلتقي الطلبة الصوماليين في الجامعة"),
    ("nile-delta-university-president", INC, K.ACADEMIC, 110, 2, "EG", "Gaza", "غزة", "EG", "up-eg", ["rel-eg"],
     (AgreementKind.COOPERATION, "Academic cooperation agreement with Nile Delta University", "اتفاقية تعاون أكاديمي مع جامعة دلتا النيل"),
     "President of Nile Delta University visits the university", "رئيس جامعة دلتا النيل يزور الجامعة"),
    ("anatolian-heritage-university-rector", INC, K.ACADEMIC, 340, 2, "TR", "Gaza", "غزة", "TR", "up-tr", [],
     (AgreementKind.STUDENT_EXCHANGE, "Student exchange agreement with Anatolian Heritage University", "اتفاقية تبادل طلابي مع جامعة التراث الأناضولي"),
     "Rector of Anatolian Heritage University visits the university", "رئيس جامعة التراث الأناضولي يزور الجامعة"),
    ("cedars-university-president", INC, K.ACADEMIC, 580, 1, "LB", "Gaza", "غزة", "LB", "up-lb", [], None,
     "President of Cedars University of Science visits the university", "رئيس جامعة الأرز للعلوم يزور الجامعة"),
    ("mesopotamia-university-delegation", INC, K.ACADEMIC, 820, 3, "IQ", "Gaza", "غزة", "IQ", "up-iq", [],
     (AgreementKind.JOINT_RESEARCH, "Joint research agreement with Mesopotamia University of Technology", "اتفاقية بحث مشترك مع جامعة الرافدين التقنية"),
     "Delegation of Mesopotamia University of Technology visits the university", "وفد جامعة الرافدين التقنية يزور الجامعة"),
    ("visiting-professor-islamic-studies-germany", INC, K.ACADEMIC, 60, 5, "DE", "Gaza", "غزة", "DE", "ac-de", [], None,
     "German professor of Islamic studies gives a week of seminars", "أستاذة ألمانية للدراسات الإسلامية تقدم أسبوعًا من الحلقات الدراسية"),
    ("archaeology-researcher-france", INC, K.ACADEMIC, 270, 4, "FR", "Gaza", "غزة", None, "ac-fr", [], None,
     "French archaeologist visits the Department of History", "باحث آثار فرنسي يزور قسم التاريخ"),
    ("arabic-professor-china", INC, K.ACADEMIC, 390, 3, "CN", "Gaza", "غزة", None, "ac-cn", ["ac-in"], None,
     "Professors of Arabic from China and India meet the Department of Arabic", "أساتذة للغة العربية من الصين والهند يلتقون قسم اللغة العربية"),
    ("public-health-lecturer-uk", INC, K.ACADEMIC, 640, 5, "GB", "Gaza", "غزة", None, "ac-gb", [], None,
     "British public health lecturer runs a training course", "محاضرة بريطانية في الصحة العامة تقدم دورة تدريبية"),
    ("civil-engineering-professor-canada", INC, K.ACADEMIC, 1000, 3, "CA", "Gaza", "غزة", None, "ac-ca", [], None,
     "Canadian civil engineering professor visits the Faculty of Engineering", "أستاذ هندسة مدنية كندي يزور كلية الهندسة"),
    ("meeting-religious-scholars-spring", INC, K.RELIGIOUS, 15, 1, "IQ", "Gaza", "غزة", None, "rel-iq", ["rel-lb"], None,
     "Periodic meeting with religious scholars: spring session", "اللقاء الدوري مع العلماء: دورة الربيع"),
    ("meeting-religious-scholars-autumn", INC, K.RELIGIOUS, 200, 1, "EG", "Gaza", "غزة", None, "rel-eg", ["rel-sn"], None,
     "Periodic meeting with religious scholars: autumn session", "اللقاء الدوري مع العلماء: دورة الخريف"),
    ("meeting-religious-scholars-last-spring", INC, K.RELIGIOUS, 380, 1, "ID", "Gaza", "غزة", None, "rel-id", ["rel-pk"], None,
     "Periodic meeting with religious scholars: last spring's session", "اللقاء الدوري مع العلماء: دورة الربيع الماضي"),
    ("meeting-religious-scholars-earlier", INC, K.RELIGIOUS, 560, 1, "LB", "Gaza", "غزة", None, "rel-lb", ["rel-iq"], None,
     "Periodic meeting with religious scholars on the ethics of knowledge", "اللقاء الدوري مع العلماء حول أخلاقيات العلم"),
    ("university-delegation-to-najaf-scholars", OUT, K.RELIGIOUS, 740, 3, "IQ", "Najaf", "النجف", None, "uni-president", ["uni-director"], None,
     "University delegation meets religious scholars in Najaf", "وفد الجامعة يلتقي العلماء في النجف"),
    ("delegation-to-kuala-lumpur", OUT, K.ACADEMIC, 170, 4, "MY", "Kuala Lumpur", "كوالالمبور", "MY", "uni-president", ["uni-director", "uni-arabic"],
     (AgreementKind.JOINT_PROGRAMME, "Joint programme agreement with Straits International University", "اتفاقية برنامج مشترك مع جامعة المضائق الدولية"),
     "University delegation visits Straits International University", "وفد الجامعة يزور جامعة المضائق الدولية"),
    ("delegation-to-gothenburg", OUT, K.ACADEMIC, 430, 5, "SE", "Gothenburg", "غوتنبرغ", "SE", "uni-dean-eng", [],
     (AgreementKind.STAFF_EXCHANGE, "Staff exchange agreement with the Nordic Institute of Technology", "اتفاقية تبادل أعضاء هيئة التدريس مع المعهد الاسكندنافي للتكنولوجيا"),
     "Faculty of Engineering delegation visits the Nordic Institute of Technology", "وفد كلية الهندسة يزور المعهد الاسكندنافي للتكنولوجيا"),
    ("delegation-to-konya", OUT, K.ACADEMIC, 900, 4, "TR", "Konya", "قونية", "TR", "uni-director", ["uni-arabic"], None,
     "International relations delegation visits Konya", "وفد العلاقات الدولية يزور قونية"),
    ("conference-trip-cairo", OUT, K.CONFERENCE, 250, 3, "EG", "Cairo", "القاهرة", None, "uni-arabic", [], None,
     "University takes part in an Arabic language conference in Cairo", "الجامعة تشارك في مؤتمر للغة العربية في القاهرة"),
    ("conference-trip-istanbul", OUT, K.CONFERENCE, 700, 3, "TR", "Istanbul", "إسطنبول", None, "uni-director", [], None,
     "University attends a higher education forum in Istanbul", "الجامعة تحضر منتدى للتعليم العالي في إسطنبول"),
]  # fmt: skip

SUMMARY = {
    K.OFFICIAL: (
        "{head_en} was received by the university's president, who presented the university's faculties and its international relations.",
        "استقبل رئيس الجامعة {head_ar}، وعرّفه بكليات الجامعة وعلاقاتها الدولية.",
    ),
    K.ACADEMIC: (
        "An academic visit to open channels of teaching and research cooperation, with meetings at several faculties.",
        "زيارة أكاديمية لفتح قنوات التعاون في التدريس والبحث، تخللتها لقاءات في عدد من الكليات.",
    ),
    K.RELIGIOUS: (
        "One of the office's regular meetings with religious authorities and scholars, to benefit from their guidance.",
        "أحد اللقاءات الدورية التي يعقدها المكتب مع المرجعيات الدينية والعلماء للاستفادة من توجيهاتهم.",
    ),
    K.CONFERENCE: (
        "The university presented its research and met partner institutions at the conference.",
        "قدّمت الجامعة أبحاثها والتقت مؤسسات شريكة على هامش المؤتمر.",
    ),
}

BODY = (
    "<p>The visit began with a meeting with the university's president and the director of "
    "International Relations Affairs, followed by a tour of the library, the laboratories and "
    "the faculties. Both sides discussed academic exchange, joint research and scholarships "
    "for outstanding students.</p><p>At the end of the visit the guests were presented with "
    "the university's publications and a commemorative shield.</p>",
    "<p>بدأت الزيارة بلقاء مع رئيس الجامعة ومديرة شؤون العلاقات الدولية، تلته جولة في المكتبة "
    "والمختبرات والكليات. وبحث الجانبان سبل التبادل الأكاديمي والبحث المشترك والمنح الدراسية "
    "للطلبة المتفوقين.</p><p>وفي ختام الزيارة قُدّمت للضيوف إصدارات الجامعة ودرع تذكاري.</p>",
)

PHOTO_TEXT = [
    ("Group photo of the delegation with the university's leadership", "صورة جماعية للوفد مع قيادة الجامعة",
     "The delegation with the university's leadership", "الوفد مع قيادة الجامعة"),
    ("Meeting around a table in the university's council hall", "اجتماع حول طاولة في قاعة مجلس الجامعة",
     "The meeting in the council hall", "الاجتماع في قاعة المجلس"),
]  # fmt: skip


def _person(key):
    hon_en, hon_ar, name_en, name_ar, pos_en, pos_ar, category, country = PEOPLE[key]
    person = Person.objects.filter(name_en=name_en, country=country).first()
    if person:
        return person, False
    person = Person.objects.create(
        honorific_en=hon_en,
        honorific_ar=hon_ar,
        name_en=name_en,
        name_ar=name_ar,
        position_en=pos_en,
        position_ar=pos_ar,
        category=category,
        country=country,
    )
    return person, True


def _partner(country):
    """A published partner in ``country``: the partners demo's if there is one, else ours."""
    existing = Partner.objects.published().filter(country=country).order_by("pk").first()
    if existing:
        return existing, False
    slug, name_en, name_ar, kind, code, city_en, city_ar = PARTNERS[country]
    partner, created = Partner.objects.get_or_create(
        slug=slug,
        defaults={
            "name_en": name_en,
            "name_ar": name_ar,
            "kind": kind,
            "country": code,
            "city_en": city_en,
            "city_ar": city_ar,
            "status": Status.PUBLISHED,
            "published_at": timezone.now() - datetime.timedelta(days=400),
        },
    )
    return partner, created


def _published_at(start):
    moment = timezone.make_aware(datetime.datetime.combine(start, datetime.time(12)))
    return min(moment, timezone.now() - datetime.timedelta(hours=1))


def seed(scale=1, stdout=None):
    today = timezone.localdate()
    counts = {"people": 0, "partners": 0, "visits": 0, "photos": 0, "agreements": 0}
    people = {}
    for key in PEOPLE:
        people[key], created = _person(key)
        counts["people"] += created

    for number, row in enumerate(VISITS, start=1):
        (slug, direction, kind, days_ago, days, country, city_en, city_ar, host_country,
         head, members, agreement, title_en, title_ar) = row  # fmt: skip
        if Visit.objects.filter(slug=slug).exists():
            continue
        host = None
        if host_country:
            host, created = _partner(host_country)
            counts["partners"] += created
        starts_on = today - datetime.timedelta(days=days_ago)
        head_person = people[head]
        summary_en, summary_ar = SUMMARY[kind]
        visit = Visit.objects.create(
            slug=slug,
            title_en=title_en,
            title_ar=title_ar,
            direction=direction,
            kind=kind,
            starts_on=starts_on,
            ends_on=starts_on + datetime.timedelta(days=days - 1),
            country=country,
            city_en=city_en,
            city_ar=city_ar,
            host_partner=host,
            summary_en=summary_en.format(
                head_en=f"{head_person.honorific_en} {head_person.name_en}"
            ),
            summary_ar=summary_ar.format(
                head_ar=f"{head_person.honorific_ar} {head_person.name_ar}"
            ),
            body_en=BODY[0],
            body_ar=BODY[1],
            status=Status.PUBLISHED,
            published_at=_published_at(starts_on),
        )
        counts["visits"] += 1
        VisitParticipant.objects.bulk_create(
            [VisitParticipant(visit=visit, person=head_person, role=ParticipantRole.HEAD, order=0)]
            + [
                VisitParticipant(
                    visit=visit, person=people[key], role=ParticipantRole.MEMBER, order=i
                )
                for i, key in enumerate(members, start=1)
            ]
        )
        for order, (alt_en, alt_ar, caption_en, caption_ar) in enumerate(PHOTO_TEXT):
            VisitPhoto.objects.create(
                visit=visit,
                image=photo(f"Visit {number:02d} · {city_en} · {order + 1}"),
                image_alt_en=alt_en,
                image_alt_ar=alt_ar,
                caption_en=caption_en,
                caption_ar=caption_ar,
                order=order,
            )
            counts["photos"] += 1
        if agreement:
            agreement_kind, agreement_en, agreement_ar = agreement
            signed = Agreement.objects.create(
                slug=f"{slug}-agreement"[:120],
                title_en=agreement_en,
                title_ar=agreement_ar,
                kind=agreement_kind,
                signed_on=visit.ends_on,
                starts_on=visit.ends_on,
                ends_on=visit.ends_on + datetime.timedelta(days=5 * 365),
                signatories_en=f"{head_person.honorific_en} {head_person.name_en}",
                signatories_ar=f"{head_person.honorific_ar} {head_person.name_ar}",
                visit=visit,
                status=Status.PUBLISHED,
                published_at=_published_at(visit.ends_on),
            )
            if host:
                signed.partners.add(host)
            counts["agreements"] += 1

    if scale > 1:
        counts["visits"] += _seed_archive(scale, today, people, stdout)
    return counts


def _seed_archive(scale, today, people, stdout):
    """(scale - 1) × 30 further published visits for benchmarks, in bulk, idempotent."""
    wanted = (scale - 1) * 30
    slugs = [f"archive-visit-{i:05d}" for i in range(wanted)]
    existing = set(Visit.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    missing = [(i, slug) for i, slug in enumerate(slugs) if slug not in existing]
    if not missing:
        return 0
    photos = list(VisitPhoto.objects.order_by("pk")[:4])
    keys = list(PEOPLE)
    visits = []
    for i, slug in missing:
        row = VISITS[i % len(VISITS)]
        starts_on = today - datetime.timedelta(days=30 + (i * 7) % 1060)
        visits.append(
            Visit(
                slug=slug,
                title_en=f"{row[12]} ({i + 1})",
                title_ar=f"{row[13]} ({i + 1})",
                direction=row[1],
                kind=row[2],
                starts_on=starts_on,
                ends_on=starts_on + datetime.timedelta(days=row[4] - 1),
                country=row[5],
                city_en=row[6],
                city_ar=row[7],
                summary_en=SUMMARY[row[2]][0].format(head_en=PEOPLE[row[9]][2]),
                summary_ar=SUMMARY[row[2]][1].format(head_ar=PEOPLE[row[9]][3]),
                body_en=BODY[0],
                body_ar=BODY[1],
                status=Status.PUBLISHED,
                published_at=_published_at(starts_on),
            )
        )
    created = Visit.objects.bulk_create(visits, batch_size=500)
    created = list(Visit.objects.filter(slug__in=[v.slug for v in created]).order_by("slug"))
    participants, gallery = [], []
    for n, visit in enumerate(created):
        chosen = [keys[(n + j * 7) % len(keys)] for j in range(6)]
        for order, key in enumerate(dict.fromkeys(chosen)):
            role = ParticipantRole.HEAD if order == 0 else ParticipantRole.MEMBER
            participants.append(
                VisitParticipant(visit=visit, person=people[key], role=role, order=order)
            )
        for order, source in enumerate(photos[:2] if n % 3 else photos[2:4]):
            gallery.append(
                VisitPhoto(
                    visit=visit,
                    image=source.image.name,
                    image_alt_en=source.image_alt_en,
                    image_alt_ar=source.image_alt_ar,
                    caption_en=source.caption_en,
                    caption_ar=source.caption_ar,
                    order=order,
                )
            )
    VisitParticipant.objects.bulk_create(participants, batch_size=1000)
    VisitPhoto.objects.bulk_create(gallery, batch_size=1000)
    content_changed()  # bulk inserts send no signals
    if stdout:
        stdout.write(f"visits: {len(created)} archive visits for --scale {scale}.")
    return len(created)
