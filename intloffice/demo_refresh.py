"""Keeping a demo database fresh when ``seed_demo`` runs again on a later day (DESIGN.md "Demo
content": dates are relative to the day the command runs).

``seed_demo`` keeps the rows it finds, so staff edits survive a re-run. Its dates would then
age: an event "in ten days" on the first day is a month past a month later. So, before the
apps' demos run, every public row that nobody has changed since it was created (its
``updated_at`` within ``UNTOUCHED_WITHIN`` of its ``created_at``) moves forward by the days
since it was created: all its dates and times, and its ``created_at``, so each row keeps its
place relative to "today" and a second run on the same day moves nothing. Rows staff have
edited keep their dates. It runs only on the demo's own site (the fictional owner in
SiteSettings): an office that made the site its own never has its content moved.
"""

from datetime import timedelta

from django.apps import apps
from django.db import models
from django.db.models import ExpressionWrapper, F
from django.utils import timezone

from .demo import OWNER_NAME
from .models import SiteSettings
from .publishing import Publishable

UNTOUCHED_WITHIN = timedelta(minutes=10)
STAMPS = ("created_at", "updated_at")


def is_demo_site():
    return SiteSettings.get_solo().university_name_en == OWNER_NAME["en"]


def _date_fields(model):
    """The model's own dates and times (DateTimeField is a DateField), stamps excluded."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.DateField) and field.name not in STAMPS
    ]


def _moved(field, days):
    return ExpressionWrapper(F(field.name) + timedelta(days=days), output_field=field)


def refresh(today=None):
    """Move the untouched demo rows created before ``today``; returns {model label: rows}."""
    if not is_demo_site():
        return {}
    today = today or timezone.localdate()
    moved = {}
    for model in apps.get_models():
        if not issubclass(model, Publishable):
            continue
        untouched = model._default_manager.filter(
            created_at__date__lt=today, updated_at__lt=F("created_at") + UNTOUCHED_WITHIN
        )
        fields = [*_date_fields(model), *(model._meta.get_field(name) for name in STAMPS)]
        for day in untouched.dates("created_at", "day"):
            days = (today - day).days
            count = untouched.filter(created_at__date=day).update(
                **{field.name: _moved(field, days) for field in fields}
            )
            if count:
                moved[model._meta.label] = moved.get(model._meta.label, 0) + count
    return moved
