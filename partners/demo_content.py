"""Wording and rows of the partners demo (``partners/demo.py`` builds the records from them).

Countries and cities are real; every institution is fictional. Dates are relative to the day
the demo runs.
"""

import datetime
from typing import NamedTuple

from intloffice.demo_data import Text

from .models import AgreementKind, PartnerKind, Renewal


class PartnerData(NamedTuple):
    slug: str
    kind: str
    country: str
    city: Text
    name: Text
    short_name: Text
    since: int  # year the relationship began


class AgreementData(NamedTuple):
    slug: str
    kind: str
    title: Text
    partners: list  # partner slugs
    signed_days_ago: int
    starts_after: int  # days from signing
    ends_in: int | None  # days from today; None: open-ended
    renewal: str
    terminated: bool
    public: bool

    def dates(self, today, shift=0):
        """(signed, starts, ends) relative to ``today``; ``shift`` days earlier signing."""
        signed = today - datetime.timedelta(days=self.signed_days_ago + shift)
        starts = signed + datetime.timedelta(days=self.starts_after)
        ends = None if self.ends_in is None else today + datetime.timedelta(days=self.ends_in)
        return signed, starts, ends


class MembershipData(NamedTuple):
    partner: str  # slug
    since_years_ago: int
    ended_years_ago: int | None
    role: Text
    order: int


U, R, S, G, INT, N, OTH = (
    PartnerKind.UNIVERSITY,
    PartnerKind.RESEARCH,
    PartnerKind.RELIGIOUS,
    PartnerKind.GOVERNMENT,
    PartnerKind.INTERNATIONAL,
    PartnerKind.NETWORK,
    PartnerKind.OTHER,
)

