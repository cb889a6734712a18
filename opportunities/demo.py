"""Demo opportunities and students abroad (``manage.py seed_demo``), idempotent.

Creates this app's rows only. Providers and host institutions are the partners demo's
institutions, found by their slugs (``DEPENDS_ON``); a partner staff deleted is skipped (the
opportunity then names its provider in text). Dates are relative to the day the command runs.
Student names are obviously fictional ("Test Student …"), as the demo's people always are.
"""

import datetime
from typing import NamedTuple

from django.utils import timezone

from intloffice.demo_data import Text
from intloffice.publishing import Status
from partners.models import Partner

from .models import Audience, Degree, Opportunity, OpportunityKind, StudentAbroad, StudyStatus

DEPENDS_ON = ("partners",)

S, F, E, T = (
    OpportunityKind.SCHOLARSHIP,
    OpportunityKind.FUNDING_CALL,
    OpportunityKind.EXCHANGE,
    OpportunityKind.TRAINING,
)
STU, FAC, STA = Audience.STUDENTS, Audience.FACULTY, Audience.STAFF


class OpportunityData(NamedTuple):
    slug: str
    kind: str
    audience: str
    title: Text
    provider: str  # a partner's slug, or "" for a provider named in text
    provider_name: Text
    opens_in: int  # days from today (negative: already open)
    closes_in: int  # days from today to the deadline (negative: closed)
    summary: Text


NONE = Text("", "")

