"""Demo exhibitions, fairs and conferences (``manage.py seed_demo``), built from the rows in
``demo_content.py``. Creates this app's rows only; the partners and people it links to come
from the partners and visits demos, which run first (``DEPENDS_ON``), looked up by slug and
by name. Dates are relative to today: two events are still to come and one is under way.
``--scale N`` adds (N-1) × 30 archive events with bulk inserts, for benchmarks.
"""

import datetime

from django.utils import timezone

from intloffice.cache import content_changed
from intloffice.demo_images import PICTURE_ALT, own_copy, photo
from intloffice.publishing import Status
from partners.models import Partner
from visits.demo_content import PEOPLE
from visits.models import Person

from .demo_content import ACHIEVEMENTS, CONTACTS, DESCRIPTION, EVENTS, PHOTO_TEXT
from .models import Exhibition, ExhibitionPhoto

DEPENDS_ON = ("partners", "visits")


def _people():
    """{PEOPLE key: Person} for the people the visits demo made (by name and country)."""
    wanted = {key for row in EVENTS for key in row.attendees}
    found = {}
    for person in Person.objects.filter(name_en__in=[PEOPLE[key].name_en for key in wanted]):
        for key in wanted:
            row = PEOPLE[key]
            if person.name_en == row.name_en and person.country == row.country:
                found[key] = person
    return found


def _published_at(start):
    moment = timezone.make_aware(datetime.datetime.combine(start, datetime.time(9)))
    return min(moment - datetime.timedelta(days=30), timezone.now() - datetime.timedelta(hours=1))


def _event(row, starts_on, today):
    ends_on = starts_on + datetime.timedelta(days=row.days - 1)
    ended = ends_on < today
    description = DESCRIPTION[row.kind]
    return Exhibition(
        slug=row.slug,
        title_en=row.title.en,
        title_ar=row.title.ar,
        kind=row.kind,
        role=row.role,
        starts_on=starts_on,
        ends_on=ends_on,
        venue_en=row.venue.en,
        venue_ar=row.venue.ar,
        city_en=row.city.en,
        city_ar=row.city.ar,
        country=row.country,
        summary_en=row.summary.en,
        summary_ar=row.summary.ar,
        description_en=description.en,
        description_ar=description.ar,
        achievements_en=ACHIEVEMENTS.en if ended else "",
        achievements_ar=ACHIEVEMENTS.ar if ended else "",
        contacts_made_en=CONTACTS.en if ended else "",
        contacts_made_ar=CONTACTS.ar if ended else "",
        report_public=ended and row.report_public,
        status=Status.PUBLISHED,
        published_at=_published_at(starts_on),
    )


def seed(scale=1, stdout=None):
    today = timezone.localdate()
    counts = {"events": 0, "photos": 0}
    partners = Partner.objects.in_bulk(
        list({slug for row in EVENTS for slug in row.partners}), field_name="slug"
    )
    people = _people()
    existing = set(
        Exhibition.objects.filter(slug__in=[r.slug for r in EVENTS]).values_list("slug", flat=True)
    )
    for row in EVENTS:
        if row.slug in existing:
            continue
        starts_on = today - datetime.timedelta(days=row.days_ago)
        event = _event(row, starts_on, today)
        event.save()
        counts["events"] += 1
        event.partners.set([partners[slug] for slug in row.partners if slug in partners])
        event.attendees.set([people[key] for key in row.attendees if key in people])
        if event.ends_on >= today:
            continue  # photos come after the event
        for order, text in enumerate(PHOTO_TEXT):
            ExhibitionPhoto.objects.create(
                exhibition=event,
                image=photo(f"{row.slug}-{order + 1}"),
                image_alt_en=PICTURE_ALT.en,
                image_alt_ar=PICTURE_ALT.ar,
                caption_en=text.en,
                caption_ar=text.ar,
                order=order,
            )
            counts["photos"] += 1
    if scale > 1:
        counts["events"] += _seed_archive(scale, today, stdout)
    return counts


def _seed_archive(scale, today, stdout):
    """(scale - 1) × 30 further published events for benchmarks (a quarter still to come),
    in bulk, idempotent."""
    wanted = (scale - 1) * 30
    slugs = [f"archive-event-{i:05d}" for i in range(wanted)]
    existing = set(Exhibition.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    missing = [(i, slug) for i, slug in enumerate(slugs) if slug not in existing]
    if not missing:
        return 0
    photos = list(ExhibitionPhoto.objects.order_by("pk")[:2])
    events = []
    for i, slug in missing:
        row = EVENTS[i % len(EVENTS)]
        starts_on = today + datetime.timedelta(days=365 - (i * 49) % 1460)
        event = _event(row, starts_on, today)
        event.slug = slug
        event.title_en = f"{row.title.en} ({i + 1})"
        event.title_ar = f"{row.title.ar} ({i + 1})"
        events.append(event)
    Exhibition.objects.bulk_create(events, batch_size=500)
    created = list(Exhibition.objects.filter(slug__in=[e.slug for e in events]).order_by("slug"))
    gallery = [
        ExhibitionPhoto(
            exhibition=event,
            image=own_copy(source.image),
            image_alt_en=source.image_alt_en,
            image_alt_ar=source.image_alt_ar,
            caption_en=source.caption_en,
            caption_ar=source.caption_ar,
            order=order,
        )
        for event in created
        for order, source in enumerate(photos)
    ]
    ExhibitionPhoto.objects.bulk_create(gallery, batch_size=1000)
    content_changed()  # bulk inserts send no signals
    if stdout:
        stdout.write(f"exhibitions: {len(created)} archive events for --scale {scale}.")
    return len(created)