PARTNERS = [
    PartnerData("kabul-institute-languages", U, "AF", Text("Kabul", "كابل"), Text("Kabul Institute of Languages and Humanities", "معهد كابل للغات والعلوم الإنسانية"), Text("KILH", ""), 2012),
    PartnerData("tlemcen-school-translation", U, "DZ", Text("Tlemcen", "تلمسان"), Text("Tlemcen Higher School of Translation", "المدرسة العليا للترجمة بتلمسان"), Text("THST", ""), 2015),
    PartnerData("melbourne-centre-islamic-studies", R, "AU", Text("Melbourne", "ملبورن"), Text("Melbourne Centre for Islamic and Arab Studies", "مركز ملبورن للدراسات الإسلامية والعربية"), Text("MCIAS", ""), 2018),
    PartnerData("baku-absheron-university", U, "AZ", Text("Baku", "باكو"), Text("Absheron University of Humanities", "جامعة أبشرون للعلوم الإنسانية"), Text("AUH", ""), 2011),
    PartnerData("sarajevo-faculty-oriental-studies", U, "BA", Text("Sarajevo", "سراييفو"), Text("Sarajevo Faculty of Oriental Studies", "كلية الدراسات الشرقية في سراييفو"), Text("SFOS", ""), 2009),
    PartnerData("ouagadougou-sahel-institute", R, "BF", Text("Ouagadougou", "واغادوغو"), Text("Sahel Institute for Education Research", "معهد الساحل لبحوث التربية"), Text("SIER", ""), 2019),
    PartnerData("montreal-interfaith-centre", OTH, "CA", Text("Montreal", "مونتريال"), Text("Montreal Centre for Interfaith Learning", "مركز مونتريال للتعلم بين الأديان"), Text("MCIL", ""), 2017),
    PartnerData("xian-qujiang-college", U, "CN", Text("Xi'an", "شيآن"), Text("Qujiang College of Foreign Studies", "كلية تشوجيانغ للدراسات الأجنبية"), Text("QCFS", ""), 2014),
    PartnerData("moroni-comoros-college", U, "KM", Text("Moroni", "موروني"), Text("Moroni College of Arabic and Education", "كلية موروني للغة العربية والتربية"), Text("MCAE", ""), 2016),
    PartnerData("zagreb-mediterranean-institute", R, "HR", Text("Zagreb", "زغرب"), Text("Zagreb Institute for Mediterranean Studies", "معهد زغرب للدراسات المتوسطية"), Text("ZIMS", ""), 2020),
    PartnerData("cairo-mokattam-university", U, "EG", Text("Cairo", "القاهرة"), Text("Al-Mokattam University of Arts and Sciences", "جامعة المقطم للآداب والعلوم"), Text("MUAS", ""), 2008),
    PartnerData("alexandria-manuscripts-centre", R, "EG", Text("Alexandria", "الإسكندرية"), Text("Alexandria Centre for Manuscript Studies", "مركز الإسكندرية لدراسات المخطوطات"), Text("ACMS", ""), 2013),
    PartnerData("helsinki-nordic-middle-east-institute", R, "FI", Text("Helsinki", "هلسنكي"), Text("Nordic Institute for Middle Eastern Studies", "المعهد الشمالي لدراسات الشرق الأوسط"), Text("NIMES", ""), 2021),
    PartnerData("lyon-school-oriental-languages", U, "FR", Text("Lyon", "ليون"), Text("Lyon School of Oriental Languages", "مدرسة ليون للغات الشرقية"), Text("LSOL", ""), 2010),
    PartnerData("leipzig-arabic-philology-seminar", U, "DE", Text("Leipzig", "لايبزيغ"), Text("Leipzig Seminar for Arabic Philology", "حلقة لايبزيغ لفقه اللغة العربية"), Text("LSAP", ""), 2012),
    PartnerData("accra-west-african-university", U, "GH", Text("Accra", "أكرا"), Text("West African University of Social Sciences", "جامعة غرب أفريقيا للعلوم الاجتماعية"), Text("WAUSS", ""), 2018),
    PartnerData("bishkek-tien-shan-university", U, "KG", Text("Bishkek", "بيشكيك"), Text("Tien Shan University of Languages", "جامعة تيان شان للغات"), Text("TSUL", ""), 2019),
    PartnerData("lucknow-persian-arabic-academy", R, "IN", Text("Lucknow", "لكناو"), Text("Lucknow Academy of Persian and Arabic Letters", "أكاديمية لكناو للآداب الفارسية والعربية"), Text("LAPAL", ""), 2011),
    PartnerData("yogyakarta-merapi-university", U, "ID", Text("Yogyakarta", "يوغياكارتا"), Text("Merapi Islamic University of Yogyakarta", "جامعة ميرابي الإسلامية في يوغياكارتا"), Text("MIUY", ""), 2010),
    PartnerData("najaf-dar-al-ilm-seminary", S, "IQ", Text("Najaf", "النجف"), Text("Dar al-Ilm Seminary of Najaf", "حوزة دار العلم في النجف"), Text("", ""), 2007),
    PartnerData("karbala-heritage-centre", R, "IQ", Text("Karbala", "كربلاء"), Text("Karbala Centre for Heritage and Manuscripts", "مركز كربلاء للتراث والمخطوطات"), Text("KCHM", ""), 2016),
    PartnerData("kyoto-institute-asian-religions", R, "JP", Text("Kyoto", "كيوتو"), Text("Kyoto Institute for Asian Religions", "معهد كيوتو للأديان الآسيوية"), Text("KIAR", ""), 2022),
    PartnerData("almaty-steppe-university", U, "KZ", Text("Almaty", "ألماتي"), Text("Steppe University of Oriental Studies", "جامعة السهوب للدراسات الشرقية"), Text("SUOS", ""), 2015),
    PartnerData("kuwait-failaka-college", U, "KW", Text("Kuwait City", "مدينة الكويت"), Text("Failaka College of Sharia and Law", "كلية فيلكا للشريعة والقانون"), Text("FCSL", ""), 2013),
    PartnerData("beirut-cedar-university", U, "LB", Text("Beirut", "بيروت"), Text("Cedar University of Beirut", "جامعة الأرز في بيروت"), Text("CUB", ""), 2006),
    PartnerData("tripoli-institute-languages", U, "LY", Text("Tripoli", "طرابلس"), Text("Tripoli Institute of Languages", "معهد طرابلس للغات"), Text("TIL", ""), 2019),
    PartnerData("antananarivo-indian-ocean-institute", R, "MG", Text("Antananarivo", "أنتاناناريفو"), Text("Indian Ocean Institute of Cultures", "معهد المحيط الهندي للثقافات"), Text("IOIC", ""), 2020),
    PartnerData("kuala-lumpur-klang-valley-university", U, "MY", Text("Kuala Lumpur", "كوالالمبور"), Text("Klang Valley University of Islamic Finance", "جامعة وادي كلانغ للتمويل الإسلامي"), Text("KVU", ""), 2012),
    PartnerData("niamey-college-languages", U, "NE", Text("Niamey", "نيامي"), Text("Niamey College of Languages and Education", "كلية نيامي للغات والتربية"), Text("NCLE", ""), 2017),
    PartnerData("kano-kurmi-college", U, "NG", Text("Kano", "كانو"), Text("Kurmi College of Arabic Studies", "كلية كورمي للدراسات العربية"), Text("KCAS", ""), 2014),
    PartnerData("leiden-centre-textual-scholarship", R, "NL", Text("Leiden", "لايدن"), Text("Leiden Centre for Textual Scholarship", "مركز لايدن لدراسات النصوص"), Text("LCTS", ""), 2018),
    PartnerData("bergen-peace-education-institute", OTH, "NO", Text("Bergen", "بيرغن"), Text("Bergen Institute for Peace Education", "معهد بيرغن للتربية على السلام"), Text("BIPE", ""), 2021),
    PartnerData("lahore-iqbal-academy-philosophy", R, "PK", Text("Lahore", "لاهور"), Text("Lahore Academy of Philosophy and Letters", "أكاديمية لاهور للفلسفة والآداب"), Text("LAPL", ""), 2009),
    PartnerData("kazan-volga-university", U, "RU", Text("Kazan", "قازان"), Text("Volga University of Islamic Studies", "جامعة الفولغا للدراسات الإسلامية"), Text("VUIS", ""), 2011),
    PartnerData("jeddah-al-balad-college", U, "SA", Text("Jeddah", "جدة"), Text("Al-Balad College of Sciences", "كلية البلد للعلوم"), Text("BCS", ""), 2016),
    PartnerData("dakar-regional-education-centre", INT, "SN", Text("Dakar", "داكار"), Text("Regional Centre for Educational Cooperation in West Africa", "المركز الإقليمي للتعاون التربوي في غرب أفريقيا"), Text("RCECWA", ""), 2015),
    PartnerData("freetown-lumley-college", U, "SL", Text("Freetown", "فريتاون"), Text("Lumley Beach College", "كلية شاطئ لوملي"), Text("LBC", ""), 2022),
    PartnerData("mogadishu-lido-college", U, "SO", Text("Mogadishu", "مقديشو"), Text("Lido Coast College of Education", "كلية ساحل ليدو للتربية"), Text("LCCE", ""), 2020),
    PartnerData("colombo-ceylon-institute", R, "LK", Text("Colombo", "كولومبو"), Text("Ceylon Institute of Languages and Cultures", "معهد سيلان للغات والثقافات"), Text("CILC", ""), 2019),
    PartnerData("khartoum-blue-nile-college", U, "SD", Text("Khartoum", "الخرطوم"), Text("Blue Nile College of Humanities", "كلية النيل الأزرق للعلوم الإنسانية"), Text("BNCH", ""), 2010),
    PartnerData("uppsala-centre-religion-society", R, "SE", Text("Uppsala", "أوبسالا"), Text("Uppsala Centre for Religion and Society", "مركز أوبسالا للدين والمجتمع"), Text("UCRS", ""), 2020),
    PartnerData("pattani-southern-college", U, "TH", Text("Pattani", "فطاني"), Text("Southern College of Islamic Sciences, Pattani", "الكلية الجنوبية للعلوم الإسلامية في فطاني"), Text("SCIS", ""), 2017),
    PartnerData("tunis-agency-academic-cooperation", G, "TN", Text("Tunis", "تونس"), Text("Tunisian Agency for Academic Cooperation", "الوكالة التونسية للتعاون الأكاديمي"), Text("TAAC", ""), 2014),
    PartnerData("konya-meram-university", U, "TR", Text("Konya", "قونية"), Text("Meram University of Theology and Arts", "جامعة ميرام للإلهيات والفنون"), Text("MUTA", ""), 2012),
    PartnerData("cambridge-fenland-manuscripts-centre", R, "GB", Text("Cambridge", "كامبريدج"), Text("Fenland Centre for Islamic Manuscripts", "مركز فِنلاند للمخطوطات الإسلامية"), Text("FCIM", ""), 2018),
    PartnerData("chicago-midwest-interfaith-college", OTH, "US", Text("Chicago", "شيكاغو"), Text("Midwest College of Interfaith Studies", "كلية الغرب الأوسط للدراسات بين الأديان"), Text("MCIS", ""), 2021),
    PartnerData("vatican-centre-dialogue", S, "VA", Text("Vatican City", "مدينة الفاتيكان"), Text("Centre for Christian–Muslim Scholarly Dialogue", "مركز الحوار العلمي المسيحي الإسلامي"), Text("CCMSD", ""), 2019),
    PartnerData("jakarta-scholarship-directorate", G, "ID", Text("Jakarta", "جاكرتا"), Text("Directorate of International Scholarships, Jakarta", "مديرية المنح الدولية في جاكرتا"), Text("DIS", ""), 2016),
    # Institutions the visits demo names (their presidents and professors visit, agreements follow).
    PartnerData("nile-delta-university", U, "EG", Text("Mansoura", "المنصورة"), Text("Nile Delta University", "جامعة دلتا النيل"), Text("NDU", ""), 2019),
    PartnerData("anatolian-heritage-university", U, "TR", Text("Konya", "قونية"), Text("Anatolian Heritage University", "جامعة التراث الأناضولي"), Text("AHU", ""), 2018),
    PartnerData("straits-international-university", U, "MY", Text("Kuala Lumpur", "كوالالمبور"), Text("Straits International University", "جامعة المضائق الدولية"), Text("SIU", ""), 2016),
    PartnerData("cedars-university-of-science", U, "LB", Text("Beirut", "بيروت"), Text("Cedars University of Science", "جامعة الأرز للعلوم"), Text("CUS", ""), 2020),
    PartnerData("mesopotamia-university-of-technology", U, "IQ", Text("Baghdad", "بغداد"), Text("Mesopotamia University of Technology", "جامعة الرافدين التقنية"), Text("MUT", ""), 2017),
    PartnerData("java-institute-of-islamic-studies", R, "ID", Text("Yogyakarta", "يوغياكارتا"), Text("Java Institute of Islamic Studies", "معهد جاوة للدراسات الإسلامية"), Text("JIIS", ""), 2021),
    PartnerData("nordic-institute-of-technology", U, "SE", Text("Gothenburg", "غوتنبرغ"), Text("Nordic Institute of Technology", "المعهد الاسكندنافي للتكنولوجيا"), Text("NIT", ""), 2019),
    PartnerData("rhine-main-institute-oriental-studies", R, "DE", Text("Frankfurt", "فرانكفورت"), Text("Rhine-Main Institute for Oriental Studies", "معهد الراين والماين للدراسات الشرقية"), Text("RMIOS", ""), 2015),
    # Networks and associations the university is a member of.
    PartnerData("network-mediterranean-gulf-universities", N, "TN", Text("Tunis", "تونس"), Text("Association of Mediterranean and Gulf Universities", "رابطة جامعات المتوسط والخليج"), Text("AMGU", ""), 2010),
    PartnerData("network-academic-mobility", N, "FR", Text("Paris", "باريس"), Text("International Network for Academic Mobility", "الشبكة الدولية للتنقل الأكاديمي"), Text("INAM", ""), 2014),
    PartnerData("network-arabic-language-consortium", N, "LB", Text("Beirut", "بيروت"), Text("Consortium of Universities for Arabic Language Teaching", "اتحاد الجامعات لتعليم اللغة العربية"), Text("CUALT", ""), 2012),
    PartnerData("network-humanities-alliance", N, "MY", Text("Kuala Lumpur", "كوالالمبور"), Text("Global Alliance of Humanities Faculties", "التحالف العالمي لكليات العلوم الإنسانية"), Text("GAHF", ""), 2017),
    PartnerData("heritage-education-council", INT, "FR", Text("Paris", "باريس"), Text("International Council for Heritage Education", "المجلس الدولي للتربية على التراث"), Text("ICHE", ""), 2015),
]  # fmt: skip

