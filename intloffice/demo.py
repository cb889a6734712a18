"""Demo content for the site-wide app: the site settings and the office's own pages.

The demo's owner is FICTIONAL: Yanabi University («جامعة الينابيع») in the made-up town of
Wadi al-Yanabi, with ``example.edu`` addresses, a placeholder phone number and no social
accounts. The wording of the pages is adapted from the two offices in ../shared/seeds/; no
real university is named as the owner. Seeding sets SiteSettings only when they are empty.
"""

from django.utils import timezone

from .demo_images import photo
from .models import AnnualReport, Objective, Page, SiteSettings
from .publishing import Status

DEPENDS_ON = ()

#: The fictional owner: the one place the demo names it (news and visits read SiteSettings).
OWNER_NAME = {"en": "Yanabi University", "ar": "جامعة الينابيع"}
OWNER_CITY = {"en": "Wadi al-Yanabi", "ar": "وادي الينابيع"}
#: The country of the (fictional) town: the place of every incoming visit.
OWNER_COUNTRY = "PS"

SITE = {
    "university_name_en": OWNER_NAME["en"],
    "university_name_ar": OWNER_NAME["ar"],
    "office_name_en": "International Relations Office",
    "office_name_ar": "مكتب العلاقات الدولية",
    "intro_en": (
        "The International Relations Office is the university's gate to regional and "
        "international institutions. It builds bridges of academic and cultural cooperation "
        "with universities, research centres and Arab and international organisations, and "
        "strengthens the university's standing abroad."
    ),
    "intro_ar": (
        "مكتب العلاقات الدولية بوابة الجامعة إلى المؤسسات الإقليمية والدولية، يعمل على مدّ جسور "
        "التعاون الأكاديمي والثقافي بين الجامعة والجامعات ومراكز البحث والمنظمات العربية "
        "والدولية، وتعزيز مكانة الجامعة على الصعيد الدولي."
    ),
    "address_en": (
        f"{OWNER_NAME['en']}, Administration Building, second floor\n"
        f"1 University Road, {OWNER_CITY['en']}"
    ),
    "address_ar": (
        f"{OWNER_NAME['ar']}، مبنى الإدارة، الطابق الثاني\n1 شارع الجامعة، {OWNER_CITY['ar']}"
    ),
    "phone": "+000 0000 0000",
    "email": "international@example.edu",
    "map_link": "",
    "facebook": "",
    "x_twitter": "",
    "youtube": "",
    "instagram": "",
    "linkedin": "",
    "footer_text_en": "International Relations Office — building bridges of academic cooperation.",
    "footer_text_ar": "مكتب العلاقات الدولية — نمدّ جسور التعاون الأكاديمي.",
    "office_language": "ar",
}

#: The home page's sentence and picture (set when the site has none yet, even on an older demo).
HOME = {
    "tagline_en": (
        "We open the university to the world: partners, exchange and scholarships for "
        "students and staff, and visits from across the region and beyond."
    ),
    "tagline_ar": (
        "نفتح الجامعة على العالم: شراكات، وتبادل ومنح للطلبة والعاملين، وزيارات من المنطقة وخارجها."
    ),
    "hero_image_alt_en": (
        "Geometric tile art in the colours of the university: interlaced stars and hexagons."
    ),
    "hero_image_alt_ar": "زخرفة هندسية بألوان الجامعة: نجوم وأشكال سداسية متشابكة.",
}

