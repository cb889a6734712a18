"""Demo partners, agreements and memberships (``manage.py seed_demo``).

Countries and cities are real, taken from the countries the Al-Mustafa seed names; every
institution is fictional. Dates are relative to today, so every agreement status stays
represented. ``scale`` > 1 adds branch copies in bulk for benchmarks (their logos share the
original's file).
"""

import datetime

from django.utils import timezone

from intloffice.demo_images import logo
from intloffice.publishing import Status
from intloffice.text import normalize_search_text

from .models import Agreement, AgreementKind, Membership, Partner, PartnerKind, Renewal

U, R, S, G, INT, N, OTH = (
    PartnerKind.UNIVERSITY,
    PartnerKind.RESEARCH,
    PartnerKind.RELIGIOUS,
    PartnerKind.GOVERNMENT,
    PartnerKind.INTERNATIONAL,
    PartnerKind.NETWORK,
    PartnerKind.OTHER,
)

# slug, kind, country, (city en, city ar), (name en, name ar), (short en, short ar), since
PARTNERS = [
    ("kabul-institute-languages", U, "AF", ("Kabul", "كابل"), ("Kabul Institute of Languages and Humanities", "معهد كابل للغات والعلوم الإنسانية"), ("KILH", ""), 2012),
    ("tlemcen-school-translation", U, "DZ", ("Tlemcen", "تلمسان"), ("Tlemcen Higher School of Translation", "المدرسة العليا للترجمة بتلمسان"), ("THST", ""), 2015),
    ("melbourne-centre-islamic-studies", R, "AU", ("Melbourne", "ملبورن"), ("Melbourne Centre for Islamic and Arab Studies", "مركز ملبورن للدراسات الإسلامية والعربية"), ("MCIAS", ""), 2018),
    ("baku-absheron-university", U, "AZ", ("Baku", "باكو"), ("Absheron University of Humanities", "جامعة أبشرون للعلوم الإنسانية"), ("AUH", ""), 2011),
    ("sarajevo-faculty-oriental-studies", U, "BA", ("Sarajevo", "سراييفو"), ("Sarajevo Faculty of Oriental Studies", "كلية الدراسات الشرقية في سراييفو"), ("SFOS", ""), 2009),
    ("ouagadougou-sahel-institute", R, "BF", ("Ouagadougou", "واغادوغو"), ("Sahel Institute for Education Research", "معهد الساحل لبحوث التربية"), ("SIER", ""), 2019),
    ("montreal-interfaith-centre", OTH, "CA", ("Montreal", "مونتريال"), ("Montreal Centre for Interfaith Learning", "مركز مونتريال للتعلم بين الأديان"), ("MCIL", ""), 2017),
    ("xian-qujiang-college", U, "CN", ("Xi'an", "شيآن"), ("Qujiang College of Foreign Studies", "كلية تشوجيانغ للدراسات الأجنبية"), ("QCFS", ""), 2014),
    ("moroni-comoros-college", U, "KM", ("Moroni", "موروني"), ("Moroni College of Arabic and Education", "كلية موروني للغة العربية والتربية"), ("MCAE", ""), 2016),
    ("zagreb-mediterranean-institute", R, "HR", ("Zagreb", "زغرب"), ("Zagreb Institute for Mediterranean Studies", "معهد زغرب للدراسات المتوسطية"), ("ZIMS", ""), 2020),
    ("cairo-mokattam-university", U, "EG", ("Cairo", "القاهرة"), ("Al-Mokattam University of Arts and Sciences", "جامعة المقطم للآداب والعلوم"), ("MUAS", ""), 2008),
    ("alexandria-manuscripts-centre", R, "EG", ("Alexandria", "الإسكندرية"), ("Alexandria Centre for Manuscript Studies", "مركز الإسكندرية لدراسات المخطوطات"), ("ACMS", ""), 2013),
    ("helsinki-nordic-middle-east-institute", R, "FI", ("Helsinki", "هلسنكي"), ("Nordic Institute for Middle Eastern Studies", "المعهد الشمالي لدراسات الشرق الأوسط"), ("NIMES", ""), 2021),
    ("lyon-school-oriental-languages", U, "FR", ("Lyon", "ليون"), ("Lyon School of Oriental Languages", "مدرسة ليون للغات الشرقية"), ("LSOL", ""), 2010),
    ("leipzig-arabic-philology-seminar", U, "DE", ("Leipzig", "لايبزيغ"), ("Leipzig Seminar for Arabic Philology", "حلقة لايبزيغ لفقه اللغة العربية"), ("LSAP", ""), 2012),
    ("accra-west-african-university", U, "GH", ("Accra", "أكرا"), ("West African University of Social Sciences", "جامعة غرب أفريقيا للعلوم الاجتماعية"), ("WAUSS", ""), 2018),
    ("bishkek-tien-shan-university", U, "KG", ("Bishkek", "بيشكيك"), ("Tien Shan University of Languages", "جامعة تيان شان للغات"), ("TSUL", ""), 2019),
    ("lucknow-persian-arabic-academy", R, "IN", ("Lucknow", "لكناو"), ("Lucknow Academy of Persian and Arabic Letters", "أكاديمية لكناو للآداب الفارسية والعربية"), ("LAPAL", ""), 2011),
    ("yogyakarta-merapi-university", U, "ID", ("Yogyakarta", "يوغياكارتا"), ("Merapi Islamic University of Yogyakarta", "جامعة ميرابي الإسلامية في يوغياكارتا"), ("MIUY", ""), 2010),
    ("najaf-dar-al-ilm-seminary", S, "IQ", ("Najaf", "النجف"), ("Dar al-Ilm Seminary of Najaf", "حوزة دار العلم في النجف"), ("", ""), 2007),
    ("karbala-heritage-centre", R, "IQ", ("Karbala", "كربلاء"), ("Karbala Centre for Heritage and Manuscripts", "مركز كربلاء للتراث والمخطوطات"), ("KCHM", ""), 2016),
    ("kyoto-institute-asian-religions", R, "JP", ("Kyoto", "كيوتو"), ("Kyoto Institute for Asian Religions", "معهد كيوتو للأديان الآسيوية"), ("KIAR", ""), 2022),
    ("almaty-steppe-university", U, "KZ", ("Almaty", "ألماتي"), ("Steppe University of Oriental Studies", "جامعة السهوب للدراسات الشرقية"), ("SUOS", ""), 2015),
    ("kuwait-failaka-college", U, "KW", ("Kuwait City", "مدينة الكويت"), ("Failaka College of Sharia and Law", "كلية فيلكا للشريعة والقانون"), ("FCSL", ""), 2013),
    ("beirut-cedar-university", U, "LB", ("Beirut", "بيروت"), ("Cedar University of Beirut", "جامعة الأرز في بيروت"), ("CUB", ""), 2006),
    ("tripoli-institute-languages", U, "LY", ("Tripoli", "طرابلس"), ("Tripoli Institute of Languages", "معهد طرابلس للغات"), ("TIL", ""), 2019),
    ("antananarivo-indian-ocean-institute", R, "MG", ("Antananarivo", "أنتاناناريفو"), ("Indian Ocean Institute of Cultures", "معهد المحيط الهندي للثقافات"), ("IOIC", ""), 2020),
    ("kuala-lumpur-klang-valley-university", U, "MY", ("Kuala Lumpur", "كوالالمبور"), ("Klang Valley University of Islamic Finance", "جامعة وادي كلانغ للتمويل الإسلامي"), ("KVU", ""), 2012),
    ("niamey-college-languages", U, "NE", ("Niamey", "نيامي"), ("Niamey College of Languages and Education", "كلية نيامي للغات والتربية"), ("NCLE", ""), 2017),
    ("kano-kurmi-college", U, "NG", ("Kano", "كانو"), ("Kurmi College of Arabic Studies", "كلية كورمي للدراسات العربية"), ("KCAS", ""), 2014),
    ("leiden-centre-textual-scholarship", R, "NL", ("Leiden", "لايدن"), ("Leiden Centre for Textual Scholarship", "مركز لايدن لدراسات النصوص"), ("LCTS", ""), 2018),
    ("bergen-peace-education-institute", OTH, "NO", ("Bergen", "بيرغن"), ("Bergen Institute for Peace Education", "معهد بيرغن للتربية على السلام"), ("BIPE", ""), 2021),
    ("lahore-iqbal-academy-philosophy", R, "PK", ("Lahore", "لاهور"), ("Lahore Academy of Philosophy and Letters", "أكاديمية لاهور للفلسفة والآداب"), ("LAPL", ""), 2009),
    ("kazan-volga-university", U, "RU", ("Kazan", "قازان"), ("Volga University of Islamic Studies", "جامعة الفولغا للدراسات الإسلامية"), ("VUIS", ""), 2011),
    ("jeddah-al-balad-college", U, "SA", ("Jeddah", "جدة"), ("Al-Balad College of Sciences", "كلية البلد للعلوم"), ("BCS", ""), 2016),
    ("dakar-regional-education-centre", INT, "SN", ("Dakar", "داكار"), ("Regional Centre for Educational Cooperation in West Africa", "المركز الإقليمي للتعاون التربوي في غرب أفريقيا"), ("RCECWA", ""), 2015),
    ("freetown-lumley-college", U, "SL", ("Freetown", "فريتاون"), ("Lumley Beach College", "كلية شاطئ لوملي"), ("LBC", ""), 2022),
    ("mogadishu-lido-college", U, "SO", ("Mogadishu", "مقديشو"), ("Lido Coast College of Education", "كلية ساحل ليدو للتربية"), ("LCCE", ""), 2020),
    ("colombo-ceylon-institute", R, "LK", ("Colombo", "كولومبو"), ("Ceylon Institute of Languages and Cultures", "معهد سيلان للغات والثقافات"), ("CILC", ""), 2019),
    ("khartoum-blue-nile-college", U, "SD", ("Khartoum", "الخرطوم"), ("Blue Nile College of Humanities", "كلية النيل الأزرق للعلوم الإنسانية"), ("BNCH", ""), 2010),
    ("uppsala-centre-religion-society", R, "SE", ("Uppsala", "أوبسالا"), ("Uppsala Centre for Religion and Society", "مركز أوبسالا للدين والمجتمع"), ("UCRS", ""), 2020),
    ("pattani-southern-college", U, "TH", ("Pattani", "فطاني"), ("Southern College of Islamic Sciences, Pattani", "الكلية الجنوبية للعلوم الإسلامية في فطاني"), ("SCIS", ""), 2017),
    ("tunis-agency-academic-cooperation", G, "TN", ("Tunis", "تونس"), ("Tunisian Agency for Academic Cooperation", "الوكالة التونسية للتعاون الأكاديمي"), ("TAAC", ""), 2014),
    ("konya-meram-university", U, "TR", ("Konya", "قونية"), ("Meram University of Theology and Arts", "جامعة ميرام للإلهيات والفنون"), ("MUTA", ""), 2012),
    ("cambridge-fenland-manuscripts-centre", R, "GB", ("Cambridge", "كامبريدج"), ("Fenland Centre for Islamic Manuscripts", "مركز فِنلاند للمخطوطات الإسلامية"), ("FCIM", ""), 2018),
    ("chicago-midwest-interfaith-college", OTH, "US", ("Chicago", "شيكاغو"), ("Midwest College of Interfaith Studies", "كلية الغرب الأوسط للدراسات بين الأديان"), ("MCIS", ""), 2021),
    ("vatican-centre-dialogue", S, "VA", ("Vatican City", "مدينة الفاتيكان"), ("Centre for Christian–Muslim Scholarly Dialogue", "مركز الحوار العلمي المسيحي الإسلامي"), ("CCMSD", ""), 2019),
    ("jakarta-scholarship-directorate", G, "ID", ("Jakarta", "جاكرتا"), ("Directorate of International Scholarships, Jakarta", "مديرية المنح الدولية في جاكرتا"), ("DIS", ""), 2016),
    # Networks and associations the university is a member of.
    ("network-mediterranean-gulf-universities", N, "TN", ("Tunis", "تونس"), ("Association of Mediterranean and Gulf Universities", "رابطة جامعات المتوسط والخليج"), ("AMGU", ""), 2010),
    ("network-academic-mobility", N, "FR", ("Paris", "باريس"), ("International Network for Academic Mobility", "الشبكة الدولية للتنقل الأكاديمي"), ("INAM", ""), 2014),
    ("network-arabic-language-consortium", N, "LB", ("Beirut", "بيروت"), ("Consortium of Universities for Arabic Language Teaching", "اتحاد الجامعات لتعليم اللغة العربية"), ("CUALT", ""), 2012),
    ("network-humanities-alliance", N, "MY", ("Kuala Lumpur", "كوالالمبور"), ("Global Alliance of Humanities Faculties", "التحالف العالمي لكليات العلوم الإنسانية"), ("GAHF", ""), 2017),
    ("heritage-education-council", INT, "FR", ("Paris", "باريس"), ("International Council for Heritage Education", "المجلس الدولي للتربية على التراث"), ("ICHE", ""), 2015),
]  # fmt: skip

