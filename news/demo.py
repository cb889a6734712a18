"""Demo content of the news app: articles of every kind over three years, statements of every
kind (one of them corrected, with its history), the fortnightly magazine, leaflets, a catalogue,
a film and clips in several languages.

Idempotent: rows are found by slug and only missing ones are created. ``--scale N`` adds
``(N - 1) * 42`` archive articles through ``bulk_create`` (already-clean HTML, no pictures).
"""

import random
import re
from datetime import timedelta
from html import escape

import reversion
from django.core.files.base import ContentFile
from django.utils import timezone

from intloffice.demo_images import photo
from intloffice.publishing import Status
from partners.models import Partner
from visits.models import Visit

from .demo_content import (
    CATEGORIES,
    INSTITUTIONS,
    ISSUERS,
    MAGAZINE,
    MAGAZINE_TOPICS,
    STATEMENTS,
    STORIES,
)
from .models import (
    Article,
    ArticleKind,
    Category,
    Publication,
    PublicationFile,
    PublicationKind,
    Statement,
    StatementKind,
)

ARTICLES_PER_KIND = 40
STATEMENTS_PER_KIND = 8
ARCHIVE_PER_SCALE = 42
YEARS_OF_NEWS = 3
COUNTRY_CODES = {
    "Türkiye": "TR", "Malaysia": "MY", "Egypt": "EG", "Tunisia": "TN", "Indonesia": "ID",
    "Senegal": "SN", "Azerbaijan": "AZ", "Morocco": "MA", "Sweden": "SE", "Germany": "DE",
    "France": "FR", "Pakistan": "PK", "Kenya": "KE", "Jordan": "JO",
}  # fmt: skip
MEDIA_HOST = "https://media.alaqsa.edu.ps"


def _fill(text, inst, language):
    _label, inst_en, inst_ar, city_en, city_ar, country_en, country_ar = inst
    if language == "ar":
        text = text.format(inst=inst_ar, city=city_ar, country=country_ar)
        # "ل" + "المركز" is written "للمركز".
        return re.sub(r"(^|\s)لال", r"\1لل", text)
    return text.format(inst=inst_en, city=city_en, country=country_en)


def _html(paragraphs, inst, language):
    return "".join(f"<p>{escape(_fill(p, inst, language))}</p>" for p in paragraphs)


def _categories():
    existing = {category.slug: category for category in Category.objects.all()}
    for order, (slug, name_en, name_ar) in enumerate(CATEGORIES, start=1):
        if slug not in existing:
            existing[slug] = Category.objects.create(
                slug=slug, name=name_ar, name_ar=name_ar, name_en=name_en, order=order
            )
    return existing


def _article(kind, story, inst, slug, published_at, categories, featured=False):
    category, title_en, title_ar, summary_en, summary_ar, body_en, body_ar = story
    title_ar = _fill(title_ar, inst, "ar")
    body_ar = _html(body_ar, inst, "ar")
    return Article(
        slug=slug,
        kind=kind,
        category=categories[category],
        title=title_ar,
        title_ar=title_ar,
        title_en=_fill(title_en, inst, "en"),
        summary=_fill(summary_ar, inst, "ar"),
        summary_ar=_fill(summary_ar, inst, "ar"),
        summary_en=_fill(summary_en, inst, "en"),
        body=body_ar,
        body_ar=body_ar,
        body_en=_html(body_en, inst, "en"),
        featured=featured,
        status=Status.PUBLISHED,
        published_at=published_at,
    )


def _combinations(kind, count):
    """``count`` distinct (story, institution) pairs for ``kind``, the same on every run."""
    pairs = [(s, i) for i in range(len(INSTITUTIONS)) for s in range(len(STORIES[kind]))]
    random.Random(kind).shuffle(pairs)
    return pairs[:count]