#: About a partner. The university is the subject, so the sentence agrees with any partner's
#: name (the Arabic verb would otherwise have to agree with «معهد» or «جامعة»).
DESCRIPTION = Text(
    "<p>The university works with {name} on {topic}. Joint activities include staff and "
    "student visits, shared seminars and co-supervised research.</p>",
    "<p>تتعاون الجامعة مع {name} في مجال {topic}، وتشمل الأنشطة المشتركة زيارات أعضاء هيئة "
    "التدريس والطلبة، والندوات المشتركة، والإشراف المشترك على البحوث.</p>",
)
TOPICS = {
    U: Text("teaching and academic exchange", "التعليم والتبادل الأكاديمي"),
    R: Text("research and publication", "البحث العلمي والنشر"),
    S: Text("religious and scholarly dialogue", "الحوار الديني والعلمي"),
    G: Text("scholarships and academic cooperation", "المنح الدراسية والتعاون الأكاديمي"),
    INT: Text("education programmes across the region", "البرامج التعليمية في المنطقة"),
    N: Text("networking between member universities", "التشبيك بين الجامعات الأعضاء"),
    OTH: Text("cultural and interfaith programmes", "البرامج الثقافية وبين الأديان"),
}

AGREEMENTS = [
    AgreementData("mou-mokattam-university", AgreementKind.MOU, Text("Memorandum of understanding with Al-Mokattam University", "مذكرة تفاهم مع جامعة المقطم"), ["cairo-mokattam-university"], 3200, 0, None, Renewal.NONE, False, True),
    AgreementData("cooperation-cedar-university", AgreementKind.COOPERATION, Text("Academic cooperation agreement with Cedar University of Beirut", "اتفاقية تعاون أكاديمي مع جامعة الأرز في بيروت"), ["beirut-cedar-university"], 900, 0, 600, Renewal.AUTOMATIC, False, True),
    AgreementData("student-exchange-merapi", AgreementKind.STUDENT_EXCHANGE, Text("Student exchange with Merapi Islamic University", "تبادل الطلبة مع جامعة ميرابي الإسلامية"), ["yogyakarta-merapi-university"], 1050, 30, 45, Renewal.BY_REQUEST, False, True),
    AgreementData("staff-exchange-lyon", AgreementKind.STAFF_EXCHANGE, Text("Staff exchange with the Lyon School of Oriental Languages", "تبادل أعضاء هيئة التدريس مع مدرسة ليون للغات الشرقية"), ["lyon-school-oriental-languages"], 1400, 0, 20, Renewal.NONE, False, True),
    AgreementData("joint-research-manuscripts", AgreementKind.JOINT_RESEARCH, Text("Joint research on Arabic manuscripts", "بحث مشترك في المخطوطات العربية"), ["alexandria-manuscripts-centre", "karbala-heritage-centre", "leiden-centre-textual-scholarship"], 700, 14, 1100, Renewal.BY_REQUEST, False, True),
    AgreementData("joint-programme-islamic-finance", AgreementKind.JOINT_PROGRAMME, Text("Joint master's programme in Islamic finance", "برنامج ماجستير مشترك في التمويل الإسلامي"), ["kuala-lumpur-klang-valley-university"], 20, 60, 1800, Renewal.NONE, False, True),
    AgreementData("scholarships-tunisian-agency", AgreementKind.SCHOLARSHIP, Text("Scholarships for postgraduate students with the Tunisian Agency for Academic Cooperation", "منح دراسية لطلبة الدراسات العليا مع الوكالة التونسية للتعاون الأكاديمي"), ["tunis-agency-academic-cooperation"], 1900, 0, -100, Renewal.NONE, False, True),
    AgreementData("mou-volga-university", AgreementKind.MOU, Text("Memorandum of understanding with Volga University of Islamic Studies", "مذكرة تفاهم مع جامعة الفولغا للدراسات الإسلامية"), ["kazan-volga-university"], 2500, 0, -400, Renewal.NONE, False, True),
    AgreementData("cooperation-niamey-college", AgreementKind.COOPERATION, Text("Cooperation agreement with Niamey College of Languages and Education", "اتفاقية تعاون مع كلية نيامي للغات والتربية"), ["niamey-college-languages"], 1300, 0, 500, Renewal.NONE, True, True),
    AgreementData("scholarships-jakarta-directorate", AgreementKind.SCHOLARSHIP, Text("Scholarship programme with the Directorate of International Scholarships", "برنامج منح مع مديرية المنح الدولية"), ["jakarta-scholarship-directorate"], 400, 0, 80, Renewal.BY_REQUEST, False, True),
    AgreementData("student-exchange-qujiang", AgreementKind.STUDENT_EXCHANGE, Text("Student exchange with Qujiang College of Foreign Studies", "تبادل الطلبة مع كلية تشوجيانغ للدراسات الأجنبية"), ["xian-qujiang-college"], 10, 90, 1500, Renewal.AUTOMATIC, False, True),
    AgreementData("joint-research-sahel-education", AgreementKind.JOINT_RESEARCH, Text("Joint research on education in the Sahel", "بحث مشترك في التعليم في منطقة الساحل"), ["ouagadougou-sahel-institute", "dakar-regional-education-centre", "niamey-college-languages"], 800, 0, 900, Renewal.NONE, False, True),
    AgreementData("staff-exchange-absheron", AgreementKind.STAFF_EXCHANGE, Text("Staff exchange with Absheron University of Humanities", "تبادل أعضاء هيئة التدريس مع جامعة أبشرون للعلوم الإنسانية"), ["baku-absheron-university"], 2000, 0, -30, Renewal.BY_REQUEST, True, True),
    AgreementData("joint-programme-arabic-teaching", AgreementKind.JOINT_PROGRAMME, Text("Joint diploma in teaching Arabic to speakers of other languages", "دبلوم مشترك في تعليم العربية للناطقين بغيرها"), ["leipzig-arabic-philology-seminar", "sarajevo-faculty-oriental-studies"], 600, 0, 1200, Renewal.AUTOMATIC, False, True),
    AgreementData("mou-dar-al-ilm", AgreementKind.MOU, Text("Memorandum of understanding with Dar al-Ilm Seminary", "مذكرة تفاهم مع حوزة دار العلم"), ["najaf-dar-al-ilm-seminary"], 1200, 0, 1000, Renewal.NONE, False, False),
    # Signed during visits (the visits demo links them to their visit): signed on the visit's
    # last day, valid five years.
    AgreementData("minister-higher-education-indonesia-agreement", AgreementKind.MOU, Text("Memorandum of understanding with the Java Institute of Islamic Studies", "مذكرة تفاهم مع معهد جاوة للدراسات الإسلامية"), ["java-institute-of-islamic-studies"], 74, 0, 1751, Renewal.NONE, False, True),
    AgreementData("nile-delta-university-president-agreement", AgreementKind.COOPERATION, Text("Academic cooperation agreement with Nile Delta University", "اتفاقية تعاون أكاديمي مع جامعة دلتا النيل"), ["nile-delta-university"], 109, 0, 1716, Renewal.NONE, False, True),
    AgreementData("anatolian-heritage-university-rector-agreement", AgreementKind.STUDENT_EXCHANGE, Text("Student exchange agreement with Anatolian Heritage University", "اتفاقية تبادل الطلبة مع جامعة التراث الأناضولي"), ["anatolian-heritage-university"], 339, 0, 1486, Renewal.NONE, False, True),
    AgreementData("mesopotamia-university-delegation-agreement", AgreementKind.JOINT_RESEARCH, Text("Joint research agreement with Mesopotamia University of Technology", "اتفاقية بحث مشترك مع جامعة الرافدين التقنية"), ["mesopotamia-university-of-technology"], 818, 0, 1007, Renewal.NONE, False, True),
    AgreementData("delegation-to-kuala-lumpur-agreement", AgreementKind.JOINT_PROGRAMME, Text("Joint programme agreement with Straits International University", "اتفاقية برنامج مشترك مع جامعة المضائق الدولية"), ["straits-international-university"], 167, 0, 1658, Renewal.NONE, False, True),
    AgreementData("delegation-to-gothenburg-agreement", AgreementKind.STAFF_EXCHANGE, Text("Staff exchange agreement with the Nordic Institute of Technology", "اتفاقية تبادل أعضاء هيئة التدريس مع المعهد الاسكندنافي للتكنولوجيا"), ["nordic-institute-of-technology"], 426, 0, 1399, Renewal.NONE, False, True),
]  # fmt: skip

