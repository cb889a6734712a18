"""The news demo's publications: the fortnightly magazine, leaflets, a catalogue, a film and
clips, each in the languages it exists in (videos as links). Covers carry the whole title in both
scripts; every document is a real text PDF of several pages whose text holds the title."""

from datetime import timedelta
from html import escape, unescape
from typing import NamedTuple

from django.core.files.base import ContentFile
from django.utils import timezone

from intloffice.demo_data import Text
from intloffice.demo_images import cover, pdf
from intloffice.publishing import Status

from ..models import Publication, PublicationFile, PublicationKind

MEDIA_HOST = "https://media.example.edu"  # the fictional owner's
MAGAZINE = Text("Bridges of Knowledge", "جسور المعرفة")
MAGAZINE_TOPICS = [
    Text("Partnerships in Asia", "شراكات في آسيا"),
    Text("Students abroad", "طلبتنا في الخارج"),
    Text("Summer schools", "المدارس الصيفية"),
    Text("Research without borders", "بحث بلا حدود"),
    Text("Arabic for the world", "العربية للعالم"),
    Text("Women in science", "المرأة في العلوم"),
    Text("Water and climate", "المياه والمناخ"),
    Text("Book fairs", "معارض الكتاب"),
    Text("Visiting professors", "الأساتذة الزائرون"),
    Text("Joint degrees", "الدرجات المشتركة"),
    Text("Digital libraries", "المكتبات الرقمية"),
    Text("Year in review", "حصاد العام"),
]


class PublicationData(NamedTuple):
    slug: str
    kind: str
    title: Text
    description: Text
    documents: tuple  # languages with a PDF
    videos: tuple  # languages with a video
    age_days: int


#: Pages of each kind's PDF.
PAGES = {PublicationKind.MAGAZINE: 4, PublicationKind.LEAFLET: 2, PublicationKind.CATALOGUE: 6}


def _publication(slug, values, series=None, languages=(), videos=()):
    description_ar = values.pop("description_ar")
    publication = Publication(
        slug=slug,
        status=Status.PUBLISHED,
        published_at=timezone.now() - timedelta(hours=2),
        title=values["title_ar"],
        series=values.get("series_ar", ""),
        description=description_ar,
        description_ar=description_ar,
        cover_alt=f"غلاف: {values['title_ar']}",
        cover_alt_ar=f"غلاف: {values['title_ar']}",
        cover_alt_en=f"Cover: {values['title_en']}",
        **values,
    )
    picture = cover(values["title_en"], values["title_ar"], slug, series=series)
    publication.cover.save(f"{slug}.jpg", picture, save=False)
    publication.save()
    if languages:  # one document, stored once per language version (each its own file)
        document = pdf(
            values["title_en"],
            PAGES.get(values["kind"], 2),
            title_ar=values["title_ar"],
            body=unescape(
                values.get("description_en", "").removeprefix("<p>").removesuffix("</p>")
            ),
        ).read()
    for order, code in enumerate(languages):
        version = PublicationFile(publication=publication, language=code, order=order)
        version.document.save(f"{slug}-{code}.pdf", ContentFile(document), save=False)
        version.save()
    for order, code in enumerate(videos, start=len(languages)):
        PublicationFile.objects.create(
            publication=publication,
            language=code,
            order=order,
            video_url=f"{MEDIA_HOST}/films/{slug}-{code}.mp4",
        )
    return publication


def _paragraph(en, ar):
    return {"description_en": f"<p>{escape(en)}</p>", "description_ar": f"<p>{escape(ar)}</p>"}