def _articles(categories):
    now = timezone.now()
    kinds = list(ArticleKind)
    existing = set(
        Article.objects.exclude(slug__startswith="archive-").values_list("slug", flat=True)
    )
    partners_by_country, visits_by_country = {}, {}
    for partner in Partner.objects.published().order_by("pk"):
        partners_by_country.setdefault(partner.country.code, partner)
    for visit in Visit.objects.published().order_by("-starts_on"):
        visits_by_country.setdefault(visit.country.code, visit)
    total = len(kinds) * ARTICLES_PER_KIND
    span_hours = YEARS_OF_NEWS * 365 * 24 - 48
    featured = {("news", 1), ("news", 6), ("press_release", 2), ("brief", 3)}
    created = []
    for k, kind in enumerate(kinds):
        for i, (story_index, inst_index) in enumerate(_combinations(kind, ARTICLES_PER_KIND)):
            inst = INSTITUTIONS[inst_index]
            slug = f"{kind.replace('_', '-')}-{i + 1:03d}-{inst[0]}"
            if slug in existing:
                continue
            position = i * len(kinds) + k
            published_at = now - timedelta(hours=6 + span_hours * position // total)
            article = _article(
                kind,
                STORIES[kind][story_index],
                inst,
                slug,
                published_at,
                categories,
                featured=(kind, i) in featured,
            )
            label = f"{inst[3]} {kind.replace('_', ' ').title()}"
            article.image.save(f"{slug}.jpg", photo(label, width=960, height=600), save=False)
            article.image_alt_en = f"Illustration with the words {label}"
            article.image_alt_ar = f"صورة توضيحية تحمل اسم مدينة {inst[4]}"
            article.image_alt = article.image_alt_ar
            created.append((article, inst))
    Article.objects.bulk_create([article for article, _inst in created], batch_size=500)
    # Link what the other apps' demo content provides (nothing when they have none yet).
    for article, inst in created:
        code = COUNTRY_CODES[inst[5]]
        if code in partners_by_country:
            article.related_partners.add(partners_by_country[code])
        if article.category.slug == "visits" and code in visits_by_country:
            Article.objects.filter(pk=article.pk).update(visit=visits_by_country[code])
    return len(created)


def _archive(categories, scale):
    """Older articles for benchmarks: (scale - 1) * 42, without pictures."""
    wanted = (scale - 1) * ARCHIVE_PER_SCALE
    if wanted <= 0:
        return 0
    existing = set(
        Article.objects.filter(slug__startswith="archive-").values_list("slug", flat=True)
    )
    now = timezone.now()
    kinds = list(ArticleKind)
    span_hours = YEARS_OF_NEWS * 365 * 24
    rows = []
    for n in range(wanted):
        slug = f"archive-{n + 1:05d}"
        if slug in existing:
            continue
        kind = kinds[n % len(kinds)]
        stories = STORIES[kind]
        story = stories[(n // len(kinds)) % len(stories)]
        inst = INSTITUTIONS[(n * 5 + n // 14) % len(INSTITUTIONS)]
        published_at = now - timedelta(hours=12 + (span_hours * n) // wanted, minutes=n % 60)
        rows.append(_article(kind, story, inst, slug, published_at, categories))
    Article.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def _statement_values(kind, story, inst, position, today):
    title_en, title_ar, body_en, body_ar = story
    issued_on = today - timedelta(days=10 + position * 27)
    issuer_en, issuer_ar = ISSUERS[position % len(ISSUERS)]
    body_ar_html = _html(body_ar, inst, "ar")
    title_ar = _fill(title_ar, inst, "ar")
    return {
        "reference_number": f"IRA/ST/{issued_on.year}/{position + 1:03d}",
        "kind": kind,
        "title": title_ar,
        "title_ar": title_ar,
        "title_en": _fill(title_en, inst, "en"),
        "body": body_ar_html,
        "body_ar": body_ar_html,
        "body_en": _html(body_en, inst, "en"),
        "issued_by": issuer_ar,
        "issued_by_ar": issuer_ar,
        "issued_by_en": issuer_en,
        "issued_on": issued_on,
        "original_language": "ar" if position % 3 else "en",
        "status": Status.PUBLISHED,
        "published_at": timezone.make_aware(
            timezone.datetime.combine(issued_on, timezone.datetime.min.time())
        )
        + timedelta(hours=11),
    }


def _statements():
    today = timezone.localdate()
    kinds = list(StatementKind)
    existing = set(Statement.objects.values_list("slug", flat=True))
    created = 0
    for k, kind in enumerate(kinds):
        stories = STATEMENTS[kind]
        for j in range(STATEMENTS_PER_KIND):
            slug = f"statement-{kind}-{j + 1}"
            if slug in existing:
                continue
            inst = INSTITUTIONS[(j * 3 + k * 2 + j // len(stories)) % len(INSTITUTIONS)]
            position = j * len(kinds) + k
            values = _statement_values(kind, stories[j % len(stories)], inst, position, today)
            if position == 0:
                _corrected_statement(slug, values)
            else:
                Statement.objects.create(slug=slug, **values)
            created += 1
    return created


def _corrected_statement(slug, values):
    """The newest statement, published with a narrower wording and corrected two days later;
    both versions are in its history, so its page shows "corrected on" and the earlier text."""
    earlier = {
        **values,
        "body_en": values["body_en"].replace("faculty members and students", "faculty members"),
        "body_ar": values["body_ar"].replace("لأعضاء هيئة التدريس والطلبة", "لأعضاء هيئة التدريس"),
    }
    earlier["body"] = earlier["body_ar"]
    if not reversion.is_registered(Statement):
        Statement.objects.create(slug=slug, **values)
        return
    with reversion.create_revision():
        statement = Statement.objects.create(slug=slug, **earlier)
        reversion.set_date_created(values["published_at"])
        reversion.set_comment("Published.")
    with reversion.create_revision():
        for name in ("body", "body_ar", "body_en"):
            setattr(statement, name, values[name])
        statement.save()
        reversion.set_date_created(values["published_at"] + timedelta(days=2))
        reversion.set_comment("Corrected: the position covers students as well.")


def _pdf(text):
    """A small, valid one-page PDF whose page shows ``text`` (Latin letters)."""
    safe = text.encode("latin-1", "replace").replace(b"\\", b"\\\\")
    safe = safe.replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 20 Tf 60 760 Td (" + safe + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _publication(slug, values, cover_label, languages=(), videos=()):
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
    publication.cover.save(f"{slug}.jpg", photo(cover_label, width=600, height=840), save=False)
    publication.save()
    for order, code in enumerate(languages):
        version = PublicationFile(publication=publication, language=code, order=order)
        content = ContentFile(_pdf(f"{values['title_en']} ({code})"), name=f"{slug}-{code}.pdf")
        version.document.save(content.name, content, save=False)
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
    (
        "study-with-us-leaflet",
        PublicationKind.LEAFLET,
        "Study with us: a guide for international students",
        "ادرس معنا: دليل الطلبة الدوليين",
        "Admission, scholarships, housing and Arabic courses for students from abroad, on a single folded sheet.",
        "القبول والمنح والسكن ودورات اللغة العربية للطلبة القادمين من الخارج، في ورقة مطوية واحدة.",
        ("ar", "en", "fr", "ru", "fa", "ur", "tr"),
        (),
        120,
    ),
    (
        "arabic-summer-school-leaflet",
        PublicationKind.LEAFLET,
        "Arabic summer school",
        "المدرسة الصيفية للغة العربية",
        "Four weeks of intensive Arabic with cultural visits, for students of partner universities.",
        "أربعة أسابيع من تعلّم العربية المكثف مع زيارات ثقافية، لطلبة الجامعات الشريكة.",
        ("ar", "en", "id", "ms", "tr"),
        (),
        60,
    ),
    (
        "partnership-programmes-catalogue",
        PublicationKind.CATALOGUE,
        "Catalogue of partnership and exchange programmes",
        "دليل برامج الشراكة والتبادل",
        "Every agreement, exchange place and joint programme of the university, by country and by faculty.",
        "جميع اتفاقيات الجامعة ومقاعد التبادل والبرامج المشتركة، مرتبة حسب الدولة والكلية.",
        ("ar", "en", "fr", "es", "de"),
        (),
        200,
    ),
    (
        "bridges-film",
        PublicationKind.FILM,
        "Bridges: the university and the world",
        "جسور: الجامعة والعالم",
        "A twenty-minute documentary on the university's partners, exchange students and visiting professors.",
        "فيلم وثائقي مدته عشرون دقيقة عن شركاء الجامعة وطلبة التبادل والأساتذة الزائرين.",
        (),
        ("ar", "en", "fr"),
        240,
    ),
    (
        "exchange-students-clip",
        PublicationKind.CLIP,
        "Exchange students tell their story",
        "طلبة التبادل يروون تجربتهم",
        "Three students describe their semester abroad in two minutes.",
        "ثلاثة طلبة يصفون فصلهم الدراسي في الخارج في دقيقتين.",
        (),
        ("ar", "en"),
        45,
    ),
    (
        "education-fair-clip",
        PublicationKind.CLIP,
        "The university at the international education fair",
        "الجامعة في معرض التعليم الدولي",
        "Highlights from the university's stand and the questions visitors asked.",
        "لقطات من جناح الجامعة والأسئلة التي طرحها الزوار.",
        (),
        ("ar", "en"),
        90,
    ),
]


def _publications():
    today = timezone.localdate()
    existing = set(Publication.objects.values_list("slug", flat=True))
    created = 0
    series_en, series_ar = MAGAZINE
    first_number = 37
    for index, (topic_en, topic_ar) in enumerate(MAGAZINE_TOPICS):
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
                "title_en": topic_en,
                "title_ar": topic_ar,
                "series_en": series_en,
                "series_ar": series_ar,
                "issue_number": number,
                "issued_on": issued_on,
                **_paragraph(
                    f"Issue {number} of the fortnightly news magazine of International Relations "
                    f"Affairs. In this issue: {topic_en.lower()}, the agreements of the past two "
                    "weeks, the visits received and the calls open to students and staff.",
                    f"العدد {number} من المجلة الإخبارية نصف الشهرية لشؤون العلاقات الدولية. في هذا "
                    f"العدد: {topic_ar}، واتفاقيات الأسبوعين الماضيين، والزيارات التي استقبلتها "
                    "الجامعة، والدعوات المفتوحة للطلبة والعاملين.",
                ),
            },
            f"Bridges of Knowledge {number}",
            languages=languages,
        )
        created += 1
    for slug, kind, title_en, title_ar, text_en, text_ar, pdfs, videos, age in OTHER_PUBLICATIONS:
        if slug in existing:
            continue
        _publication(
            slug,
            {
                "kind": kind,
                "title_en": title_en,
                "title_ar": title_ar,
                "issued_on": today - timedelta(days=age),
                **_paragraph(text_en, text_ar),
            },
            title_en[:30],
            languages=pdfs,
            videos=videos,
        )
        created += 1
    return created


def seed(scale=1, stdout=None):
    categories = _categories()
    return {
        "articles": _articles(categories) + _archive(categories, scale),
        "statements": _statements(),
        "publications": _publications(),
    }
