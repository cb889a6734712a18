"""Wording and rows of the exhibitions demo (``exhibitions/demo.py`` builds the records),
after the Al-Mustafa seed (the university takes part in and co-organises specialised,
mostly international exhibitions, with experts who prepare and staff its stand) and the
Al-Aqsa seed (regional and international events and conferences).

Events are fictional; countries, cities and venues' cities are real; partners and people are
the partners and visits demos' own, named here by partner slug and by the visits demo's
PEOPLE keys.
"""

from typing import NamedTuple

from intloffice.demo_data import Text

from .models import ExhibitionKind, OfficeRole


class EventData(NamedTuple):
    slug: str
    kind: str
    role: str
    days_ago: int  # first day (negative: in the future)
    days: int
    country: str
    city: Text
    venue: Text
    partners: list  # partner slugs
    attendees: list  # visits demo PEOPLE keys
    title: Text
    summary: Text
    report_public: bool = True


K, R = ExhibitionKind, OfficeRole

EVENTS = [
    EventData("international-education-fair-kuala-lumpur", K.EDUCATION_FAIR, R.PARTICIPANT, -40, 3, "MY",
              Text("Kuala Lumpur", "كوالالمبور"), Text("Kuala Lumpur Convention Centre", "مركز كوالالمبور للمؤتمرات"),
              ["straits-international-university"], ["uni-director", "uni-arabic", "up-my"],
              Text("International education fair in Kuala Lumpur", "معرض التعليم الدولي في كوالالمبور"),
              Text("The university presents its programmes and scholarships to students from South-East Asia.",
                   "تعرض الجامعة برامجها ومنحها الدراسية على طلبة جنوب شرق آسيا.")),
    EventData("conference-manuscripts-digital-heritage-konya", K.CONFERENCE, R.CO_ORGANISER, -95, 2, "TR",
              Text("Konya", "قونية"), Text("Anatolian Heritage University, conference hall", "قاعة المؤتمرات في جامعة التراث الأناضولي"),
              ["anatolian-heritage-university"], ["uni-president", "uni-arabic", "up-tr"],
              Text("Conference on manuscripts and digital heritage", "مؤتمر المخطوطات والتراث الرقمي"),
              Text("Co-organised with Anatolian Heritage University: two days of papers on cataloguing and digitising manuscripts.",
                   "ينظمه المكتب بالتعاون مع جامعة التراث الأناضولي: يومان من البحوث في فهرسة المخطوطات ورقمنتها.")),
    EventData("research-and-innovation-exhibition", K.EXHIBITION, R.ORGANISER, 1, 4, "PS",
              Text("Gaza", "غزة"), Text("University campus, main hall", "القاعة الرئيسية في حرم الجامعة"),
              [], ["uni-president", "uni-dean-eng", "uni-director"],
              Text("Exhibition of the university's research and innovation", "معرض بحوث الجامعة وابتكاراتها"),
              Text("Students and researchers show their projects to partner universities, schools and the public.",
                   "يعرض الطلبة والباحثون مشاريعهم على الجامعات الشريكة والمدارس والجمهور.")),
    EventData("graduates-abroad-forum", K.FORUM, R.ORGANISER, 60, 2, "PS",
              Text("Gaza", "غزة"), Text("University campus, conference centre", "مركز المؤتمرات في حرم الجامعة"),
              [], ["uni-president", "uni-director"],
              Text("Forum of the university's graduates studying abroad", "ملتقى خرّيجي الجامعة الدارسين في الخارج"),
              Text("Graduates studying for master's and doctoral degrees abroad share what they learnt with students and staff.",
                   "يشارك الخرّيجون الدارسون للماجستير والدكتوراه في الخارج خبراتهم مع الطلبة والعاملين.")),
    EventData("seminar-academic-exchange", K.SEMINAR, R.ORGANISER, 130, 1, "PS",
              Text("Gaza", "غزة"), Text("Faculty of Arts, seminar room", "قاعة الحلقات الدراسية في كلية الآداب"),
              [], ["uni-director", "uni-arabic"],
              Text("Seminar on academic exchange with partner universities", "ندوة حول التبادل الأكاديمي مع الجامعات الشريكة"),
              Text("How students and staff can spend a term at a partner university, and how to apply.",
                   "كيف يقضي الطلبة والعاملون فصلًا دراسيًا في جامعة شريكة، وكيف يتقدمون لذلك.")),
    EventData("book-fair-cairo-publications-stand", K.BOOK_FAIR, R.PARTICIPANT, 210, 10, "EG",
              Text("Cairo", "القاهرة"), Text("International exhibition grounds", "أرض المعارض الدولية"),
              ["nile-delta-university"], ["uni-arabic", "up-eg"],
              Text("The university's publications at the international book fair in Cairo", "إصدارات الجامعة في معرض الكتاب الدولي في القاهرة"),
              Text("The university's stand shows its journals, books and the magazine of the office.",
                   "يعرض جناح الجامعة مجلاتها العلمية وكتبها ومجلة المكتب.")),
    EventData("workshop-manuscript-cataloguing-leiden", K.WORKSHOP, R.CO_ORGANISER, 300, 3, "NL",
              Text("Leiden", "لايدن"), Text("Leiden Centre for Textual Scholarship", "مركز لايدن لدراسات النصوص"),
              ["leiden-centre-textual-scholarship"], ["uni-arabic"],
              Text("Workshop on cataloguing Arabic manuscripts", "ورشة عمل في فهرسة المخطوطات العربية"),
              Text("Three days of hands-on cataloguing for librarians and young researchers.",
                   "ثلاثة أيام من التدريب العملي على الفهرسة لأمناء المكتبات والباحثين الشباب.")),
    EventData("forum-higher-education-west-africa", K.FORUM, R.PARTICIPANT, 420, 2, "SN",
              Text("Dakar", "داكار"), Text("Regional Centre for Educational Cooperation", "المركز الإقليمي للتعاون التربوي"),
              ["dakar-regional-education-centre"], ["uni-director"],
              Text("Forum on higher education cooperation in West Africa", "منتدى التعاون في التعليم العالي في غرب أفريقيا"),
              Text("Universities and agencies of the region discuss scholarships and the recognition of degrees.",
                   "تبحث جامعات المنطقة ووكالاتها المنح الدراسية والاعتراف بالشهادات."),
              report_public=False),
    EventData("conference-oriental-studies-frankfurt", K.CONFERENCE, R.PARTICIPANT, 500, 3, "DE",
              Text("Frankfurt", "فرانكفورت"), Text("Rhine-Main Institute for Oriental Studies", "معهد الراين والماين للدراسات الشرقية"),
              ["rhine-main-institute-oriental-studies"], ["uni-arabic", "ac-de"],
              Text("International conference on Oriental studies", "المؤتمر الدولي للدراسات الشرقية"),
              Text("The head of the Department of Arabic presents the university's research on Arabic philology.",
                   "تقدم رئيسة قسم اللغة العربية بحوث الجامعة في فقه اللغة العربية.")),
    EventData("water-technologies-exhibition-gothenburg", K.EXHIBITION, R.CO_ORGANISER, 580, 4, "SE",
              Text("Gothenburg", "غوتنبرغ"), Text("Nordic Institute of Technology, exhibition hall", "قاعة المعارض في المعهد الاسكندنافي للتكنولوجيا"),
              ["nordic-institute-of-technology"], ["uni-dean-eng", "ac-se"],
              Text("Exhibition of water technologies", "معرض تقنيات المياه"),
              Text("A joint stand with the Nordic Institute of Technology on water treatment research.",
                   "جناح مشترك مع المعهد الاسكندنافي للتكنولوجيا عن بحوث معالجة المياه.")),
    EventData("open-day-education-fair", K.EDUCATION_FAIR, R.ORGANISER, 650, 2, "PS",
              Text("Gaza", "غزة"), Text("University campus", "حرم الجامعة"),
              ["cedars-university-of-science"], ["uni-director", "uni-dean-eng", "up-lb"],
              Text("Education fair of partner universities on campus", "معرض الجامعات الشريكة في حرم الجامعة"),
              Text("Partner universities meet students interested in exchange and graduate study.",
                   "تلتقي الجامعات الشريكة الطلبة المهتمين بالتبادل والدراسات العليا.")),
    EventData("book-fair-tunis-joint-stand", K.BOOK_FAIR, R.CO_ORGANISER, 730, 8, "TN",
              Text("Tunis", "تونس"), Text("Kram exhibition park", "قصر المعارض بالكرم"),
              ["tunis-agency-academic-cooperation"], ["uni-arabic"],
              Text("Joint stand at the book fair in Tunis", "جناح مشترك في معرض الكتاب في تونس"),
              Text("A stand shared with the Tunisian Agency for Academic Cooperation.",
                   "جناح مشترك مع الوكالة التونسية للتعاون الأكاديمي.")),
    EventData("workshop-engineering-curricula-baghdad", K.WORKSHOP, R.PARTICIPANT, 810, 2, "IQ",
              Text("Baghdad", "بغداد"), Text("Mesopotamia University of Technology", "جامعة الرافدين التقنية"),
              ["mesopotamia-university-of-technology"], ["uni-dean-eng", "up-iq"],
              Text("Workshop on engineering curricula", "ورشة عمل حول مناهج الهندسة"),
              Text("Deans of engineering compare curricula and plan joint courses.",
                   "يقارن عمداء كليات الهندسة المناهج ويخططون لمقررات مشتركة.")),
    EventData("seminar-translation-studies-beirut", K.SEMINAR, R.PARTICIPANT, 880, 1, "LB",
              Text("Beirut", "بيروت"), Text("Cedars University of Science", "جامعة الأرز للعلوم"),
              ["cedars-university-of-science"], ["uni-arabic", "up-lb"],
              Text("Seminar on translation studies", "ندوة في دراسات الترجمة"),
              Text("Researchers from six universities discuss teaching translation between Arabic and other languages.",
                   "يناقش باحثون من ست جامعات تعليم الترجمة بين العربية واللغات الأخرى.")),
]  # fmt: skip