ABOUT = {
    "slug": "about-us",
    "order": 1,
    "title_en": "About us",
    "title_ar": "من نحن",
    "summary_en": "The International Relations Office is the university's gate to regional and international institutions.",
    "summary_ar": "مكتب العلاقات الدولية بوابة الجامعة إلى المؤسسات الإقليمية والدولية.",
    "body_en": (
        "<p>The International Relations Office is the gate of the university to regional and "
        "international institutions. It develops the university's profile at the international "
        "level by building bridges of academic and cultural cooperation between the university "
        "and academic institutions, as well as Arab and international organisations.</p>"
        "<h2>Our tasks</h2><ul>"
        "<li>Prepare, sign and follow up cooperation agreements and memoranda of understanding.</li>"
        "<li>Receive visiting delegations and organise the university's delegations abroad.</li>"
        "<li>Announce scholarships, research funding calls and exchange programmes.</li>"
        "<li>Represent the university at international conferences, fairs and exhibitions.</li>"
        "<li>Follow up the university's graduates studying for master's and doctoral degrees abroad.</li>"
        "</ul>"
    ),
    "body_ar": (
        "<p>مكتب العلاقات الدولية هو بوابة الجامعة إلى المؤسسات الإقليمية والدولية، ويعمل على "
        "تطوير حضور الجامعة على المستوى الدولي من خلال مدّ جسور التعاون الأكاديمي والثقافي بين "
        "الجامعة ومختلف المؤسسات الأكاديمية والمنظمات العربية والدولية.</p>"
        "<h2>مهامّنا</h2><ul>"
        "<li>إعداد اتفاقيات التعاون ومذكرات التفاهم وتوقيعها ومتابعة تنفيذها.</li>"
        "<li>استقبال الوفود الزائرة وتنظيم وفود الجامعة إلى الخارج.</li>"
        "<li>الإعلان عن المنح الدراسية ودعوات تمويل البحث وبرامج التبادل.</li>"
        "<li>تمثيل الجامعة في المؤتمرات والمعارض الدولية.</li>"
        "<li>متابعة خرّيجي الجامعة الذين يدرسون الماجستير والدكتوراه في الخارج.</li>"
        "</ul>"
    ),
}

VISION = {
    "slug": "vision-mission-objectives",
    "order": 2,
    "title_en": "Vision, mission and objectives",
    "title_ar": "الرؤية والرسالة والأهداف",
    "summary_en": "A broad international network that serves the university's vision of globalisation.",
    "summary_ar": "شبكة دولية واسعة تخدم رؤية الجامعة في الانفتاح على العالم.",
    "body_en": (
        "<h2>Vision</h2><p>The International Relations Office seeks to build a broad "
        "international network by strengthening the university's relations with international, "
        "educational and research institutions in various academic circles, in order to achieve "
        "the university's vision of globalisation.</p>"
        "<h2>Mission</h2><p>Our mission is to create partnerships and bilateral programmes with "
        "universities at regional and international levels, to create opportunities for the "
        "exchange of academic visits for faculty members and students, to take part in "
        "international events and conferences, and to enhance the image of the university and "
        "its international standing.</p>"
    ),
    "body_ar": (
        "<h2>الرؤية</h2><p>يسعى مكتب العلاقات الدولية إلى بناء شبكة دولية واسعة من خلال تعزيز "
        "علاقات الجامعة بالمؤسسات الدولية والتعليمية والبحثية في مختلف الأوساط الأكاديمية، "
        "تحقيقًا لرؤية الجامعة في الانفتاح على العالم.</p>"
        "<h2>الرسالة</h2><p>رسالتنا إقامة الشراكات والبرامج الثنائية مع الجامعات على المستويين "
        "الإقليمي والدولي، وإتاحة فرص تبادل الزيارات الأكاديمية لأعضاء هيئة التدريس والطلبة، "
        "والمشاركة في الفعاليات والمؤتمرات الدولية، والإسهام في تعزيز صورة الجامعة ومكانتها "
        "الدولية.</p>"
    ),
}

