"""Site-wide content: the site settings, the office's pages and objectives, contact messages;
the search index."""

import time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.core.cache import caches
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from solo.models import SingletonModel

from .images import ImageAltMixin, PictureField, alt_text_field, decorative_field
from .publishing import Publishable, PublishedQuerySet
from .richtext import RichTextField, RichTextMixin


class Digits(models.TextChoices):
    WESTERN = "western", _("Western digits (0123456789)")
    ARABIC_INDIC = "arabic_indic", _("Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩)")


SETTINGS_KEPT = 24 * 60 * 60  # seconds; a save retires them at once (a new version)


class SiteSettings(ImageAltMixin, RichTextMixin, SingletonModel):
    university_name = models.CharField(_("university name"), max_length=200)
    office_name = models.CharField(_("office name"), max_length=200)
    intro = models.TextField(
        _("office introduction"),
        blank=True,
        help_text=_("A short paragraph shown on the home page."),
    )
    logo = PictureField(_("logo"), folder="site", blank=True)
    hero_image = PictureField(
        _("home page picture"),
        folder="site",
        blank=True,
        help_text=_("The office's picture at the top of the home page (wide, at least 1600 px)."),
    )
    hero_image_alt = alt_text_field()
    hero_image_decorative = decorative_field()
    tagline = models.CharField(
        _("home page sentence"),
        max_length=250,
        blank=True,
        help_text=_(
            "One sentence under the office's name on the home page; without it the "
            "introduction shows there."
        ),
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    map_link = models.URLField(_("map link"), blank=True)
    facebook = models.URLField("Facebook", blank=True)
    x_twitter = models.URLField("X (Twitter)", blank=True)
    youtube = models.URLField("YouTube", blank=True)
    instagram = models.URLField("Instagram", blank=True)
    linkedin = models.URLField("LinkedIn", blank=True)
    telegram = models.URLField("Telegram", blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    office_language = models.CharField(
        _("office language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="ar",
        help_text=_("The language of e-mails sent to the office."),
    )
    arabic_digits = models.CharField(
        _("digits on Arabic pages"),
        max_length=12,
        choices=Digits.choices,
        default=Digits.WESTERN,
        help_text=_(
            "How dates, counts, page numbers and figures are written on Arabic pages. Reference "
            "numbers, phone numbers and addresses keep their own digits; visitors may type "
            "either kind."
        ),
    )

    class Meta:
        verbose_name = _("site settings")

    def __str__(self):
        return str(_("Site settings"))

    @classmethod
    def get_solo(cls):
        """The settings (read by every page), from the database once per process for each
        version of this app's content — every save bumps it (``cache.py``) —, then from this
        process's copy or the shared cache (``near_cache.get_many``)."""
        from .near_cache import get_many, set_many

        key = cls._kept_key()
        shared = caches["default"]
        found = get_many(shared, [key], lambda _value: time.time() + SETTINGS_KEPT).get(key)
        if found is None:  # read where reads go (a visitor's: the replica), made if missing
            found = cls.objects.filter(pk=cls.singleton_instance_id).first()
            if found is None:
                found, _created = cls.objects.get_or_create(pk=cls.singleton_instance_id)
            else:
                set_many(shared, {key: found}, SETTINGS_KEPT)
        return found

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        from .near_cache import set_many

        # Kept under the version the save made, as django-solo keeps them in its cache.
        set_many(caches["default"], {self._kept_key(): self}, SETTINGS_KEPT)

    @classmethod
    def _kept_key(cls):
        from .cache import APP_VERSION_KEY, versions

        label = APP_VERSION_KEY + cls._meta.label_lower  # the settings' own version
        return f"intloffice:site-settings:{versions([label])[label]}"

    @property
    def hero_alt(self):
        """The home picture's alt text: empty when it is marked decorative."""
        return self.picture_alt("hero_image")

    def social_links(self):
        """(label, url) for every social network that is filled in."""
        names = ["facebook", "x_twitter", "youtube", "instagram", "linkedin", "telegram"]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in names
            if getattr(self, name)
        ]


class PageQuerySet(PublishedQuerySet):
    def in_navigation(self):
        return self.filter(in_navigation=True).order_by("order", "pk")


class Page(Publishable):
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for search engines and cards.")
    )
    body = RichTextField(_("body"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    in_navigation = models.BooleanField(_("show in the main navigation"), default=False)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("intloffice:page", kwargs={"slug": self.slug})


class Objective(models.Model):
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="objectives", verbose_name=_("page")
    )
    text = models.TextField(_("objective"))
    order = models.PositiveSmallIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")

    def __str__(self):
        return self.text[:80]


class ContactMessage(models.Model):
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("handled"), default=False, db_index=True)
    handled_at = models.DateTimeField(_("handled on"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.name}: {self.subject}"


class InterfaceTranslation(models.Model):
    """One interface string translated in the browser (``/translations/``).

    Kept in the database, which every app server shares, and served over the repository's
    compiled catalogue (``intloffice/catalogue.py``); ``manage.py export_translations`` writes
    these entries back to ``locale/`` for committing.
    """

    language = models.CharField(_("language"), max_length=15)
    key = models.CharField(max_length=64, editable=False)  # sha256 of context + msgid
    msgctxt = models.TextField(_("context"), blank=True)
    msgid = models.TextField(_("source text"))
    msgid_plural = models.TextField(_("source plural"), blank=True)
    msgstr = models.TextField(_("translation"), blank=True)
    msgstr_plural = models.JSONField(_("plural translations"), default=dict, blank=True)
    fuzzy = models.BooleanField(_("needs review"), default=False)
    updated_at = models.DateTimeField(_("last updated"), default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("translated by"),
    )

    class Meta:
        ordering = ["language", "msgid"]
        verbose_name = _("interface translation")
        verbose_name_plural = _("interface translations")
        constraints = [
            models.UniqueConstraint(fields=["language", "key"], name="interface_translation_once")
        ]
        permissions = [
            ("translate_content", _("Can translate content (the translated text fields only)"))
        ]

    def __str__(self):
        return f"{self.language}: {self.msgid[:60]}"


class SearchEntry(models.Model):
    """One searchable item of a registered model (``intloffice/search.py``), never edited.

    ``titles``/``texts`` hold the plain text per language for the result and its snippet;
    ``title_text``/``body_text`` the same words of every language folded by
    ``normalize_search_text``. On PostgreSQL a trigger fills ``search_vector`` with their tsvector (GIN
    index) and ``title_text`` a trigram index (migration 0004); SQLite leaves it empty.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    group = models.CharField(max_length=60)
    is_public = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True)
    date = models.DateField(null=True)
    path = models.CharField(max_length=300)
    titles = models.JSONField(default=dict)
    texts = models.JSONField(default=dict)
    title_text = models.CharField(max_length=1000)
    body_text = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="intloffice_search_entry_unique"
            )
        ]
        indexes = [
            models.Index(fields=["is_public", "published_at"], name="intloffice_search_pub_idx"),
            models.Index(fields=["group", "is_public"], name="intloffice_search_group_idx"),
        ]

    def __str__(self):
        return f"{self.group} {self.object_id}"


class AnnualReportQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class AnnualReport(RichTextMixin, models.Model):
    """The office's report on one year: its introduction (edited by staff) above the year's
    figures and what the apps list for the year (``plugins.sections("annual_report")``).
    Visitors see a year once staff publish it; ``/<lang>/about/annual-report/<year>/``."""

    year = models.PositiveSmallIntegerField(
        _("year"), unique=True, validators=[MinValueValidator(1900), MaxValueValidator(9999)]
    )
    introduction = RichTextField(
        _("introduction"), blank=True, help_text=_("The office's own words about the year.")
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        db_index=True,
        help_text=_("Visitors see the report and its PDF once it is published."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = AnnualReportQuerySet.as_manager()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")

    def __str__(self):
        return _("Annual report %(year)s") % {"year": self.year}

    def get_absolute_url(self):
        return reverse("intloffice:annual_report", kwargs={"year": self.year})

    def get_pdf_url(self):
        return reverse("intloffice:annual_report_pdf", kwargs={"year": self.year})