DESCRIPTION = {
    K.EXHIBITION: Text(
        "<p>The university prepares each exhibition with its experts, who staff the stand and present its latest educational, research, cultural and training achievements to visitors.</p>",
        "<p>تستعد الجامعة لكل معرض بخبرائها الذين يشرفون على الجناح ويعرضون على الزوار أحدث إنجازاتها التعليمية والبحثية والثقافية والتدريبية.</p>",
    ),
    K.BOOK_FAIR: Text(
        "<p>The stand presents the university's books, scientific journals and the office's magazine, and gives visitors leaflets in several languages.</p>",
        "<p>يعرض الجناح كتب الجامعة ومجلاتها العلمية ومجلة المكتب، ويقدّم للزوار نشرات بلغات متعددة.</p>",
    ),
    K.EDUCATION_FAIR: Text(
        "<p>Staff of the office answer questions about admission, scholarships and exchange programmes, and meet the representatives of other universities.</p>",
        "<p>يجيب موظفو المكتب عن الأسئلة المتعلقة بالقبول والمنح وبرامج التبادل، ويلتقون ممثلي الجامعات الأخرى.</p>",
    ),
    K.CONFERENCE: Text(
        "<p>Researchers of the university present papers and chair sessions, and the office meets partner institutions on the margins of the conference.</p>",
        "<p>يقدّم باحثو الجامعة أوراقًا بحثية ويرأسون جلسات، ويلتقي المكتب المؤسسات الشريكة على هامش المؤتمر.</p>",
    ),
    K.FORUM: Text(
        "<p>The forum brings together universities, agencies and graduates to discuss cooperation and to agree on next steps.</p>",
        "<p>يجمع الملتقى الجامعات والوكالات والخرّيجين لبحث التعاون والاتفاق على الخطوات التالية.</p>",
    ),
    K.SEMINAR: Text(
        "<p>A half-day seminar open to students and staff, followed by questions and a discussion.</p>",
        "<p>ندوة لنصف يوم مفتوحة للطلبة والعاملين، يعقبها نقاش وأسئلة.</p>",
    ),
    K.WORKSHOP: Text(
        "<p>A practical workshop in small groups, with exercises prepared by the organisers.</p>",
        "<p>ورشة عمل تطبيقية في مجموعات صغيرة، بتمارين أعدّها المنظمون.</p>",
    ),
}

ACHIEVEMENTS = Text(
    "<ul><li>Research projects of the faculties, with posters and short films.</li>"
    "<li>The university's journals and the office's magazine.</li>"
    "<li>Scholarships and exchange programmes open to partner universities.</li></ul>",
    "<ul><li>المشاريع البحثية للكليات، بملصقات وأفلام قصيرة.</li>"
    "<li>مجلات الجامعة العلمية ومجلة المكتب.</li>"
    "<li>المنح الدراسية وبرامج التبادل المتاحة للجامعات الشريكة.</li></ul>",
)

CONTACTS = Text(
    "The office met the international relations officers of several universities; two asked for a draft memorandum of understanding.",
    "التقى المكتب مسؤولي العلاقات الدولية في عدد من الجامعات، وطلبت جامعتان منها مسودة مذكرة تفاهم.",
)

PHOTO_TEXT = [
    Text("The university's stand with visitors", "جناح الجامعة والزوار"),
    Text("Staff of the office talking with students", "موظفو المكتب يتحدثون مع الطلبة"),
]
