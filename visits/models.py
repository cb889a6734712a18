"""Visits and delegations: incoming dignitaries, outgoing delegations, the people in them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from intloffice.images import (
    GalleryPhoto,
    ImageAltMixin,
    PictureField,
    alt_text_field,
    decorative_field,
)
from intloffice.publishing import Publishable, PublishedQuerySet
from intloffice.richtext import RichTextField


class PersonCategory(models.TextChoices):
    HEAD_OF_STATE = "head_of_state", _("Head of state or government")
    MINISTER = "minister", _("Minister")
    PARLIAMENT = "parliament", _("Member of parliament")
    DIPLOMAT = "diplomat", _("Ambassador or diplomat")
    UNIVERSITY_PRESIDENT = "university_president", _("University president")
    ACADEMIC = "academic", _("Professor or researcher")
    RELIGIOUS = "religious", _("Religious authority or scholar")
    OTHER = "other", _("Other")


class PersonQuerySet(models.QuerySet):
    def visitors(self):
        """People who took part in a published incoming visit."""
        return self.filter(
            Exists(
                VisitParticipant.objects.filter(
                    person=OuterRef("pk"),
                    visit__in=Visit.objects.published().filter(direction=Direction.INCOMING),
                )
            )
        )

    def counts_by_category(self):
        """{category: number of people}, in one query."""
        rows = self.order_by().values_list("category").annotate(n=Count("pk"))
        return dict(rows)


class Person(ImageAltMixin, models.Model):
    """A dignitary or delegate; one row per person, reused across visits."""

    honorific = models.CharField(
        _("honorific"), max_length=60, blank=True, help_text=_("For example: H.E. / معالي")
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=250, blank=True)
    category = models.CharField(
        _("category"), max_length=24, choices=PersonCategory.choices, db_index=True
    )
    country = CountryField(_("country"), blank=True, db_index=True)
    organisation = models.ForeignKey(
        "partners.Partner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("organisation"),
    )
    photo = PictureField(_("photo"), folder="people", blank=True)
    photo_alt = alt_text_field()
    photo_decorative = decorative_field()

    objects = PersonQuerySet.as_manager()
    # The home page's figures count visitors by category (intloffice/cache.py aspects).
    aspects = {"figures": ("category",)}

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return f"{self.honorific} {self.name}".strip()


class Direction(models.TextChoices):
    INCOMING = "incoming", _("Incoming visit")
    OUTGOING = "outgoing", _("Outgoing delegation")


class VisitKind(models.TextChoices):
    OFFICIAL = "official", _("Official visit")
    RELIGIOUS = "religious", _("Meeting with religious authorities and scholars")
    ACADEMIC = "academic", _("Academic delegation")
    CONFERENCE = "conference", _("Conference trip")
    OTHER = "other", _("Other")


# The models a visit card's prefetches read (``fragments.Cards(keep=...)``).
CARD_MODELS = ("visits.visitparticipant", "visits.person", "visits.visitphoto")


def card_lookups():
    """The prefetches of a visit's card (``VisitQuerySet.for_list``; ``fragments.Cards``)."""
    heads = VisitParticipant.objects.filter(role=ParticipantRole.HEAD).select_related("person")
    return (
        Prefetch("participations", queryset=heads, to_attr="heads"),
        Prefetch("photos", queryset=VisitPhoto.objects.order_by("order", "pk"), to_attr="gallery"),
    )


class VisitQuerySet(PublishedQuerySet):
    def with_category(self, category):
        """Visits with at least one participant of the given visitor category."""
        return self.filter(
            Exists(VisitParticipant.objects.filter(visit=OuterRef("pk"), person__category=category))
        )

    def for_list(self):
        """What a list card shows: the heads of delegation (``heads``) and the photos
        (``gallery``, the first is the thumbnail), in two queries whatever the page size."""
        return self.prefetch_related(*card_lookups())

    def without_photos(self):
        return self.exclude(Exists(VisitPhoto.objects.filter(visit=OuterRef("pk"))))

    def without_arabic_text(self):
        """No Arabic title, or neither an Arabic summary nor an Arabic body (the one-language
        items marked "this language only" in English are left out: they need none)."""
        empty_title = Q(title_ar__isnull=True) | Q(title_ar="")
        empty_summary = Q(summary_ar__isnull=True) | Q(summary_ar="")
        empty_body = Q(body_ar__isnull=True) | Q(body_ar="")
        return self.filter(empty_title | (empty_summary & empty_body)).exclude(only_language="en")

    def with_partner(self, partner):
        """Visits hosted by ``partner`` or with one of its people taking part (its page)."""
        # One indexed sub-select each, joined by UNION: an OR across the join scans every visit.
        hosted = Visit.objects.filter(host_partner=partner).order_by().values("pk")
        through_people = VisitParticipant.objects.filter(person__organisation=partner).order_by()
        return self.filter(pk__in=hosted.union(through_people.values("visit")))

    def counts_by_country(self):
        """{country code: number of visits}, in one query (chain after ``published()``)."""
        rows = self.order_by().values_list("country").annotate(n=Count("pk"))
        return {code: n for code, n in rows if code}


class Visit(ImageAltMixin, Publishable):
    title = models.CharField(_("title"), max_length=250)
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, db_index=True
    )
    kind = models.CharField(_("kind"), max_length=12, choices=VisitKind.choices, db_index=True)
    starts_on = models.DateField(_("starts on"), db_index=True)
    ends_on = models.DateField(_("ends on"))
    country = CountryField(_("country"), db_index=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    host_partner = models.ForeignKey(
        "partners.Partner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visits",
        verbose_name=_("host or partner institution"),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), blank=True)
    participants = models.ManyToManyField(
        Person, through="VisitParticipant", related_name="visits", verbose_name=_("participants")
    )
    agreements = models.ManyToManyField(
        "partners.Agreement",
        through="SignedAgreement",
        related_name="+",
        blank=True,
        verbose_name=_("agreements signed during the visit"),
    )

    objects = VisitQuerySet.as_manager()
    # The figures (home page, visits/figures.py) count published visits by year, country and
    # direction: a save that changes none of these keeps them.
    aspects = {
        **Publishable.aspects,
        "figures": ("status", "published_at", "starts_on", "country", "direction"),
    }

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="visit_ends_after_start",
                violation_error_message=_("The visit cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("visits:visit_detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = [_("The visit cannot end before it starts.")]
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


class ParticipantRole(models.TextChoices):
    HEAD = "head", _("Head of delegation")
    MEMBER = "member", _("Member")


class VisitParticipant(models.Model):
    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="participations", verbose_name=_("person")
    )
    role = models.CharField(
        _("role"), max_length=8, choices=ParticipantRole.choices, default=ParticipantRole.MEMBER
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["visit", "person"],
                name="visit_participant_once",
                violation_error_message=_("This person is already a participant of this visit."),
            )
        ]

    def __str__(self):
        return str(self.person)


class VisitPhoto(GalleryPhoto):
    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="photos")

    class Meta(GalleryPhoto.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class SignedAgreement(models.Model):
    """An agreement signed during a visit. The link lives here, on the visit's side: partners
    know nothing of visits (DESIGN.md, direction of imports). One visit per agreement."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="signings", verbose_name=_("visit")
    )
    agreement = models.OneToOneField(
        "partners.Agreement",
        on_delete=models.CASCADE,
        related_name="signing",
        verbose_name=_("agreement"),
        error_messages={"unique": _("This agreement is already linked to another visit.")},
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("agreement signed during the visit")
        verbose_name_plural = _("agreements signed during the visit")

    def __str__(self):
        return str(self.agreement)
