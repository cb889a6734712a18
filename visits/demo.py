"""Demo visits and delegations (``manage.py seed_demo``), built from the rows in
``demo_content.py``. Creates visits' rows only — people, visits, participants, photos and the
links to the agreements signed during visits; host institutions and agreements come from the
partners demo, which runs first (``DEPENDS_ON``). Dates are relative to today.
``--scale N`` adds (N-1) × 30 archive visits with bulk inserts, for benchmarks.
"""

import datetime

from django.utils import timezone

from intloffice.cache import content_changed
from intloffice.demo import OWNER_COUNTRY
from intloffice.demo_data import agree
from intloffice.demo_images import PICTURE_ALT, own_copy, photo
from intloffice.publishing import Status
from partners.models import Agreement, Partner

from .demo_content import BODY, PEOPLE, PHOTO_TEXT, SUMMARY, VISITS, person_subject
from .models import (
    Direction,
    ParticipantRole,
    Person,
    SignedAgreement,
    Visit,
    VisitParticipant,
    VisitPhoto,
)

DEPENDS_ON = ("partners",)

#: Visits an older version of the demo made under these slugs, which tied real offices (a head
#: of government, a head of state) to a named country; the review rejected them (issue 10), and
#: the demo now tells each as the visit under the new slug. Re-seeding a database made by that
#: version replaces the old row by the new one, so neither stays twice nor keeps the old story.
RETIRED = {
    "former-prime-minister-malaysia": "former-minister-higher-education-malaysia",
    "former-president-senegal": "former-minister-culture-senegal",
}


def _person(key, organisations):
    row = PEOPLE[key]
    person = Person.objects.filter(name_en=row.name_en, country=row.country).first()
    if person:
        return person, False
    person = Person.objects.create(
        honorific_en=row.honorific_en,
        honorific_ar=row.honorific_ar,
        name_en=row.name_en,
        name_ar=row.name_ar,
        position_en=row.position_en,
        position_ar=row.position_ar,
        category=row.category,
        country=row.country,
        organisation=organisations.get(row.organisation),
    )
    return person, True


def _published_at(start):
    moment = timezone.make_aware(datetime.datetime.combine(start, datetime.time(12)))
    return min(moment, timezone.now() - datetime.timedelta(hours=1))


def summary_texts(template, subject):
    """A summary template (``SUMMARY``) for a head of delegation, agreeing with them."""
    return {
        "summary_en": agree(template.en, subject).format(head=subject.name.en),
        "summary_ar": agree(template.ar, subject).format(head=subject.name.ar),
    }


def _summary(row, head):
    return summary_texts(SUMMARY[row.kind], person_subject(PEOPLE[row.head]))


def _body(row):
    return BODY.get(row.kind) or BODY[row.direction]


def _visit(row, head, host, starts_on):
    return Visit(
        slug=row.slug,
        title_en=row.title.en,
        title_ar=row.title.ar,
        direction=row.direction,
        kind=row.kind,
        starts_on=starts_on,
        ends_on=starts_on + datetime.timedelta(days=row.days - 1),
        # The place of the visit: the university's own for incoming ones (the visitors' country
        # is their people's), the host's city and country for outgoing ones.
        country=OWNER_COUNTRY if row.direction == Direction.INCOMING else row.country,
        city_en=row.city.en,
        city_ar=row.city.ar,
        host_partner=host,
        **_summary(row, head),
        body_en=_body(row).en,
        body_ar=_body(row).ar,
        status=Status.PUBLISHED,
        published_at=_published_at(starts_on),
    )


