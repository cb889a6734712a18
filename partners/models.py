"""Partner institutions, the agreements signed with them, and the university's memberships."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Count, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from intloffice.documents import DocumentField
from intloffice.images import ImageAltMixin, PictureField, alt_text_field, decorative_field
from intloffice.publishing import Publishable, PublishedQuerySet, gather_errors
from intloffice.reminders import DailyRun
from intloffice.richtext import RichTextField
from intloffice.text import normalize_search_text

#: An agreement whose end falls within this many days is "expiring".
EXPIRING_WITHIN_DAYS = 90


def name_order(field="name", language=None):
    """Order by ``field`` in the active language, falling back to Arabic, then English.

    modeltranslation's fallback works when reading an attribute, not in ``order_by``.
    """
    codes = [code for code, _name in settings.LANGUAGES]
    language = language or get_language() or codes[0]
    others = [code for code in codes if code != language]
    columns = [NullIf(F(f"{field}_{code}"), Value("")) for code in [language, *others]]
    return Coalesce(*columns, Value(""))


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", _("University")
    RESEARCH = "research", _("Research institute")
    RELIGIOUS = "religious", _("Seminary or religious authority")
    GOVERNMENT = "government", _("Government body")
    INTERNATIONAL = "international", _("International organisation")
    NETWORK = "network", _("Network or association")
    OTHER = "other", _("Other")


INACTIVE_YEARS = 3


def inactive_cutoff(today=None):
    """The day three years ago: partners with no activity since then are "inactive"."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - INACTIVE_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - INACTIVE_YEARS, day=28)


class PartnerQuerySet(PublishedQuerySet):
    def search(self, text):
        """Every word of ``text`` (Arabic folded) in the name, short name or city, any language."""
        words = normalize_search_text(text).split()[:8]
        queryset = self
        for word in words:
            queryset = queryset.filter(search_text__contains=word)
        return queryset

    def in_name_order(self, language=None):
        return self.order_by(name_order("name", language), "pk")

    def inactive_since(self, since, today=None):
        """Partners with no activity since ``since`` (a date): no agreement signed since then
        or in force today, nothing the other apps record about them since then
        (``plugins.partner_activity``: visits, events, opportunities)."""
        from intloffice import plugins

        agreements = Agreement.objects.filter(
            Q(signed_on__gte=since) | Q(pk__in=Agreement.objects.in_force(today).values("pk"))
        )
        queryset = self.exclude(pk__in=agreements.filter(partners__isnull=False).values("partners"))
        for entry in plugins.partner_activity:
            queryset = queryset.exclude(pk__in=entry.partners_active_since(since))
        return queryset

    def with_active_agreement_count(self, today=None):
        """``active_agreements``: published public agreements in force today.

        A correlated subquery, so ``count()`` (pagination) leaves it out.
        """
        counts = (
            Agreement.objects.published()
            .public()
            .in_force(today)
            .filter(partners=OuterRef("pk"))
            .order_by()
            .values("partners")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            active_agreements=Coalesce(Subquery(counts, output_field=models.IntegerField()), 0)
        )


def active_agreement_counts(partners, today=None):
    """{partner id: published public agreements in force} for ``partners`` (a queryset or ids),
    in one grouped query — cheaper than a correlated subquery on a sorted, paginated list."""
    rows = (
        Agreement.partners.through.objects.filter(
            partner_id__in=partners,
            agreement__in=Agreement.objects.published().public().in_force(today).values("pk"),
        )
        .order_by()
        .values("partner_id")
        .annotate(n=Count("agreement_id"))
        .values_list("partner_id", "n")
    )
    return dict(rows)


