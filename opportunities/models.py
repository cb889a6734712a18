"""Opportunities (scholarships, funding calls, exchange programmes, training) and the
university's students abroad (staff only: public pages show aggregate counts, never a person).

An opportunity's state — upcoming, open, closed — is derived from its dates: it opens at the
start of ``opens_on`` (the site's time zone) and closes at ``deadline`` (a moment, shown with
its time zone).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from intloffice.publishing import Publishable, PublishedQuerySet, gather_errors
from intloffice.reminders import DailyRun
from intloffice.richtext import RichTextField
from partners.models import Partner

#: The home page and the reminder speak of deadlines within this many days as "closing soon".
CLOSING_SOON_DAYS = 7


class OpportunityKind(models.TextChoices):
    SCHOLARSHIP = "scholarship", _("Scholarship")
    FUNDING_CALL = "funding_call", _("Research funding call")
    EXCHANGE = "exchange", _("Exchange programme")
    TRAINING = "training", _("Training")


class Audience(models.TextChoices):
    STUDENTS = "students", _("Students")
    FACULTY = "faculty", _("Faculty")
    STAFF = "staff", _("Staff")


class OpportunityState(models.TextChoices):
    """Where an opportunity stands now, derived from its dates."""

    OPEN = "open", _("Open")
    UPCOMING = "upcoming", _("Upcoming")
    CLOSED = "closed", _("Closed")


#: Open first, then upcoming, then closed (the list's order).
STATE_RANK = {OpportunityState.OPEN: 0, OpportunityState.UPCOMING: 1, OpportunityState.CLOSED: 2}


class OpportunityQuerySet(PublishedQuerySet):
    def open(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_on__lte=timezone.localdate(now), deadline__gte=now)

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_on__gt=timezone.localdate(now), deadline__gte=now)

    def closed(self, now=None):
        return self.filter(deadline__lt=now or timezone.now())

    def not_closed(self, now=None):
        return self.filter(deadline__gte=now or timezone.now())

    def closing_within(self, days, now=None):
        """Open, with a deadline in the next ``days`` days."""
        now = now or timezone.now()
        return self.open(now).filter(deadline__lte=now + datetime.timedelta(days=days))

    def with_state(self, now=None):
        """Annotate ``state`` (an OpportunityState value) and ``state_rank`` (0 open, 1 upcoming,
        2 closed), computed in the database."""
        now = now or timezone.now()
        today = timezone.localdate(now)
        return self.annotate(
            state=Case(
                When(deadline__lt=now, then=Value(OpportunityState.CLOSED.value)),
                When(opens_on__gt=today, then=Value(OpportunityState.UPCOMING.value)),
                default=Value(OpportunityState.OPEN.value),
                output_field=models.CharField(max_length=10),
            ),
            state_rank=Case(
                When(deadline__lt=now, then=Value(2)),
                When(opens_on__gt=today, then=Value(1)),
                default=Value(0),
                output_field=models.IntegerField(),
            ),
        )

    def in_list_order(self):
        """Open first by nearest deadline, then upcoming by opening date, then closed, the most
        recently closed first (needs ``with_state``)."""
        return self.order_by(
            "state_rank",
            Case(When(state_rank=1, then="opens_on")),
            Case(When(state_rank__lt=2, then="deadline")),
            "-deadline",
            "pk",
        )

    def for_cards(self):
        return self.select_related("provider_partner").defer(
            "description",
            "description_ar",
            "description_en",
            "eligibility",
            "eligibility_ar",
            "eligibility_en",
            "how_to_apply",
            "how_to_apply_ar",
            "how_to_apply_en",
        )

    def related_to(self, opportunity, now=None):
        """Other open or upcoming opportunities of the same kind, audience or provider."""
        same = Q(kind=opportunity.kind) | Q(audience=opportunity.audience)
        if opportunity.provider_partner_id:
            same |= Q(provider_partner_id=opportunity.provider_partner_id)
        return self.not_closed(now).filter(same).exclude(pk=opportunity.pk)


class Opportunity(Publishable):
    title = models.CharField(_("title"), max_length=250)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OpportunityKind.choices, db_index=True
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, db_index=True
    )
    provider_partner = models.ForeignKey(
        Partner,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="opportunities",
        verbose_name=_("provider (partner)"),
        help_text=_("The partner institution offering it, if it is one of our partners."),
    )
    provider_name = models.CharField(
        _("provider (other)"),
        max_length=250,
        blank=True,
        help_text=_("The provider's name when it is not one of our partners."),
    )
    opens_on = models.DateField(_("opens on"), db_index=True)
    deadline = models.DateTimeField(
        _("deadline"),
        db_index=True,
        help_text=_("Date and time in the site's time zone; applications close at this moment."),
    )
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = RichTextField(_("description"))
    eligibility = RichTextField(_("eligibility"), blank=True)
    how_to_apply = RichTextField(_("how to apply"), blank=True)
    link = models.URLField(
        _("link"), blank=True, help_text=_("The provider's page with the full call.")
    )

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("opportunities:opportunity_detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = gather_errors({}, super().clean)
        if self.opens_on and self.deadline and timezone.localdate(self.deadline) < self.opens_on:
            errors["deadline"] = _(
                "The deadline cannot come before the opening date (%(opens_on)s)."
            ) % {"opens_on": self.opens_on.isoformat()}
        if not self.provider_partner_id and not any(
            (getattr(self, f"provider_name_{code}", "") or "").strip() for code in ("ar", "en")
        ):
            errors["provider_partner"] = _(
                "Choose the partner offering this opportunity, or type the provider's name."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def state(self):
        """The annotated state when present, else computed from the same rules."""
        annotated = self.__dict__.get("_state_value")
        if annotated:
            return annotated
        now = timezone.now()
        if self.deadline < now:
            return OpportunityState.CLOSED.value
        if self.opens_on > timezone.localdate(now):
            return OpportunityState.UPCOMING.value
        return OpportunityState.OPEN.value

    @state.setter
    def state(self, value):  # ``with_state`` sets it on every row
        self.__dict__["_state_value"] = value

    def get_state_display(self):
        return OpportunityState(self.state).label

    @property
    def is_closed(self):
        return self.state == OpportunityState.CLOSED

    @property
    def days_left(self):
        """Whole days from today to the deadline's day (0: closes today), in the site's zone."""
        return (timezone.localdate(self.deadline) - timezone.localdate()).days

    @property
    def deadline_zone(self):
        """The site's time zone the deadline is shown in: its name and UTC offset on that day
        ("Asia/Gaza", "+02:00")."""
        local = timezone.localtime(self.deadline)
        offset = local.strftime("%z")
        return {
            "name": timezone.get_current_timezone_name(),
            "offset": f"{offset[:3]}:{offset[3:]}",
        }

    @property
    def provider(self):
        """The partner, or the provider's name."""
        return self.provider_partner or self.provider_name