OBJECTIVES = [
    (
        "To establish partnerships, cooperation and bilateral agreements between the university and its Arab, Islamic and international counterparts.",
        "إقامة الشراكات والتعاون والاتفاقيات الثنائية بين الجامعة ونظيراتها العربية والإسلامية والدولية.",
    ),
    (
        "To develop the university's academic staff, and to open channels of academic and research cooperation.",
        "تطوير الكادر الأكاديمي في الجامعة، وفتح قنوات التعاون الأكاديمي والبحثي.",
    ),
    (
        "To strengthen the university's international relations by acquiring international memberships, and to enhance participation in regional research projects.",
        "تعزيز العلاقات الدولية للجامعة بالحصول على عدد من العضويات الدولية، وتعزيز المشاركة في المشاريع البحثية الإقليمية.",
    ),
    (
        "To take part in regional and international events and conferences, and to introduce the international community to the services the university provides.",
        "المشاركة في الفعاليات والمؤتمرات الإقليمية والدولية، وتعريف المجتمع الدولي بالخدمات التي تقدمها الجامعة.",
    ),
    (
        "To work towards providing scholarships for faculty members and outstanding students.",
        "العمل على توفير المنح الدراسية لأعضاء هيئة التدريس والطلبة المتفوقين.",
    ),
    (
        "To create opportunities for the exchange of academic visits for faculty and students with universities around the world, through which new experience in research and knowledge is gained.",
        "إتاحة فرص تبادل الزيارات الأكاديمية لأعضاء هيئة التدريس والطلبة مع جامعات العالم، بما يكسبهم خبرات جديدة في مجالي البحث والمعرفة.",
    ),
    (
        "To inform faculty members, researchers and management about opportunities abroad for support of scientific research projects and for the development of capabilities and skills.",
        "إطلاع أعضاء هيئة التدريس والباحثين والإداريين على الفرص المتاحة في الخارج للحصول على دعم المشاريع البحثية أو تنمية القدرات والمهارات.",
    ),
    (
        "To supervise the university's graduates who are studying for master's and doctoral degrees at international universities, to build partnerships with the institutes where they study, and to bring their experience back to the university's students and staff.",
        "الإشراف على خرّيجي الجامعة الدارسين للماجستير والدكتوراه في الجامعات الدولية، وإقامة الشراكات مع المؤسسات التي يدرسون فيها، ونقل خبراتهم إلى طلبة الجامعة والعاملين فيها.",
    ),
]

RELATIONS = {
    "slug": "relations-and-international-cooperation",
    "order": 3,
    "title_en": "Relations and international cooperation",
    "title_ar": "العلاقات والتعاون الدولي",
    "summary_en": "Visits of scholars and dignitaries, information dissemination, official positions and exhibitions.",
    "summary_ar": "زيارات العلماء والشخصيات، ونشر المعلومات، والمواقف الرسمية، والمعارض.",
    "body_en": (
        "<h2>Dialogue with religious institutions and scholars</h2><p>The university meets "
        "religious institutions and scholars, as it meets other public figures, to exchange "
        "views on questions of education and dialogue. These meetings take place on a "
        "regular, periodic basis.</p>"
        "<h2>Communication with scientific and cultural figures</h2><p>Every year, presidents, "
        "ministers, members of parliament, ambassadors, university presidents, professors and "
        "intellectuals from many countries visit the university to become familiar with its "
        "activities and to widen its international relations. Many of these visits result in "
        "signed agreements and wider bilateral cooperation.</p>"
        "<h2>Information dissemination</h2><p>The office follows regional and international "
        "developments with a team of experts, and makes the university's news and achievements "
        "known through a fortnightly news magazine, the university's websites, contact with news "
        "agencies, press conferences with the president and senior managers, and leaflets, "
        "catalogues, films and clips in several languages.</p>"
        "<h2>Official positions</h2><p>As an international academic institution, the university "
        "announces its positions on important events in the world through official statements.</p>"
        "<h2>Exhibitions</h2><p>The university takes part in and co-organises specialised "
        "exhibitions, especially international ones. Experts prepare for each exhibition and "
        "present the university's latest educational, research, cultural and training "
        "achievements to its visitors.</p>"
    ),
    "body_ar": (
        "<h2>الحوار مع المؤسسات الدينية وعلماء الدين</h2><p>تلتقي الجامعة بالمؤسسات الدينية "
        "وعلماء الدين، كما تلتقي بسائر الشخصيات العامة، لتبادل الرأي في قضايا التعليم والحوار، "
        "وتُعقد هذه اللقاءات بصورة دورية منتظمة.</p>"
        "<h2>التواصل مع الشخصيات العلمية والثقافية</h2><p>يزور الجامعة كل عام رؤساء ووزراء "
        "وأعضاء برلمانات وسفراء ورؤساء جامعات وأساتذة ومفكرون من بلدان كثيرة، للتعرف إلى "
        "أنشطتها وتوسيع علاقاتها الدولية، وتنتهي كثير من هذه الزيارات بتوقيع اتفاقيات وتوسيع "
        "التعاون الثنائي.</p>"
        "<h2>نشر المعلومات</h2><p>يتابع المكتب المستجدات الإقليمية والدولية بفريق من الخبراء، "
        "وينشر أخبار الجامعة وإنجازاتها عبر مجلة إخبارية نصف شهرية، ومواقع الجامعة الإلكترونية، "
        "والتواصل مع وكالات الأنباء، والمؤتمرات الصحفية بحضور رئيس الجامعة وكبار مسؤوليها، "
        "والمطويّات والأدلة والأفلام والمقاطع المصوّرة بلغات متعددة.</p>"
        "<h2>المواقف الرسمية</h2><p>بوصفها مؤسسة أكاديمية دولية، تعلن الجامعة مواقفها من "
        "الأحداث المهمة في العالم من خلال بيانات رسمية.</p>"
        "<h2>المعارض</h2><p>تشارك الجامعة في المعارض المتخصصة ولا سيما الدولية منها، وتسهم في "
        "تنظيمها، ويستعد الخبراء لكل معرض ليعرضوا على زواره أحدث إنجازات الجامعة التعليمية "
        "والبحثية والثقافية والتدريبية.</p>"
    ),
}