def seed(scale=1, stdout=None):
    today = timezone.localdate()
    counts = {"people": 0, "visits": 0, "photos": 0, "signed agreements": 0}
    # What the partners demo made (missing rows, e.g. deleted by staff, are left out).
    named = {row.host for row in VISITS} | {row.organisation for row in PEOPLE.values()}
    partners = Partner.objects.in_bulk([slug for slug in named if slug], field_name="slug")
    agreements = Agreement.objects.in_bulk(
        [row.agreement for row in VISITS if row.agreement], field_name="slug"
    )
    people = {}
    for key in PEOPLE:
        people[key], created = _person(key, partners)
        counts["people"] += created

    for visit in Visit.objects.filter(slug__in=list(RETIRED)):
        visit.delete()  # one by one: django-cleanup removes its photos
    existing = set(
        Visit.objects.filter(slug__in=[r.slug for r in VISITS]).values_list("slug", flat=True)
    )
    for row in VISITS:
        if row.slug in existing:
            continue
        starts_on = today - datetime.timedelta(days=row.days_ago)
        visit = _visit(row, people[row.head], partners.get(row.host), starts_on)
        visit.save()
        counts["visits"] += 1
        VisitParticipant.objects.bulk_create(
            [VisitParticipant(visit=visit, person=people[row.head], role=ParticipantRole.HEAD)]
            + [
                VisitParticipant(
                    visit=visit, person=people[key], role=ParticipantRole.MEMBER, order=order
                )
                for order, key in enumerate(row.members, start=1)
            ]
        )
        for order, text in enumerate(PHOTO_TEXT):
            VisitPhoto.objects.create(
                visit=visit,
                image=photo(f"{row.slug}-{order + 1}"),
                image_alt_en=PICTURE_ALT.en,
                image_alt_ar=PICTURE_ALT.ar,
                caption_en=text.caption_en,
                caption_ar=text.caption_ar,
                order=order,
            )
            counts["photos"] += 1
        if row.agreement in agreements:
            _link, created = SignedAgreement.objects.get_or_create(
                agreement=agreements[row.agreement], defaults={"visit": visit}
            )
            counts["signed agreements"] += created

    if scale > 1:
        counts["visits"] += _seed_archive(scale, today, people, stdout)
    return counts


def _seed_archive(scale, today, people, stdout):
    """(scale - 1) × 30 further published visits for benchmarks, in bulk, idempotent."""
    wanted = (scale - 1) * 30
    slugs = [f"archive-visit-{i:05d}" for i in range(wanted)]
    existing = set(Visit.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    missing = [(i, slug) for i, slug in enumerate(slugs) if slug not in existing]
    if not missing:
        return 0
    photos = list(VisitPhoto.objects.order_by("pk")[:4])
    keys = list(PEOPLE)
    visits = []
    for i, slug in missing:
        row = VISITS[i % len(VISITS)]
        starts_on = today - datetime.timedelta(days=30 + (i * 7) % 1060)
        visit = _visit(row, people[row.head], None, starts_on)
        visit.slug = slug
        visit.title_en = f"{row.title.en} ({i + 1})"
        visit.title_ar = f"{row.title.ar} ({i + 1})"
        visits.append(visit)
    created = Visit.objects.bulk_create(visits, batch_size=500)
    created = list(Visit.objects.filter(slug__in=[v.slug for v in created]).order_by("slug"))
    participants, gallery = [], []
    for n, visit in enumerate(created):
        chosen = [keys[(n + j * 7) % len(keys)] for j in range(6)]
        for order, key in enumerate(dict.fromkeys(chosen)):
            role = ParticipantRole.HEAD if order == 0 else ParticipantRole.MEMBER
            participants.append(
                VisitParticipant(visit=visit, person=people[key], role=role, order=order)
            )
        for order, source in enumerate(photos[:2] if n % 3 else photos[2:4]):
            gallery.append(
                VisitPhoto(
                    visit=visit,
                    image=own_copy(source.image),
                    image_alt_en=source.image_alt_en,
                    image_alt_ar=source.image_alt_ar,
                    caption_en=source.caption_en,
                    caption_ar=source.caption_ar,
                    order=order,
                )
            )
    VisitParticipant.objects.bulk_create(participants, batch_size=1000)
    VisitPhoto.objects.bulk_create(gallery, batch_size=1000)
    content_changed()  # bulk inserts send no signals
    if stdout:
        stdout.write(f"visits: {len(created)} archive visits for --scale {scale}.")
    return len(created)