DESCRIPTION = (
    "<p>{name} works with the university on {topic}. Joint activities include staff and "
    "student visits, shared seminars and co-supervised research.</p>",
    "<p>تتعاون {name} مع الجامعة في مجال {topic}، وتشمل الأنشطة المشتركة زيارات أعضاء هيئة "
    "التدريس والطلبة، والندوات المشتركة، والإشراف المشترك على البحوث.</p>",
)
TOPICS = {
    U: ("teaching and academic exchange", "التعليم والتبادل الأكاديمي"),
    R: ("research and publication", "البحث العلمي والنشر"),
    S: ("religious and scholarly dialogue", "الحوار الديني والعلمي"),
    G: ("scholarships and academic cooperation", "المنح الدراسية والتعاون الأكاديمي"),
    INT: ("education programmes across the region", "البرامج التعليمية في المنطقة"),
    N: ("networking between member universities", "التشبيك بين الجامعات الأعضاء"),
    OTH: ("cultural and interfaith programmes", "البرامج الثقافية وبين الأديان"),
}

# slug, kind, (title en, title ar), partner slugs, signed (days ago), starts (days from
# signing), ends (days from today, None = open-ended), renewal, terminated, public
AGREEMENTS = [
    ("mou-mokattam-university", AgreementKind.MOU, ("Memorandum of understanding with Al-Mokattam University", "مذكرة تفاهم مع جامعة المقطم"), ["cairo-mokattam-university"], 3200, 0, None, Renewal.NONE, False, True),
    ("cooperation-cedar-university", AgreementKind.COOPERATION, ("Academic cooperation agreement with Cedar University of Beirut", "اتفاقية تعاون أكاديمي مع جامعة الأرز في بيروت"), ["beirut-cedar-university"], 900, 0, 600, Renewal.AUTOMATIC, False, True),
    ("student-exchange-merapi", AgreementKind.STUDENT_EXCHANGE, ("Student exchange with Merapi Islamic University", "تبادل الطلبة مع جامعة ميرابي الإسلامية"), ["yogyakarta-merapi-university"], 1050, 30, 45, Renewal.BY_REQUEST, False, True),
    ("staff-exchange-lyon", AgreementKind.STAFF_EXCHANGE, ("Staff exchange with the Lyon School of Oriental Languages", "تبادل أعضاء هيئة التدريس مع مدرسة ليون للغات الشرقية"), ["lyon-school-oriental-languages"], 1400, 0, 20, Renewal.NONE, False, True),
    ("joint-research-manuscripts", AgreementKind.JOINT_RESEARCH, ("Joint research on Arabic manuscripts", "بحث مشترك في المخطوطات العربية"), ["alexandria-manuscripts-centre", "karbala-heritage-centre", "leiden-centre-textual-scholarship"], 700, 14, 1100, Renewal.BY_REQUEST, False, True),
    ("joint-programme-islamic-finance", AgreementKind.JOINT_PROGRAMME, ("Joint master's programme in Islamic finance", "برنامج ماجستير مشترك في التمويل الإسلامي"), ["kuala-lumpur-klang-valley-university"], 20, 60, 1800, Renewal.NONE, False, True),
    ("scholarships-tunisian-agency", AgreementKind.SCHOLARSHIP, ("Scholarships for postgraduate students with the Tunisian Agency for Academic Cooperation", "منح دراسية لطلبة الدراسات العليا مع الوكالة التونسية للتعاون الأكاديمي"), ["tunis-agency-academic-cooperation"], 1900, 0, -100, Renewal.NONE, False, True),
    ("mou-volga-university", AgreementKind.MOU, ("Memorandum of understanding with Volga University of Islamic Studies", "مذكرة تفاهم مع جامعة الفولغا للدراسات الإسلامية"), ["kazan-volga-university"], 2500, 0, -400, Renewal.NONE, False, True),
    ("cooperation-niamey-college", AgreementKind.COOPERATION, ("Cooperation agreement with Niamey College of Languages and Education", "اتفاقية تعاون مع كلية نيامي للغات والتربية"), ["niamey-college-languages"], 1300, 0, 500, Renewal.NONE, True, True),
    ("scholarships-jakarta-directorate", AgreementKind.SCHOLARSHIP, ("Scholarship programme with the Directorate of International Scholarships", "برنامج منح مع مديرية المنح الدولية"), ["jakarta-scholarship-directorate"], 400, 0, 80, Renewal.BY_REQUEST, False, True),
    ("student-exchange-qujiang", AgreementKind.STUDENT_EXCHANGE, ("Student exchange with Qujiang College of Foreign Studies", "تبادل الطلبة مع كلية تشوجيانغ للدراسات الأجنبية"), ["xian-qujiang-college"], 10, 90, 1500, Renewal.AUTOMATIC, False, True),
    ("joint-research-sahel-education", AgreementKind.JOINT_RESEARCH, ("Joint research on education in the Sahel", "بحث مشترك في التعليم في منطقة الساحل"), ["ouagadougou-sahel-institute", "dakar-regional-education-centre", "niamey-college-languages"], 800, 0, 900, Renewal.NONE, False, True),
    ("staff-exchange-absheron", AgreementKind.STAFF_EXCHANGE, ("Staff exchange with Absheron University of Humanities", "تبادل أعضاء هيئة التدريس مع جامعة أبشرون للعلوم الإنسانية"), ["baku-absheron-university"], 2000, 0, -30, Renewal.BY_REQUEST, True, True),
    ("joint-programme-arabic-teaching", AgreementKind.JOINT_PROGRAMME, ("Joint diploma in teaching Arabic to speakers of other languages", "دبلوم مشترك في تعليم العربية للناطقين بغيرها"), ["leipzig-arabic-philology-seminar", "sarajevo-faculty-oriental-studies"], 600, 0, 1200, Renewal.AUTOMATIC, False, True),
    ("mou-dar-al-ilm", AgreementKind.MOU, ("Memorandum of understanding with Dar al-Ilm Seminary", "مذكرة تفاهم مع حوزة دار العلم"), ["najaf-dar-al-ilm-seminary"], 1200, 0, 1000, Renewal.NONE, False, False),
]  # fmt: skip