class Degree(models.TextChoices):
    MASTERS = "masters", _("Master's")
    DOCTORATE = "doctorate", _("Doctorate")


class StudyStatus(models.TextChoices):
    STUDYING = "studying", _("Studying")
    COMPLETED = "completed", _("Completed")
    SUSPENDED = "suspended", _("Suspended")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class StudentAbroadQuerySet(models.QuerySet):
    def current(self):
        return self.filter(status=StudyStatus.STUDYING)


class StudentAbroad(models.Model):
    """One of the university's students taking a master's or a doctorate abroad, followed by
    the office. Personal data: staff only, never on a public page."""

    name = models.CharField(_("name"), max_length=200)
    degree = models.CharField(_("degree"), max_length=12, choices=Degree.choices, db_index=True)
    field = models.CharField(_("field of study"), max_length=200)
    host_institution = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="students_abroad",
        verbose_name=_("host institution"),
    )
    country = CountryField(
        _("country"), blank=True, db_index=True, help_text=_("Empty: the host institution's.")
    )
    started_on = models.DateField(_("started on"))
    expected_on = models.DateField(_("expected completion"), db_index=True)
    supervisor = models.CharField(_("supervisor"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=StudyStatus.choices,
        default=StudyStatus.STUDYING,
        db_index=True,
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = StudentAbroadQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("student abroad")
        verbose_name_plural = _("students abroad")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.country and self.host_institution_id:
            self.country = self.host_institution.country
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.started_on and self.expected_on and self.expected_on < self.started_on:
            raise ValidationError(
                {"expected_on": _("The expected completion cannot come before the start.")}
            )


class DeadlineReminder(DailyRun):
    """One row per day the deadline reminder ran: what it sent, and that it ran (so a second
    run the same day sends nothing)."""

    opportunity_count = models.PositiveIntegerField(_("opportunities reported"), default=0)

    class Meta(DailyRun.Meta):
        verbose_name = _("deadline reminder")
        verbose_name_plural = _("deadline reminders")
