"""The news demo's articles about past events: one per demo event that has ended, written
from the event's own record (its title, place, partners and first photo) so the article and
the event page agree. Runs after the exhibitions demo (``DEPENDS_ON``)."""

import datetime
from html import escape

from django.utils import timezone

from exhibitions.demo_content import EVENTS
from exhibitions.models import Exhibition
from intloffice.demo_images import own_copy
from intloffice.publishing import Status

from ..models import Article, ArticleKind

TITLE_EN = "Looking back on the event: {title}"
TITLE_AR = "نظرة على الفعالية: {title}"
THANKS_EN = (
    "The office thanks the experts and staff who prepared the event in {city} and welcomed "
    "its visitors."
)
THANKS_AR = "يشكر المكتب الخبراء والموظفين الذين أعدّوا للفعالية في {city} واستقبلوا زوارها."
#: The article is linked to the event's partners, so it names them (the demo story test).
PARTNERS_EN = "The university took part together with {partners}."
PARTNERS_AR = "شاركت الجامعة في الفعالية مع {partners}."
SEPARATOR = {"en": ", ", "ar": "، "}


def partners_sentence(partners, code):
    if not partners:
        return ""
    names = SEPARATOR[code].join(getattr(partner, f"name_{code}") for partner in partners)
    template = PARTNERS_EN if code == "en" else PARTNERS_AR
    return f"<p>{escape(template.format(partners=names))}</p>"


def event_news(categories):
    today = timezone.localdate()
    events = (
        Exhibition.objects.published()
        .filter(slug__in=[row.slug for row in EVENTS], ends_on__lt=today)
        .prefetch_related("partners", "photos")
    )
    existing = set(
        Article.objects.filter(slug__startswith="event-news-").values_list("slug", flat=True)
    )
    created = 0
    for event in events:
        slug = f"event-news-{event.slug}"
        if slug in existing:
            continue
        moment = datetime.datetime.combine(
            event.ends_on + datetime.timedelta(days=1), datetime.time(10)
        )
        published_at = min(
            timezone.make_aware(moment), timezone.now() - datetime.timedelta(hours=1)
        )
        partners = list(event.partners.all())
        body = {
            code: (
                f"<p>{escape(getattr(event, f'summary_{code}'))}</p>"
                + partners_sentence(partners, code)
                + f"<p>{escape(thanks.format(city=getattr(event, f'city_{code}')))}</p>"
            )
            for code, thanks in (("en", THANKS_EN), ("ar", THANKS_AR))
        }
        photo = next(iter(event.photos.all()), None)
        article = Article(
            slug=slug,
            kind=ArticleKind.NEWS,
            category=categories["conferences"],
            title=TITLE_AR.format(title=event.title_ar),
            title_ar=TITLE_AR.format(title=event.title_ar),
            title_en=TITLE_EN.format(title=event.title_en),
            summary=event.summary_ar,
            summary_ar=event.summary_ar,
            summary_en=event.summary_en,
            body=body["ar"],
            body_ar=body["ar"],
            body_en=body["en"],
            exhibition=event,
            status=Status.PUBLISHED,
            published_at=published_at,
        )
        if photo is not None:
            article.image = own_copy(photo.image)  # its own file (django-cleanup)
            article.image_alt = photo.image_alt_ar
            article.image_alt_ar = photo.image_alt_ar
            article.image_alt_en = photo.image_alt_en
        article.save()
        article.related_partners.set(partners)
        created += 1
    return created