SUMMARY = (
    "<p>The two sides agree to cooperate in {topic}: exchange of publications and "
    "expertise, joint seminars, and visits of faculty members and students. A joint committee "
    "follows the agreement up and reports to both presidents every year.</p>",
    "<p>يتفق الطرفان على التعاون في مجال {topic}، من خلال تبادل المطبوعات والخبرات، وعقد "
    "الندوات المشتركة، وتبادل زيارات أعضاء هيئة التدريس والطلبة، وتتابع لجنة مشتركة تنفيذ "
    "الاتفاقية وترفع تقريرًا سنويًا إلى رئيسي الطرفين.</p>",
)
AGREEMENT_TOPICS = {
    AgreementKind.MOU: ("academic and cultural matters", "الشؤون الأكاديمية والثقافية"),
    AgreementKind.COOPERATION: ("teaching and research", "التعليم والبحث العلمي"),
    AgreementKind.STUDENT_EXCHANGE: ("student exchange", "تبادل الطلبة"),
    AgreementKind.STAFF_EXCHANGE: ("staff exchange", "تبادل أعضاء هيئة التدريس"),
    AgreementKind.JOINT_RESEARCH: ("joint research", "البحث المشترك"),
    AgreementKind.JOINT_PROGRAMME: ("a joint study programme", "برنامج دراسي مشترك"),
    AgreementKind.SCHOLARSHIP: ("scholarships", "المنح الدراسية"),
}
SIGNATORIES = (
    "For the university: the President of the University\nFor the partner: its President",
    "عن الجامعة: رئيس الجامعة\nعن الشريك: رئيسه",
)