OPPORTUNITIES = [
    OpportunityData("masters-scholarships-merapi", S, STU, Text("Master's scholarships at Merapi Islamic University", "منح ماجستير في جامعة ميرابي الإسلامية"), "yogyakarta-merapi-university", NONE, -20, 3, Text("Two fully funded master's places in Islamic studies, tuition and housing included.", "مقعدان ممولان بالكامل لدراسة الماجستير في الدراسات الإسلامية، يشملان الرسوم والسكن.")),
    OpportunityData("doctoral-scholarships-volga", S, STU, Text("Doctoral scholarships in Islamic studies in Kazan", "منح دكتوراه في الدراسات الإسلامية في قازان"), "kazan-volga-university", NONE, -40, 25, Text("Three-year doctoral scholarships for graduates of the university.", "منح دكتوراه لمدة ثلاث سنوات لخريجي الجامعة.")),
    OpportunityData("faculty-scholarships-leipzig", S, FAC, Text("Research stays for faculty in Arabic philology", "إقامات بحثية لأعضاء هيئة التدريس في فقه اللغة العربية"), "leipzig-arabic-philology-seminar", NONE, -10, 0, Text("Funded stays of one to three months for faculty members working on Arabic philology.", "إقامات ممولة من شهر إلى ثلاثة أشهر لأعضاء هيئة التدريس العاملين في فقه اللغة العربية.")),
    OpportunityData("staff-language-scholarships", S, STA, Text("Language course scholarships for administrative staff", "منح دورات لغة للموظفين الإداريين"), "", Text("International Council for Language Learning", "المجلس الدولي لتعلم اللغات"), 15, 60, Text("Summer language courses for staff who work with international partners.", "دورات لغة صيفية للموظفين الذين يعملون مع الشركاء الدوليين.")),
    OpportunityData("manuscripts-research-fund", F, FAC, Text("Joint research fund for manuscript studies", "صندوق البحث المشترك لدراسات المخطوطات"), "alexandria-manuscripts-centre", NONE, -30, 12, Text("Grants for joint projects cataloguing and editing Arabic manuscripts.", "منح لمشاريع مشتركة في فهرسة المخطوطات العربية وتحقيقها.")),
    OpportunityData("sahel-education-research-call", F, FAC, Text("Call for research on education in the Sahel", "دعوة لتقديم أبحاث عن التعليم في منطقة الساحل"), "ouagadougou-sahel-institute", NONE, 10, 75, Text("Small grants for field research on schooling and literacy.", "منح صغيرة للبحث الميداني في التعليم ومحو الأمية.")),
    OpportunityData("student-research-grants", F, STU, Text("Research grants for doctoral students", "منح بحثية لطلبة الدكتوراه"), "", Text("Foundation for Arab Humanities", "مؤسسة العلوم الإنسانية العربية"), -60, -5, Text("Grants towards fieldwork and archive visits for doctoral students.", "منح للعمل الميداني وزيارة الأرشيفات لطلبة الدكتوراه.")),
    OpportunityData("staff-research-support-call", F, STA, Text("Support for research administrators", "دعم إداريي البحث العلمي"), "heritage-education-council", NONE, -90, -30, Text("Funding for staff who manage international research projects.", "تمويل للموظفين الذين يديرون مشاريع بحثية دولية.")),
    OpportunityData("semester-exchange-qujiang", E, STU, Text("Semester exchange in Xi'an", "فصل دراسي تبادلي في شيآن"), "xian-qujiang-college", NONE, -5, 30, Text("One semester at Qujiang College of Foreign Studies under the student exchange agreement.", "فصل دراسي في كلية تشوجيانغ للدراسات الأجنبية ضمن اتفاقية تبادل الطلبة.")),
    OpportunityData("faculty-exchange-lyon", E, FAC, Text("Teaching exchange at the Lyon School of Oriental Languages", "تبادل تدريسي في مدرسة ليون للغات الشرقية"), "lyon-school-oriental-languages", NONE, -15, 6, Text("Two weeks of teaching Arabic in Lyon under the staff exchange agreement.", "أسبوعان لتدريس العربية في ليون ضمن اتفاقية تبادل أعضاء هيئة التدريس.")),
    OpportunityData("staff-exchange-gothenburg", E, STA, Text("Staff exchange week in Gothenburg", "أسبوع تبادل للموظفين في غوتنبرغ"), "nordic-institute-of-technology", NONE, 20, 50, Text("A week of job shadowing in the international office of a partner institute.", "أسبوع من التدريب بالمرافقة في مكتب العلاقات الدولية لدى معهد شريك.")),
    OpportunityData("anatolia-exchange-closed", E, STU, Text("Summer exchange at Anatolian Heritage University", "تبادل صيفي في جامعة التراث الأناضولي"), "anatolian-heritage-university", NONE, -80, -20, Text("A summer term in Konya for undergraduate students.", "فصل صيفي في قونية لطلبة البكالوريوس.")),
    OpportunityData("digital-teaching-training", T, FAC, Text("Training in digital teaching", "تدريب على التعليم الرقمي"), "straits-international-university", NONE, -7, 9, Text("A two-week online course on designing blended courses.", "دورة عبر الإنترنت لمدة أسبوعين في تصميم المقررات المدمجة.")),
    OpportunityData("international-office-training", T, STA, Text("Training for international office staff", "تدريب لموظفي مكاتب العلاقات الدولية"), "network-academic-mobility", NONE, 5, 40, Text("Workshops on mobility agreements, recognition of credits and welcoming guests.", "ورش عمل في اتفاقيات التنقل ومعادلة الساعات المعتمدة واستقبال الضيوف.")),
    OpportunityData("student-leadership-training", T, STU, Text("Leadership school for student representatives", "مدرسة القيادة لممثلي الطلبة"), "", Text("Regional Youth Leadership Programme", "البرنامج الإقليمي لقيادة الشباب"), -45, -2, Text("A week-long leadership school for elected student representatives.", "مدرسة قيادة لمدة أسبوع لممثلي الطلبة المنتخبين.")),
]  # fmt: skip