SUMMARY = Text(
    "<p>The two sides agree to cooperate in {topic}: exchange of publications and "
    "expertise, joint seminars, and visits of faculty members and students. A joint committee "
    "follows the agreement up and reports to both presidents every year.</p>",
    "<p>يتفق الطرفان على التعاون في مجال {topic}، من خلال تبادل المطبوعات والخبرات، وعقد "
    "الندوات المشتركة، وتبادل زيارات أعضاء هيئة التدريس والطلبة، وتتابع لجنة مشتركة تنفيذ "
    "الاتفاقية وترفع تقريرًا سنويًا إلى رئيسي الطرفين.</p>",
)
AGREEMENT_TOPICS = {
    AgreementKind.MOU: Text("academic and cultural matters", "الشؤون الأكاديمية والثقافية"),
    AgreementKind.COOPERATION: Text("teaching and research", "التعليم والبحث العلمي"),
    AgreementKind.STUDENT_EXCHANGE: Text("student exchange", "تبادل الطلبة"),
    AgreementKind.STAFF_EXCHANGE: Text("staff exchange", "تبادل أعضاء هيئة التدريس"),
    AgreementKind.JOINT_RESEARCH: Text("joint research", "البحث المشترك"),
    AgreementKind.JOINT_PROGRAMME: Text("a joint study programme", "برنامج دراسي مشترك"),
    AgreementKind.SCHOLARSHIP: Text("scholarships", "المنح الدراسية"),
}
SIGNATORIES = Text(
    "For the university: the President of the University\nFor the partner: its President",
    "عن الجامعة: رئيس الجامعة\nعن الشريك: رئيسه",
)

MEMBERSHIPS = [
    MembershipData("network-mediterranean-gulf-universities", 12, None, Text("Founding member", "عضو مؤسس"), 1),
    MembershipData("network-academic-mobility", 8, None, Text("Member of the executive board", "عضو المجلس التنفيذي"), 2),
    MembershipData("network-arabic-language-consortium", 10, None, Text("Full member", "عضو كامل العضوية"), 3),
    MembershipData("network-humanities-alliance", 6, 1, Text("Associate member", "عضو منتسب"), 4),
]  # fmt: skip