OTHER_PUBLICATIONS = [
    PublicationData(
        "study-with-us-leaflet",
        PublicationKind.LEAFLET,
        Text(
            "Study with us: a guide for international students", "ادرس معنا: دليل الطلبة الدوليين"
        ),
        Text(
            "Admission, scholarships, housing and Arabic courses for students from abroad, on a single folded sheet.",
            "القبول والمنح والسكن ودورات اللغة العربية للطلبة القادمين من الخارج، في ورقة مطوية واحدة.",
        ),
        ("ar", "en", "fr", "ru", "fa", "ur", "tr"),
        (),
        120,
    ),
    PublicationData(
        "arabic-summer-school-leaflet",
        PublicationKind.LEAFLET,
        Text("Arabic summer school", "المدرسة الصيفية للغة العربية"),
        Text(
            "Four weeks of intensive Arabic with cultural visits, for students of partner universities.",
            "أربعة أسابيع من تعلّم العربية المكثف مع زيارات ثقافية، لطلبة الجامعات الشريكة.",
        ),
        ("ar", "en", "id", "ms", "tr"),
        (),
        60,
    ),
    PublicationData(
        "partnership-programmes-catalogue",
        PublicationKind.CATALOGUE,
        Text("Catalogue of partnership and exchange programmes", "دليل برامج الشراكة والتبادل"),
        Text(
            "Every agreement, exchange place and joint programme of the university, by country and by faculty.",
            "جميع اتفاقيات الجامعة ومقاعد التبادل والبرامج المشتركة، مرتبة حسب الدولة والكلية.",
        ),
        ("ar", "en", "fr", "es", "de"),
        (),
        200,
    ),
    PublicationData(
        "bridges-film",
        PublicationKind.FILM,
        Text("Bridges: the university and the world", "جسور: الجامعة والعالم"),
        Text(
            "A twenty-minute documentary on the university's partners, exchange students and visiting professors.",
            "فيلم وثائقي مدته عشرون دقيقة عن شركاء الجامعة وطلبة التبادل والأساتذة الزائرين.",
        ),
        (),
        ("ar", "en", "fr"),
        240,
    ),
    PublicationData(
        "exchange-students-clip",
        PublicationKind.CLIP,
        Text("Exchange students tell their story", "طلبة التبادل يروون تجربتهم"),
        Text(
            "Three students describe their semester abroad in two minutes.",
            "ثلاثة طلبة يصفون فصلهم الدراسي في الخارج في دقيقتين.",
        ),
        (),
        ("ar", "en"),
        45,
    ),
    PublicationData(
        "education-fair-clip",
        PublicationKind.CLIP,
        Text(
            "The university at the international education fair", "الجامعة في معرض التعليم الدولي"
        ),
        Text(
            "Highlights from the university's stand and the questions visitors asked.",
            "لقطات من جناح الجامعة والأسئلة التي طرحها الزوار.",
        ),
        (),
        ("ar", "en"),
        90,
    ),
]


def publications():
    today = timezone.localdate()
    existing = set(Publication.objects.values_list("slug", flat=True))
    created = 0
    first_number = 37
    for index, topic in enumerate(MAGAZINE_TOPICS):
        number = first_number + index
        slug = f"bridges-of-knowledge-{number}"
        if slug in existing:
            continue
        issued_on = today - timedelta(days=3 + 14 * (len(MAGAZINE_TOPICS) - 1 - index))
        languages = ("ar", "en", "fr") if index % 3 == 0 else ("ar", "en")
        _publication(
            slug,
            {
                "kind": PublicationKind.MAGAZINE,
                "title_en": topic.en,
                "title_ar": topic.ar,
                "series_en": MAGAZINE.en,
                "series_ar": MAGAZINE.ar,
                "issue_number": number,
                "issued_on": issued_on,
                **_paragraph(
                    f"Issue {number} of the fortnightly news magazine of the International "
                    f"Relations Office. In this issue: {topic.en.lower()}, the agreements of the past two "
                    "weeks, the visits received and the calls open to students and staff.",
                    f"العدد {number} من المجلة الإخبارية نصف الشهرية لمكتب العلاقات الدولية. في هذا "
                    f"العدد: {topic.ar}، واتفاقيات الأسبوعين الماضيين، والزيارات التي استقبلتها "
                    "الجامعة، والدعوات المفتوحة للطلبة والعاملين.",
                ),
            },
            series=(
                f"{MAGAZINE.en} · {number}",
                f"{MAGAZINE.ar} · العدد {number}",
            ),
            languages=languages,
        )
        created += 1
    for row in OTHER_PUBLICATIONS:
        if row.slug in existing:
            continue
        _publication(
            row.slug,
            {
                "kind": row.kind,
                "title_en": row.title.en,
                "title_ar": row.title.ar,
                "issued_on": today - timedelta(days=row.age_days),
                **_paragraph(row.description.en, row.description.ar),
            },
            languages=row.documents,
            videos=row.videos,
        )
        created += 1
    return created