class Partner(ImageAltMixin, Publishable):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices, db_index=True)
    country = CountryField(_("country"), db_index=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = PictureField(_("logo"), folder="partners", blank=True)
    logo_alt = alt_text_field()
    logo_decorative = decorative_field()
    description = RichTextField(_("description"), blank=True)
    relationship_since = models.PositiveSmallIntegerField(
        _("relationship since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    featured = models.BooleanField(_("featured"), default=False, db_index=True)
    search_text = models.CharField(
        _("search text"), max_length=1000, blank=True, editable=False, db_index=True
    )

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    def build_search_text(self):
        values = [
            getattr(self, f"{field}_{code}", "")
            for field in ("name", "short_name", "city")
            for code in ("ar", "en")
        ]
        return normalize_search_text(" ".join(filter(None, values)))[:1000]

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_text" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_text"]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("partners:partner_detail", kwargs={"slug": self.slug})


class AgreementKind(models.TextChoices):
    MOU = "mou", _("Memorandum of understanding")
    COOPERATION = "cooperation", _("Cooperation agreement")
    STUDENT_EXCHANGE = "student_exchange", _("Student exchange")
    STAFF_EXCHANGE = "staff_exchange", _("Staff exchange")
    JOINT_RESEARCH = "joint_research", _("Joint research")
    JOINT_PROGRAMME = "joint_programme", _("Joint programme")
    SCHOLARSHIP = "scholarship", _("Scholarship")


class Renewal(models.TextChoices):
    NONE = "none", _("No renewal")
    AUTOMATIC = "automatic", _("Renewed automatically")
    BY_REQUEST = "by_request", _("Renewed on request")


class AgreementStatus(models.TextChoices):
    """Where an agreement stands today: derived from its dates and the "terminated" flag."""

    UPCOMING = "upcoming", pgettext_lazy("agreement", "Upcoming")  # not yet in force
    ACTIVE = "active", _("Active")
    EXPIRING = "expiring", _("Expiring soon")
    EXPIRED = "expired", _("Expired")
    TERMINATED = "terminated", _("Terminated")


def lifecycle_expression(today=None, prefix=""):
    """The SQL CASE that gives an agreement's AgreementStatus (``prefix``: a relation path)."""
    today = today or timezone.localdate()
    soon = today + datetime.timedelta(days=EXPIRING_WITHIN_DAYS)
    return Case(
        When(**{f"{prefix}terminated": True}, then=Value(AgreementStatus.TERMINATED.value)),
        When(**{f"{prefix}starts_on__gt": today}, then=Value(AgreementStatus.UPCOMING.value)),
        When(**{f"{prefix}ends_on__lt": today}, then=Value(AgreementStatus.EXPIRED.value)),
        When(**{f"{prefix}ends_on__lte": soon}, then=Value(AgreementStatus.EXPIRING.value)),
        default=Value(AgreementStatus.ACTIVE.value),
        output_field=models.CharField(max_length=12),
    )


class AgreementQuerySet(PublishedQuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_lifecycle(self, today=None):
        """Annotate ``lifecycle`` (an AgreementStatus value) computed in the database."""
        return self.annotate(lifecycle=lifecycle_expression(today))

    def in_force(self, today=None):
        """Signed, started, not ended and not terminated (active or expiring)."""
        today = today or timezone.localdate()
        return self.filter(terminated=False, starts_on__lte=today).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=today)
        )

    def expiring(self, today=None, days=EXPIRING_WITHIN_DAYS):
        """Not terminated, ending between today and ``days`` from now."""
        today = today or timezone.localdate()
        return self.filter(
            terminated=False,
            ends_on__gte=today,
            ends_on__lte=today + datetime.timedelta(days=days),
        )


class Agreement(Publishable):
    title = models.CharField(_("title"), max_length=250)
    partners = models.ManyToManyField(
        Partner, related_name="agreements", verbose_name=_("partners")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=AgreementKind.choices, db_index=True)
    signed_on = models.DateField(_("signed on"), db_index=True)
    starts_on = models.DateField(_("valid from"), db_index=True)
    ends_on = models.DateField(
        _("valid until"), null=True, blank=True, db_index=True, help_text=_("Empty: open-ended.")
    )
    renewal = models.CharField(
        _("renewal"), max_length=12, choices=Renewal.choices, default=Renewal.NONE
    )
    terminated = models.BooleanField(_("terminated"), default=False, db_index=True)
    signatories = models.TextField(_("signatories"), blank=True)
    summary = RichTextField(_("summary"), blank=True)
    document = DocumentField(
        _("signed copy (PDF, staff only)"), folder="agreements", private=True, blank=True
    )
    is_public = models.BooleanField(
        _("public"), default=True, help_text=_("Untick to keep the agreement off the public site.")
    )
    search_text = models.CharField(
        _("search text"), max_length=1000, blank=True, editable=False, db_index=True
    )

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "pk"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self):
        return self.title

    def clean(self):
        errors = gather_errors({}, super().clean)
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors.setdefault("ends_on", []).append(
                ValidationError(_("The agreement cannot end before it starts."), code="ends_first")
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.search_text = normalize_search_text(
            " ".join(filter(None, [self.title_ar, self.title_en]))
        )[:1000]
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_text" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_text"]
        super().save(*args, **kwargs)

    @property
    def lifecycle_status(self):
        """The annotated status when present, else computed from the same rules."""
        annotated = getattr(self, "lifecycle", None)
        if annotated:
            return annotated
        today = timezone.localdate()
        if self.terminated:
            return AgreementStatus.TERMINATED.value
        if self.starts_on > today:
            return AgreementStatus.UPCOMING.value
        if self.ends_on and self.ends_on < today:
            return AgreementStatus.EXPIRED.value
        if self.ends_on and self.ends_on <= today + datetime.timedelta(days=EXPIRING_WITHIN_DAYS):
            return AgreementStatus.EXPIRING.value
        return AgreementStatus.ACTIVE.value

    def get_lifecycle_status_display(self):
        return AgreementStatus(self.lifecycle_status).label

    def get_absolute_url(self):
        return reverse("partners:agreement_detail", kwargs={"slug": self.slug})


class MembershipQuerySet(models.QuerySet):
    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(Q(ended_on__isnull=True) | Q(ended_on__gte=today))

    def of_published_partners(self):
        return self.filter(partner__in=Partner.objects.published().values("pk")).select_related(
            "partner"
        )


class Membership(models.Model):
    """The university's membership of an international network or association."""

    partner = models.ForeignKey(
        Partner,
        on_delete=models.CASCADE,
        related_name="memberships",
        limit_choices_to={"kind": PartnerKind.NETWORK},
        verbose_name=_("network or association"),
    )
    since = models.DateField(_("member since"))
    ended_on = models.DateField(_("membership ended"), null=True, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["order", "since"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return str(self.partner)


class ReminderLog(DailyRun):
    """One row per day the expiry reminder ran: makes the command idempotent per day and tells
    the next run which agreements expired since."""

    agreement_count = models.PositiveIntegerField(_("agreements reported"), default=0)

    class Meta(DailyRun.Meta):
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")