def _page(data):
    fields = {key: value for key, value in data.items() if key != "slug"}
    page, created = Page.objects.get_or_create(
        slug=data["slug"],
        defaults={
            **fields,
            "in_navigation": True,
            "status": Status.PUBLISHED,
            "published_at": timezone.now(),
        },
    )
    return page, created


def seed(scale=1, stdout=None):
    """Create what is missing; leave what exists (staff edits survive a second run)."""
    site = SiteSettings.get_solo()
    if not site.university_name_en:
        for key, value in SITE.items():
            setattr(site, key, value)
        site.save()
    if not site.hero_image:
        for key, value in HOME.items():
            if not getattr(site, key):
                setattr(site, key, value)
        site.hero_image.save("hero.jpg", photo("yanabi-office-hero", 1600, 1000), save=False)
        site.save()
    created = 0
    for data in (ABOUT, VISION, RELATIONS):
        _page_obj, was_created = _page(data)
        created += was_created
    vision = Page.objects.get(slug=VISION["slug"])
    if not vision.objectives.exists():
        Objective.objects.bulk_create(
            Objective(page=vision, text_en=en, text_ar=ar, text=ar, order=index)
            for index, (en, ar) in enumerate(OBJECTIVES, start=1)
        )
    report = _annual_report()
    return {"pages": created, "annual reports": int(report)}


REPORT_INTRO = {
    "en": (
        "<p>This report gives the office's year in figures and in its own words: the "
        "agreements the university signed and the partners behind them, the delegations it "
        "received and sent, the events where it showed its work, and the statements and "
        "publications it issued.</p><p>Every figure comes from the records of this site, and "
        "each chart has a table with the same numbers.</p>"
    ),
    "ar": (
        "<p>يعرض هذا التقرير عام المكتب بالأرقام وبكلماته: الاتفاقيات التي وقّعتها الجامعة "
        "والشركاء الذين وقّعوها معها، والوفود التي استقبلتها وأوفدتها، والفعاليات التي عرضت فيها "
        "أعمالها، والبيانات والإصدارات التي أصدرتها.</p><p>كل رقم فيه مأخوذ من سجلات هذا الموقع، "
        "وبجانب كل رسم بياني جدول بالأرقام نفسها.</p>"
    ),
}


def _annual_report():
    """Last year's annual report, published: the demo shows one (created once)."""
    year = timezone.localdate().year - 1
    _report, created = AnnualReport.objects.get_or_create(
        year=year,
        defaults={
            "introduction_en": REPORT_INTRO["en"],
            "introduction_ar": REPORT_INTRO["ar"],
            "introduction": REPORT_INTRO["ar"],
            "is_published": True,
        },
    )
    return created
