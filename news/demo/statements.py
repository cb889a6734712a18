"""The news demo's statements: every kind, one of them corrected after publication (both
wordings in its history)."""

import datetime

import reversion
from django.utils import timezone

from intloffice.demo_data import Text
from intloffice.publishing import Status

from ..models import Statement, StatementKind
from .institutions import INSTITUTIONS, fill, html
from .statement_texts import STATEMENTS

STATEMENTS_PER_KIND = 8
ISSUERS = [
    Text("The Presidency of the University", "رئاسة الجامعة"),
    Text("International Relations Office", "مكتب العلاقات الدولية"),
    Text("The University Council", "مجلس الجامعة"),
]


def _issued_on(position, today):
    """Position 0 is the newest statement; each next one is 27 days older."""
    return today - datetime.timedelta(days=10 + position * 27)


def reference_number(position, total, today):
    """ "IRA/ST/<year>/<n>": n counts the year's statements from its oldest, so numbers grow
    with the dates (the newest statement of a year has the highest number)."""
    issued_on = _issued_on(position, today)
    number = sum(
        1 for older in range(position, total) if _issued_on(older, today).year == issued_on.year
    )
    return f"IRA/ST/{issued_on.year}/{number:03d}"


def _values(kind, text, inst, position, today, total):
    issued_on = _issued_on(position, today)
    issuer = ISSUERS[position % len(ISSUERS)]
    body_ar = html(text.body_ar, inst, "ar")
    title_ar = fill(text.title_ar, inst, "ar")
    published_at = timezone.make_aware(datetime.datetime.combine(issued_on, datetime.time(11)))
    return {
        "reference_number": reference_number(position, total, today),
        "kind": kind,
        "title": title_ar,
        "title_ar": title_ar,
        "title_en": fill(text.title_en, inst, "en"),
        "body": body_ar,
        "body_ar": body_ar,
        "body_en": html(text.body_en, inst, "en"),
        "issued_by": issuer.ar,
        "issued_by_ar": issuer.ar,
        "issued_by_en": issuer.en,
        "issued_on": issued_on,
        "original_language": "ar" if position % 3 else "en",
        "status": Status.PUBLISHED,
        "published_at": published_at,
    }


def statements():
    today = timezone.localdate()
    kinds = list(StatementKind)
    existing = set(Statement.objects.values_list("slug", flat=True))
    created = 0
    for k, kind in enumerate(kinds):
        texts = STATEMENTS[kind]
        for j in range(STATEMENTS_PER_KIND):
            slug = f"statement-{kind}-{j + 1}"
            if slug in existing:
                continue
            inst = INSTITUTIONS[(j * 3 + k * 2 + j // len(texts)) % len(INSTITUTIONS)]
            position = j * len(kinds) + k
            total = STATEMENTS_PER_KIND * len(kinds)
            values = _values(kind, texts[j % len(texts)], inst, position, today, total)
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
        reversion.set_date_created(values["published_at"] + datetime.timedelta(days=2))
        reversion.set_comment("Corrected: the position covers students as well.")
