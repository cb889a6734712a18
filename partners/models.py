"""Partner institutions, the agreements signed with them, and the university's memberships."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from intloffice.documents import DocumentField
from intloffice.images import ImageAltMixin, PictureField, alt_text_field
from intloffice.publishing import Publishable, PublishedQuerySet
from intloffice.richtext import RichTextField


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", _("University")
    RESEARCH = "research", _("Research institute")
    RELIGIOUS = "religious", _("Seminary or religious authority")
    GOVERNMENT = "government", _("Government body")
    INTERNATIONAL = "international", _("International organisation")
    NETWORK = "network", _("Network or association")
    OTHER = "other", _("Other")


class PartnerQuerySet(PublishedQuerySet):
    pass


class Partner(ImageAltMixin, Publishable):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices, db_index=True)
    country = CountryField(_("country"), db_index=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = PictureField(_("logo"), folder="partners", blank=True)
    logo_alt = alt_text_field()
    description = RichTextField(_("description"), blank=True)
    relationship_since = models.PositiveSmallIntegerField(
        _("relationship since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    featured = models.BooleanField(_("featured"), default=False, db_index=True)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

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


class AgreementQuerySet(PublishedQuerySet):
    def public(self):
        return self.filter(is_public=True)


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
    visit = models.ForeignKey(
        "visits.Visit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("signed during the visit"),
    )

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "pk"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partners:agreement_detail", kwargs={"slug": self.slug})


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

    class Meta:
        ordering = ["order", "since"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return str(self.partner)