# partner slug, member since (years ago), ended (years ago or None), role en, role ar, order
MEMBERSHIPS = [
    ("network-mediterranean-gulf-universities", 12, None, "Founding member", "عضو مؤسس", 1),
    ("network-academic-mobility", 8, None, "Member of the executive board", "عضو المجلس التنفيذي", 2),
    ("network-arabic-language-consortium", 10, None, "Full member", "عضو كامل العضوية", 3),
    ("network-humanities-alliance", 6, 1, "Associate member", "عضو منتسب", 4),
]  # fmt: skip


def _initials(short_name, name):
    if short_name:
        return short_name[:3]
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)[:3] or name[:2]


def _partner_fields(row, now):
    slug, kind, country, (city_en, city_ar), (name_en, name_ar), (short_en, short_ar), since = row
    topic_en, topic_ar = TOPICS[kind]
    return {
        "kind": kind,
        "country": country,
        "city_en": city_en,
        "city_ar": city_ar,
        "name_en": name_en,
        "name_ar": name_ar,
        "short_name_en": short_en,
        "short_name_ar": short_ar or short_en,
        "description_en": DESCRIPTION[0].format(name=name_en, topic=topic_en),
        "description_ar": DESCRIPTION[1].format(name=name_ar, topic=topic_ar),
        "relationship_since": since,
        "website": f"https://www.{slug.split('-')[0]}-{slug.split('-')[1]}.example.org/",
        "featured": since <= 2010,
        "status": Status.PUBLISHED,
        "published_at": now - datetime.timedelta(days=30),
    }