DESCRIPTION = Text(
    "<p>{title}. {summary} The office helps applicants prepare their files and answers "
    "questions by e-mail.</p>",
    "<p>{title}. {summary} يساعد المكتب المتقدمين في إعداد ملفاتهم ويجيب عن أسئلتهم بالبريد "
    "الإلكتروني.</p>",
)
ELIGIBILITY = {
    STU: Text(
        "<ul><li>Enrolled at the university or graduated within the last two years.</li>"
        "<li>A good academic record.</li><li>A language certificate where the host asks.</li></ul>",
        "<ul><li>أن يكون المتقدم مسجلًا في الجامعة أو تخرج فيها خلال العامين الأخيرين.</li>"
        "<li>سجل أكاديمي جيد.</li><li>شهادة لغة حيث تطلبها الجهة المضيفة.</li></ul>",
    ),
    FAC: Text(
        "<ul><li>A member of the university's faculty with a doctorate.</li>"
        "<li>The approval of the head of department.</li></ul>",
        "<ul><li>أن يكون المتقدم من أعضاء هيئة التدريس في الجامعة حاملًا للدكتوراه.</li>"
        "<li>موافقة رئيس القسم.</li></ul>",
    ),
    STA: Text(
        "<ul><li>A permanent member of the university's administrative staff.</li>"
        "<li>The approval of the line manager.</li></ul>",
        "<ul><li>أن يكون المتقدم من الموظفين الإداريين الدائمين في الجامعة.</li>"
        "<li>موافقة المسؤول المباشر.</li></ul>",
    ),
}
HOW_TO_APPLY = Text(
    "<p>Send the application form, a CV and a letter of motivation to the international "
    "relations office before the deadline. Shortlisted applicants are invited to an interview.</p>",
    "<p>أرسل استمارة التقديم والسيرة الذاتية ورسالة الدوافع إلى مكتب العلاقات الدولية قبل "
    "الموعد النهائي. يُدعى المرشحون في القائمة القصيرة إلى مقابلة.</p>",
)


class StudentData(NamedTuple):
    name: str
    degree: str
    field: Text
    host: str  # partner slug
    started_years_ago: int
    years: int  # expected length
    supervisor: str
    status: str


M, D = Degree.MASTERS, Degree.DOCTORATE
ISLAMIC = Text("Islamic studies", "الدراسات الإسلامية")
ARABIC = Text("Arabic language and literature", "اللغة العربية وآدابها")
EDUCATION = Text("Education", "التربية")
FINANCE = Text("Islamic finance", "التمويل الإسلامي")
HISTORY = Text("History", "التاريخ")
ENGINEERING = Text("Engineering", "الهندسة")

STUDENTS = [
    StudentData("Test Student Alpha", D, ISLAMIC, "kazan-volga-university", 2, 4, "Supervisor Example One", StudyStatus.STUDYING),
    StudentData("Test Student Bravo", D, ISLAMIC, "kazan-volga-university", 1, 4, "Supervisor Example One", StudyStatus.STUDYING),
    StudentData("Test Student Charlie", M, ISLAMIC, "yogyakarta-merapi-university", 1, 2, "Supervisor Example Two", StudyStatus.STUDYING),
    StudentData("Test Student Delta", M, ISLAMIC, "yogyakarta-merapi-university", 1, 2, "Supervisor Example Two", StudyStatus.STUDYING),
    StudentData("Test Student Echo", M, FINANCE, "kuala-lumpur-klang-valley-university", 1, 2, "Supervisor Example Three", StudyStatus.STUDYING),
    StudentData("Test Student Foxtrot", M, FINANCE, "kuala-lumpur-klang-valley-university", 0, 2, "Supervisor Example Three", StudyStatus.STUDYING),
    StudentData("Test Student Golf", M, FINANCE, "straits-international-university", 1, 2, "Supervisor Example Four", StudyStatus.STUDYING),
    StudentData("Test Student Hotel", D, ARABIC, "leipzig-arabic-philology-seminar", 3, 4, "Supervisor Example Five", StudyStatus.STUDYING),
    StudentData("Test Student India", D, ARABIC, "leipzig-arabic-philology-seminar", 2, 4, "Supervisor Example Five", StudyStatus.STUDYING),
    StudentData("Test Student Juliet", D, ARABIC, "lyon-school-oriental-languages", 1, 4, "Supervisor Example Six", StudyStatus.STUDYING),
    StudentData("Test Student Kilo", M, ARABIC, "lyon-school-oriental-languages", 0, 2, "Supervisor Example Six", StudyStatus.STUDYING),
    StudentData("Test Student Lima", D, HISTORY, "cairo-mokattam-university", 2, 4, "Supervisor Example Seven", StudyStatus.STUDYING),
    StudentData("Test Student Mike", M, HISTORY, "cairo-mokattam-university", 1, 2, "Supervisor Example Seven", StudyStatus.STUDYING),
    StudentData("Test Student November", M, EDUCATION, "nile-delta-university", 1, 2, "Supervisor Example Eight", StudyStatus.STUDYING),
    StudentData("Test Student Oscar", D, EDUCATION, "nile-delta-university", 2, 4, "Supervisor Example Eight", StudyStatus.STUDYING),
    StudentData("Test Student Papa", M, ENGINEERING, "nordic-institute-of-technology", 1, 2, "Supervisor Example Nine", StudyStatus.STUDYING),
    StudentData("Test Student Quebec", D, ISLAMIC, "anatolian-heritage-university", 2, 4, "Supervisor Example Ten", StudyStatus.STUDYING),
    StudentData("Test Student Romeo", M, ISLAMIC, "anatolian-heritage-university", 1, 2, "Supervisor Example Ten", StudyStatus.STUDYING),
    StudentData("Test Student Sierra", D, HISTORY, "kazan-volga-university", 5, 4, "Supervisor Example One", StudyStatus.COMPLETED),
    StudentData("Test Student Tango", M, EDUCATION, "nile-delta-university", 3, 2, "Supervisor Example Eight", StudyStatus.WITHDRAWN),
]  # fmt: skip


