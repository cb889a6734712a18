"""Demo partners, agreements and memberships (``manage.py seed_demo``), built from the rows in
``demo_content.py``. Creates partners' rows only; the agreements signed during visits are
among them (the visits demo links them to their visits).

Dates are relative to today, so every agreement status stays represented. ``scale`` > 1 adds
branch copies in bulk for benchmarks (each with its own copy of the original's logo file).
Logos are emblems with a monogram in the partner's own script (``demo_images.monogram``).
"""

import datetime

from django.utils import timezone

from intloffice.demo_data import Text
from intloffice.demo_images import logo, monogram, own_copy
from intloffice.publishing import Status
from intloffice.text import normalize_search_text

from .demo_content import (
    AGREEMENT_TOPICS,
    AGREEMENTS,
    DESCRIPTION,
    MEMBERSHIPS,
    PARTNERS,
    SIGNATORIES,
    SUMMARY,
    TOPICS,
)
from .models import Agreement, Membership, Partner

DEPENDS_ON = ()
ROWS = {row.slug: row for row in PARTNERS}


def _partner_fields(row, now):
    topic = TOPICS[row.kind]
    first, second = row.slug.split("-")[:2]
    return {
        "kind": row.kind,
        "country": row.country,
        "city_en": row.city.en,
        "city_ar": row.city.ar,
        "name_en": row.name.en,
        "name_ar": row.name.ar,
        "short_name_en": row.short_name.en,
        "short_name_ar": row.short_name.ar or row.short_name.en,
        "description_en": DESCRIPTION.en.format(name=row.name.en, topic=topic.en),
        "description_ar": DESCRIPTION.ar.format(name=row.name.ar, topic=topic.ar),
        "relationship_since": row.since,
        "website": f"https://www.{first}-{second}.example.org/",
        "featured": row.since <= 2010,
        "status": Status.PUBLISHED,
        "published_at": now - datetime.timedelta(days=30),
    }


def _seed_partners(now):
    existing = set(
        Partner.objects.filter(slug__in=[row.slug for row in PARTNERS]).values_list(
            "slug", flat=True
        )
    )
    created = 0
    for row in PARTNERS:
        if row.slug in existing:
            continue
        fields = _partner_fields(row, now)
        partner = Partner(slug=row.slug, **fields)
        partner.logo_alt_en = f"Logo of {row.name.en}"
        partner.logo_alt_ar = f"شعار {row.name.ar}"
        letters = monogram(row.name.en, row.name.ar, row.country, row.short_name.en)
        partner.logo.save(f"{row.slug}.png", logo(letters, 240, seed=row.slug), save=False)
        partner.save()
        created += 1
    return created


def _join_names(names, language):
    """ "A, B and C" / «أ وب وج»."""
    if language == "ar":
        return " و".join(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def agreement_title(title, names):
    """``title`` (a ``Text``) naming every partner (``names``, ``Text``s) in full, in both
    languages: a shortened name after "with"/«مع» is replaced, a title without one gets it."""
    if all(name.en in title.en and name.ar in title.ar for name in names):
        return title
    en, ar = title.en.split(" with ")[0], title.ar.split(" مع ")[0]
    return Text(
        f"{en} with {_join_names([n.en for n in names], 'en')}",
        f"{ar} مع {_join_names([n.ar for n in names], 'ar')}",
    )


def _seed_agreements(now, today):
    partners = {p.slug: p for p in Partner.objects.filter(slug__in=[r.slug for r in PARTNERS])}
    existing = set(
        Agreement.objects.filter(slug__in=[row.slug for row in AGREEMENTS]).values_list(
            "slug", flat=True
        )
    )
    created = 0
    for row in AGREEMENTS:
        if row.slug in existing:
            continue
        signed, starts, ends = row.dates(today)
        topic = AGREEMENT_TOPICS[row.kind]
        title = agreement_title(row.title, [ROWS[slug].name for slug in row.partners])
        agreement = Agreement.objects.create(
            slug=row.slug,
            kind=row.kind,
            title_en=title.en,
            title_ar=title.ar,
            signed_on=signed,
            starts_on=starts,
            ends_on=ends,
            renewal=row.renewal,
            terminated=row.terminated,
            is_public=row.public,
            signatories_en=SIGNATORIES.en,
            signatories_ar=SIGNATORIES.ar,
            summary_en=SUMMARY.en.format(topic=topic.en),
            summary_ar=SUMMARY.ar.format(topic=topic.ar),
            status=Status.PUBLISHED,
            published_at=now - datetime.timedelta(days=7),
        )
        agreement.partners.set([partners[slug] for slug in row.partners])
        created += 1
    return created


def _seed_memberships(today):
    created = 0
    for row in MEMBERSHIPS:
        partner = Partner.objects.get(slug=row.partner)
        since = today.replace(month=1, day=1, year=today.year - row.since_years_ago)
        ended = None
        if row.ended_years_ago is not None:
            ended = today.replace(month=6, day=30, year=today.year - row.ended_years_ago)
        _membership, was_created = Membership.objects.get_or_create(
            partner=partner,
            since=since,
            defaults={
                "ended_on": ended,
                "role_en": row.role.en,
                "role_ar": row.role.ar,
                "note_en": "",
                "note_ar": "",
                "order": row.order,
            },
        )
        created += was_created
    return created


def _seed_scaled(scale, now, today):
    """Branch copies of every partner and agreement, in bulk (benchmarks)."""
    if scale <= 1:
        return 0, 0
    originals = {p.slug: p for p in Partner.objects.filter(slug__in=[r.slug for r in PARTNERS])}
    wanted = {f"{row.slug}-{copy}": (row, copy) for copy in range(2, scale + 1) for row in PARTNERS}
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
        source = originals.get(row.slug)
        partner.logo = own_copy(source.logo) if source and source.logo else ""
        partner.logo_alt_en = f"Logo of {fields['name_en']}"
        partner.logo_alt_ar = f"شعار {fields['name_ar']}"
        partner.search_text = partner.build_search_text()
        new_partners.append(partner)
    Partner.objects.bulk_create(new_partners, batch_size=500)

    wanted_agreements = {
        f"{row.slug}-{copy}": (row, copy) for copy in range(2, scale + 1) for row in AGREEMENTS
    }
    existing = set(
        Agreement.objects.filter(slug__in=list(wanted_agreements)).values_list("slug", flat=True)
    )
    partner_ids = dict(Partner.objects.filter(slug__in=list(wanted)).values_list("slug", "pk"))
    new_agreements, links = [], []
    for slug, (row, copy) in wanted_agreements.items():
        if slug in existing:
            continue
        signed, starts, ends = row.dates(today, shift=copy)
        branches = [
            Text(f"{ROWS[p].name.en}, branch {copy}", f"{ROWS[p].name.ar}، الفرع {copy}")
            for p in row.partners
        ]
        title = agreement_title(
            Text(row.title.en.split(" with ")[0], row.title.ar.split(" مع ")[0]), branches
        )
        agreement = Agreement(
            slug=slug,
            kind=row.kind,
            title_en=title.en,
            title_ar=title.ar,
            signed_on=signed,
            starts_on=starts,
            ends_on=ends,
            renewal=row.renewal,
            terminated=row.terminated,
            is_public=row.public,
            status=Status.PUBLISHED,
            published_at=now - datetime.timedelta(days=7),
        )
        agreement.search_text = normalize_search_text(f"{title.ar} {title.en}")
        new_agreements.append(agreement)
        links.append([partner_ids[f"{partner}-{copy}"] for partner in row.partners])
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