def _seed_partners(now):
    existing = set(
        Partner.objects.filter(slug__in=[row[0] for row in PARTNERS]).values_list("slug", flat=True)
    )
    created = 0
    for row in PARTNERS:
        if row[0] in existing:
            continue
        fields = _partner_fields(row, now)
        partner = Partner(slug=row[0], **fields)
        partner.logo_alt_en = f"Logo of {fields['name_en']}"
        partner.logo_alt_ar = f"شعار {fields['name_ar']}"
        partner.logo.save(
            f"{row[0]}.png",
            logo(_initials(fields["short_name_en"], fields["name_en"]), 240),
            save=False,
        )
        partner.save()
        created += 1
    return created


def _dates(today, signed_days_ago, start_offset, ends_in):
    signed = today - datetime.timedelta(days=signed_days_ago)
    starts = signed + datetime.timedelta(days=start_offset)
    ends = None if ends_in is None else today + datetime.timedelta(days=ends_in)
    return signed, starts, ends


def _seed_agreements(now, today):
    partners = {p.slug: p for p in Partner.objects.filter(slug__in=[r[0] for r in PARTNERS])}
    existing = set(
        Agreement.objects.filter(slug__in=[row[0] for row in AGREEMENTS]).values_list(
            "slug", flat=True
        )
    )
    created = 0
    for slug, kind, (
        title_en,
        title_ar,
    ), partner_slugs, signed_ago, start_offset, ends_in, renewal, terminated, public in AGREEMENTS:
        if slug in existing:
            continue
        signed, starts, ends = _dates(today, signed_ago, start_offset, ends_in)
        topic_en, topic_ar = AGREEMENT_TOPICS[kind]
        agreement = Agreement.objects.create(
            slug=slug,
            kind=kind,
            title_en=title_en,
            title_ar=title_ar,
            signed_on=signed,
            starts_on=starts,
            ends_on=ends,
            renewal=renewal,
            terminated=terminated,
            is_public=public,
            signatories_en=SIGNATORIES[0],
            signatories_ar=SIGNATORIES[1],
            summary_en=SUMMARY[0].format(topic=topic_en),
            summary_ar=SUMMARY[1].format(topic=topic_ar),
            status=Status.PUBLISHED,
            published_at=now - datetime.timedelta(days=7),
        )
        agreement.partners.set([partners[s] for s in partner_slugs])
        created += 1
    return created