def _deadline(today, days):
    """Applications close at 23:59 of the day, in the site's time zone."""
    day = today + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59)))


def seed(scale=1, stdout=None):
    today = timezone.localdate()
    now = timezone.now()
    slugs = {row.provider for row in OPPORTUNITIES} | {row.host for row in STUDENTS}
    partners = Partner.objects.in_bulk([slug for slug in slugs if slug], field_name="slug")
    counts = {"opportunities": 0, "students abroad": 0}

    existing = set(
        Opportunity.objects.filter(slug__in=[r.slug for r in OPPORTUNITIES]).values_list(
            "slug", flat=True
        )
    )
    for row in OPPORTUNITIES:
        if row.slug in existing:
            continue
        partner = partners.get(row.provider)
        provider_name = row.provider_name
        if partner is None and not provider_name.en:  # the partner was deleted: name it
            provider_name = Text(row.provider, row.provider)
        opens_on = today + datetime.timedelta(days=row.opens_in)
        Opportunity.objects.create(
            slug=row.slug,
            kind=row.kind,
            audience=row.audience,
            title_en=row.title.en,
            title_ar=row.title.ar,
            summary_en=row.summary.en,
            summary_ar=row.summary.ar,
            provider_partner=partner,
            provider_name_en=provider_name.en,
            provider_name_ar=provider_name.ar,
            opens_on=opens_on,
            deadline=_deadline(today, row.closes_in),
            description_en=DESCRIPTION.en.format(title=row.title.en, summary=row.summary.en),
            description_ar=DESCRIPTION.ar.format(title=row.title.ar, summary=row.summary.ar),
            eligibility_en=ELIGIBILITY[row.audience].en,
            eligibility_ar=ELIGIBILITY[row.audience].ar,
            how_to_apply_en=HOW_TO_APPLY.en,
            how_to_apply_ar=HOW_TO_APPLY.ar,
            link=f"https://opportunities.example.edu/{row.slug}",
            status=Status.PUBLISHED,
            # Published when it was announced: a week before it opens, never in the future.
            published_at=min(
                now - datetime.timedelta(hours=1),
                timezone.make_aware(
                    datetime.datetime.combine(
                        opens_on - datetime.timedelta(days=7), datetime.time(9)
                    )
                ),
            ),
        )
        counts["opportunities"] += 1

    known = set(StudentAbroad.objects.values_list("name", flat=True))
    for row in STUDENTS:
        host = partners.get(row.host)
        if row.name in known or host is None:
            continue
        started_on = (
            today.replace(month=9, day=1)
            if today.month >= 9
            else today.replace(year=today.year - 1, month=9, day=1)
        )
        started_on = started_on.replace(year=started_on.year - row.started_years_ago)
        StudentAbroad.objects.create(
            name=row.name,
            degree=row.degree,
            field_en=row.field.en,
            field_ar=row.field.ar,
            host_institution=host,
            country=host.country,
            started_on=started_on,
            expected_on=started_on.replace(year=started_on.year + row.years, month=7, day=31),
            supervisor=row.supervisor,
            status=row.status,
            notes="Fictional demo record.",
        )
        counts["students abroad"] += 1
    return counts
