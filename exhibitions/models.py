"""Exhibitions, fairs, conferences and other events the office organises or takes part in."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from intloffice.images import GalleryPhoto
from intloffice.publishing import Publishable, PublishedQuerySet
from intloffice.richtext import RichTextField


class ExhibitionKind(models.TextChoices):
    EXHIBITION = "exhibition", _("Exhibition")
    BOOK_FAIR = "book_fair", _("Book fair")
    EDUCATION_FAIR = "education_fair", _("Education fair")
    CONFERENCE = "conference", _("Conference")
    FORUM = "forum", _("Forum")
    SEMINAR = "seminar", _("Seminar")
    WORKSHOP = "workshop", _("Workshop")


class OfficeRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    CO_ORGANISER = "co_organiser", _("Co-organiser")
    PARTICIPANT = "participant", _("Participant")


class EventState(models.TextChoices):
    """Where an event stands on a given day (not stored: derived from its dates)."""

    UPCOMING = "upcoming", _("Upcoming")
    TODAY = "today", _("Today")
    ONGOING = "ongoing", _("Ongoing")
    ENDED = "ended", _("Ended")


# The models an event card's prefetch reads (``fragments.Cards(keep=...)``), as visits have.
CARD_MODELS = ("exhibitions.exhibitionphoto",)


class ExhibitionQuerySet(PublishedQuerySet):
    def upcoming(self, today=None):
        """Events that have not ended (ongoing ones included), soonest first."""
        today = today or timezone.localdate()
        return self.filter(ends_on__gte=today).order_by("starts_on", "ends_on", "pk")

    def past(self, today=None):
        """Events that have ended, newest first."""
        today = today or timezone.localdate()
        return self.filter(ends_on__lt=today).order_by("-starts_on", "-ends_on", "-pk")

    def for_list(self):
        """What a card shows: the photos (``gallery``; the first is the thumbnail), in one
        query whatever the page size."""
        return self.prefetch_related(
            Prefetch(
                "photos",
                queryset=ExhibitionPhoto.objects.order_by("order", "pk"),
                to_attr="gallery",
            )
        ).defer(*self.model.long_text_columns())

    def with_partner(self, partner):
        """Events the partner took part in (for its page)."""
        return self.filter(partners=partner)

    def counts_by_country(self):
        """{country code: number of events}, in one query (chain after ``published()``)."""
        rows = self.order_by().values_list("country").annotate(n=Count("pk"))
        return {code: n for code, n in rows if code}


class Exhibition(Publishable):
    title = models.CharField(_("title"), max_length=250)
    kind = models.CharField(_("kind"), max_length=16, choices=ExhibitionKind.choices, db_index=True)
    role = models.CharField(
        _("the office's role"), max_length=16, choices=OfficeRole.choices, db_index=True
    )
    starts_on = models.DateField(_("starts on"), db_index=True)
    ends_on = models.DateField(_("ends on"), db_index=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), db_index=True)
    website = models.URLField(_("website"), blank=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists and calendars.")
    )
    description = RichTextField(_("description"), blank=True)
    attendees = models.ManyToManyField(
        "visits.Person",
        blank=True,
        related_name="exhibitions",
        verbose_name=_("experts and staff attending"),
    )
    partners = models.ManyToManyField(
        "partners.Partner",
        blank=True,
        related_name="exhibitions",
        verbose_name=_("partners involved"),
    )
    # The post-event report: internal unless staff make it public.
    achievements = RichTextField(
        _("achievements shown"),
        blank=True,
        help_text=_("What the university showed there: programmes, research, publications."),
    )
    contacts_made = models.TextField(
        _("contacts made"),
        blank=True,
        help_text=_("Institutions and people met, and what was agreed to follow up."),
    )
    report_public = models.BooleanField(
        _("show the report on the public page"),
        default=False,
        help_text=_("Leave unticked to keep the achievements and contacts for staff only."),
    )

    objects = ExhibitionQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("exhibition or event")
        verbose_name_plural = _("exhibitions and events")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="exhibition_ends_after_start",
                violation_error_message=_("The event cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exhibitions:exhibition_detail", kwargs={"slug": self.slug})

    def get_ics_url(self):
        return reverse("exhibitions:exhibition_ics", kwargs={"slug": self.slug})

    @classmethod
    def long_text_columns(cls):
        """The rich-text columns a card or a calendar never reads."""
        from django.conf import settings

        names = ("description", "achievements", "contacts_made")
        codes = [code for code, _name in settings.LANGUAGES]
        return [*names, *(f"{name}_{code}" for name in names for code in codes)]

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = [
                _(
                    "The event cannot end before it starts: choose an end date on or after %(start)s."
                )
                % {"start": self.starts_on.isoformat()}
            ]
        try:
            super().clean()
        except ValidationError as exc:
            for field, messages in exc.update_error_dict({}).items():
                errors.setdefault(field, []).extend(messages)
        if errors:
            raise ValidationError(errors)

    @property
    def is_one_day(self):
        return self.starts_on == self.ends_on

    def state(self, today=None):
        """upcoming, today (a one-day event today), ongoing, or ended."""
        today = today or timezone.localdate()
        if self.ends_on < today:
            return EventState.ENDED
        if self.starts_on > today:
            return EventState.UPCOMING
        return EventState.TODAY if self.is_one_day else EventState.ONGOING

    @property
    def current_state(self):
        return self.state()

    @property
    def days_until(self):
        return (self.starts_on - timezone.localdate()).days

    @property
    def ics_end(self):
        """DTEND of an all-day event: the day after the last day (exclusive)."""
        return self.ends_on + datetime.timedelta(days=1)


class ExhibitionPhoto(GalleryPhoto):
    exhibition = models.ForeignKey(Exhibition, on_delete=models.CASCADE, related_name="photos")

    class Meta(GalleryPhoto.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