def _seed_memberships(today):
    created = 0
    for slug, since_years, ended_years, role_en, role_ar, order in MEMBERSHIPS:
        partner = Partner.objects.get(slug=slug)
        since = today.replace(month=1, day=1, year=today.year - since_years)
        ended = (
            None
            if ended_years is None
            else today.replace(month=6, day=30, year=today.year - ended_years)
        )
        _membership, was_created = Membership.objects.get_or_create(
            partner=partner,
            since=since,
            defaults={
                "ended_on": ended,
                "role_en": role_en,
                "role_ar": role_ar,
                "note_en": "",
                "note_ar": "",
                "order": order,
            },
        )
        created += was_created
    return created


def _seed_scaled(scale, now, today):
    """Branch copies of every partner and agreement, in bulk (benchmarks)."""
    if scale <= 1:
        return 0, 0
    originals = {p.slug: p for p in Partner.objects.filter(slug__in=[r[0] for r in PARTNERS])}
    wanted = {f"{row[0]}-{copy}": (row, copy) for copy in range(2, scale + 1) for row in PARTNERS}
    existing = set(Partner.objects.filter(slug__in=list(wanted)).values_list("slug", flat=True))
    new_partners = []
    for slug, (row, copy) in wanted.items():
        if slug in existing:
            continue
        fields = _partner_fields(row, now)
        fields["name_en"] = f"{fields['name_en']}, branch {copy}"
        fields["name_ar"] = f"{fields['name_ar']}، الفرع {copy}"
        fields["featured"] = False
        partner = Partner(slug=slug, **fields)
        partner.logo = originals[row[0]].logo.name
        partner.logo_alt_en = f"Logo of {fields['name_en']}"
        partner.logo_alt_ar = f"شعار {fields['name_ar']}"
        partner.search_text = partner.build_search_text()
        new_partners.append(partner)
    Partner.objects.bulk_create(new_partners, batch_size=500)

    wanted_agreements = {
        f"{row[0]}-{copy}": (row, copy) for copy in range(2, scale + 1) for row in AGREEMENTS
    }
    existing = set(
        Agreement.objects.filter(slug__in=list(wanted_agreements)).values_list("slug", flat=True)
    )
    partner_ids = dict(Partner.objects.filter(slug__in=list(wanted)).values_list("slug", "pk"))
    new_agreements, links = [], []
    for slug, (row, copy) in wanted_agreements.items():
        if slug in existing:
            continue
        (
            _slug,
            kind,
            (title_en, title_ar),
            partner_slugs,
            signed_ago,
            start_offset,
            ends_in,
            renewal,
            terminated,
            public,
        ) = row
        signed, starts, ends = _dates(today, signed_ago + copy, start_offset, ends_in)
        agreement = Agreement(
            slug=slug,
            kind=kind,
            title_en=f"{title_en} ({copy})",
            title_ar=f"{title_ar} ({copy})",
            signed_on=signed,
            starts_on=starts,
            ends_on=ends,
            renewal=renewal,
            terminated=terminated,
            is_public=public,
            status=Status.PUBLISHED,
            published_at=now - datetime.timedelta(days=7),
        )
        agreement.search_text = normalize_search_text(f"{title_ar} {title_en}")
        new_agreements.append(agreement)
        links.append([partner_ids[f"{s}-{copy}"] for s in partner_slugs])
    Agreement.objects.bulk_create(new_agreements, batch_size=500)
    created = {a.slug: a.pk for a in new_agreements if a.pk}
    if len(created) < len(new_agreements):  # backends that do not return ids
        created = dict(
            Agreement.objects.filter(slug__in=[a.slug for a in new_agreements]).values_list(
                "slug", "pk"
            )
        )
    through = Agreement.partners.through
    through.objects.bulk_create(
        [
            through(agreement_id=created[agreement.slug], partner_id=partner_id)
            for agreement, partner_list in zip(new_agreements, links, strict=True)
            for partner_id in partner_list
        ],
        batch_size=1000,
    )
    return len(new_partners), len(new_agreements)


def seed(scale=1, stdout=None):
    now = timezone.now()
    today = timezone.localdate()
    partners = _seed_partners(now)
    agreements = _seed_agreements(now, today)
    memberships = _seed_memberships(today)
    extra_partners, extra_agreements = _seed_scaled(scale, now, today)
    return {
        "partners": partners + extra_partners,
        "agreements": agreements + extra_agreements,
        "memberships": memberships,
    }
