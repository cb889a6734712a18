"""The news demo's articles: every kind over three years, linked to the partners and visits
the earlier apps' demos made; ``--scale`` adds archive articles in bulk."""

import random
import re
from datetime import timedelta
from typing import NamedTuple

from django.utils import timezone

from intloffice.demo_data import Text
from intloffice.demo_images import PICTURE_ALT, photo
from intloffice.publishing import Status
from partners.models import Partner
from visits.models import Visit

from ..models import Article, ArticleKind, Category
from .institutions import INSTITUTIONS, fill, html
from .stories import STORIES

ARTICLES_PER_KIND = 40
ARCHIVE_PER_SCALE = 42
YEARS_OF_NEWS = 3
FEATURED = {("news", 1), ("news", 6), ("press_release", 2), ("brief", 3)}  # (kind, index)


class CategoryData(NamedTuple):
    slug: str
    name: Text


CATEGORIES = [
    CategoryData("agreements", Text("Agreements and partnerships", "الاتفاقيات والشراكات")),
    CategoryData("visits", Text("Visits and delegations", "الزيارات والوفود")),
    CategoryData("scholarships", Text("Scholarships and exchange", "المنح والتبادل")),
    CategoryData("conferences", Text("Conferences and exhibitions", "المؤتمرات والمعارض")),
    CategoryData("research", Text("Research cooperation", "التعاون البحثي")),
    CategoryData("networks", Text("International networks", "الشبكات الدولية")),
]


def categories():
    """{slug: Category}, creating the missing ones."""
    existing = {category.slug: category for category in Category.objects.all()}
    for order, row in enumerate(CATEGORIES, start=1):
        if row.slug not in existing:
            existing[row.slug] = Category.objects.create(
                slug=row.slug,
                name=row.name.ar,
                name_ar=row.name.ar,
                name_en=row.name.en,
                order=order,
            )
    return existing


def _article(kind, story, inst, slug, published_at, categories, featured=False):
    title_ar = fill(story.title_ar, inst, "ar")
    summary_ar = fill(story.summary_ar, inst, "ar")
    body_ar = html(story.body_ar, inst, "ar")
    return Article(
        slug=slug,
        kind=kind,
        category=categories[story.category],
        title=title_ar,
        title_ar=title_ar,
        title_en=fill(story.title_en, inst, "en"),
        summary=summary_ar,
        summary_ar=summary_ar,
        summary_en=fill(story.summary_en, inst, "en"),
        body=body_ar,
        body_ar=body_ar,
        body_en=html(story.body_en, inst, "en"),
        featured=featured,
        status=Status.PUBLISHED,
        published_at=published_at,
    )


def _combinations(kind, count):
    """``count`` distinct (story, institution) pairs for ``kind``, the same on every run."""
    pairs = [(s, i) for i in range(len(INSTITUTIONS)) for s in range(len(STORIES[kind]))]
    random.Random(kind).shuffle(pairs)
    return [(STORIES[kind][s], INSTITUTIONS[i]) for s, i in pairs[:count]]


_KEY = re.compile(r"^([a-z-]+-\d{3})(?:-|$)")


def article_key(slug):
    """The stable key of a demo article's slug: its kind and number («news-007» of
    «news-007-cairo-mokattam-university»). The institution at the end of the slug has changed
    between versions of the demo; the key has not, so a database seeded by an older version
    gets no second copy of an article it already has (nor does a staff member's renamed slug
    that keeps the key)."""
    match = _KEY.match(slug)
    return match.group(1) if match else slug


def articles(categories):
    now = timezone.now()
    kinds = list(ArticleKind)
    existing = {
        article_key(slug)
        for slug in Article.objects.exclude(slug__startswith="archive-").values_list(
            "slug", flat=True
        )
    }
    partners = {p.slug: p for p in Partner.objects.published()}
    visits_by_host = {}
    for visit in (
        Visit.objects.published().filter(host_partner__isnull=False).order_by("-starts_on")
    ):
        visits_by_host.setdefault(visit.host_partner_id, visit)
    total = len(kinds) * ARTICLES_PER_KIND
    span_hours = YEARS_OF_NEWS * 365 * 24 - 48
    created = []
    for k, kind in enumerate(kinds):
        for i, (story, inst) in enumerate(_combinations(kind, ARTICLES_PER_KIND)):
            slug = f"{kind.replace('_', '-')}-{i + 1:03d}-{inst.label}"
            if article_key(slug) in existing:
                continue
            position = i * len(kinds) + k
            published_at = now - timedelta(hours=6 + span_hours * position // total)
            featured = (kind, i) in FEATURED
            article = _article(kind, story, inst, slug, published_at, categories, featured)
            article.image.save(f"{slug}.jpg", photo(slug, width=960, height=600), save=False)
            article.image_alt_en = PICTURE_ALT.en
            article.image_alt_ar = article.image_alt = PICTURE_ALT.ar
            created.append((article, inst))
    Article.objects.bulk_create([article for article, _inst in created], batch_size=500)
    # Link to the partner the article is about, and for a visit story to a visit it hosted.
    for article, inst in created:
        partner = partners.get(inst.label)
        if partner is None:
            continue
        article.related_partners.add(partner)
        if article.category.slug == "visits" and partner.pk in visits_by_host:
            Article.objects.filter(pk=article.pk).update(visit=visits_by_host[partner.pk])
    return len(created)


def archive(categories, scale):
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
