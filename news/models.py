"""News bulletins, official statements and publications (DESIGN.md "Content model")."""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from intloffice.documents import DocumentField
from intloffice.images import ImageAltMixin, PictureField, alt_text_field, decorative_field
from intloffice.publishing import Publishable, PublishedQuerySet, Status, gather_errors
from intloffice.richtext import RichTextField, sanitize_html


class Category(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


class ArticleKind(models.TextChoices):
    NEWS = "news", pgettext_lazy("kind of article", "News")
    PRESS_RELEASE = "press_release", _("Press release")
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    BRIEF = "brief", _("International developments brief")


class ArticleQuerySet(PublishedQuerySet):
    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def featured(self):
        return self.filter(featured=True)

    def about_partner(self, partner):
        """Articles that name ``partner`` among their related partners (for its page)."""
        return self.filter(related_partners=partner)

    def about_visit(self, visit):
        """Articles about ``visit`` (for its page)."""
        return self.filter(visit=visit)

    def about_exhibition(self, exhibition):
        """Articles about ``exhibition`` (for its page)."""
        return self.filter(exhibition=exhibition)

    def for_cards(self):
        """Only what a card shows: no body, with the category in the same query."""
        return self.select_related("category").defer(
            "body", *(f"body_{code}" for code, _name in settings.LANGUAGES)
        )

    def related_to(self, article, partner_ids):
        """Other articles sharing a partner or the category with ``article``."""
        # No join in the outer query: an OR across the many-to-many join makes PostgreSQL
        # read every article before it can sort and stop at the first few.
        condition = Q(pk__in=[])
        if partner_ids:
            through = Article.related_partners.through.objects.filter(partner_id__in=partner_ids)
            condition |= Q(pk__in=through.values("article_id"))
        if article.category_id:
            condition |= Q(category_id=article.category_id)
        return self.filter(condition).exclude(pk=article.pk)


class Article(ImageAltMixin, Publishable):
    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists, cards and feeds.")
    )
    body = RichTextField(_("body"))
    image = PictureField(_("image"), folder="news", blank=True)
    image_alt = alt_text_field()
    image_decorative = decorative_field()
    kind = models.CharField(
        _("kind"), max_length=20, choices=ArticleKind.choices, default=ArticleKind.NEWS
    )
    category = models.ForeignKey(
        Category,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("category"),
    )
    related_partners = models.ManyToManyField(
        "partners.Partner",
        blank=True,
        related_name="articles",
        verbose_name=_("related partners"),
    )
    visit = models.ForeignKey(
        "visits.Visit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("about the visit"),
    )
    exhibition = models.ForeignKey(
        "exhibitions.Exhibition",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("about the event"),
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown first on the first page of the news.")
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="news_article_pub_idx"),
            models.Index(
                fields=["kind", "status", "-published_at", "-id"], name="news_article_kind_idx"
            ),
            models.Index(
                fields=["category", "status", "-published_at", "-id"], name="news_article_cat_idx"
            ),
            models.Index(
                fields=["featured", "status", "-published_at", "-id"], name="news_article_feat_idx"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:article_detail", kwargs={"slug": self.slug})


class StatementKind(models.TextChoices):
    POSITION = "position", _("Position")
    CONDOLENCE = "condolence", _("Condolence")
    CONGRATULATION = "congratulation", _("Congratulation")
    CONDEMNATION = "condemnation", _("Condemnation")
    SOLIDARITY = "solidarity", _("Solidarity")


class StatementQuerySet(PublishedQuerySet):
    def newest_first(self):
        return self.order_by("-issued_on", "-published_at", "-pk")


# The wording a correction changes: what visitors read (the PDF is replaced, not corrected).
STATEMENT_WORDING = ("title", "body")


class Statement(Publishable):
    reference_number = models.CharField(
        _("reference number"),
        max_length=40,
        unique=True,
        help_text=_("The office's own reference, for example IRA/ST/2025/07."),
    )
    title = models.CharField(_("title"), max_length=250)
    body = RichTextField(_("body"))
    kind = models.CharField(_("kind"), max_length=20, choices=StatementKind.choices)
    issued_by = models.CharField(
        _("issued by"), max_length=200, help_text=_("For example: The Presidency of the University")
    )
    issued_on = models.DateField(_("issued on"))
    pdf = DocumentField(_("signed copy (PDF)"), folder="statements", private=False, blank=True)
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="ar",
        help_text=_("The language the statement was issued in; the other is a translation."),
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-published_at", "-pk"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        indexes = [
            models.Index(
                fields=["status", "-issued_on", "-published_at"], name="news_statement_pub_idx"
            ),
            models.Index(fields=["kind", "status", "-issued_on"], name="news_statement_kind_idx"),
        ]

    def __str__(self):
        return f"{self.reference_number} — {self.title}"

    def get_absolute_url(self):
        return reverse("news:statement_detail", kwargs={"slug": self.slug})

    def get_history_url(self):
        return reverse("news:statement_history", kwargs={"slug": self.slug})

    def corrections(self, language=None):
        """The published wordings visitors read before each correction, oldest first.

        Read from django-reversion's history: only versions saved as published count, and a
        wording counts only when it was public before it was replaced (a scheduled statement
        edited before its publication date was never read). Returns a list of dicts with
        ``title``, ``body`` (the earlier wording in ``language``, falling back to the other
        language as the page does), ``shown_from`` and ``corrected_on`` (the datetime of the
        correction that replaced it). One query.
        """
        from reversion.errors import RevertError
        from reversion.models import Version

        language = language or get_language()
        order = [language, *(code for code, _name in settings.LANGUAGES if code != language)]
        versions = (
            Version.objects.get_for_object(self)
            .select_related("revision")
            .order_by("revision__date_created", "pk")
        )
        shown, shown_from, result = None, None, []
        for version in versions:
            try:
                data = version.field_dict
            except RevertError:
                continue
            if data.get("status") != Status.PUBLISHED or not data.get("published_at"):
                continue
            wording = {
                name: next(
                    (data.get(f"{name}_{code}") for code in order if data.get(f"{name}_{code}")), ""
                )
                for name in STATEMENT_WORDING
            }
            saved_at = version.revision.date_created
            public_from = max(saved_at, data["published_at"])
            wording["body"] = sanitize_html(wording["body"])
            if shown is not None and wording != shown and saved_at > shown_from:
                result.append({**shown, "shown_from": shown_from, "corrected_on": saved_at})
            if shown is None or wording != shown:
                shown, shown_from = wording, public_from
        return result


# Languages a publication may exist in, each labelled by its own name (Django's LANG_INFO).
PUBLICATION_LANGUAGE_CODES = (
    "ar", "en", "fa", "fr", "ru", "ur", "tr", "es", "de", "it", "pt", "id", "ms", "sw", "az",
    "kk", "ky", "bs", "hi", "bn", "ta", "zh-hans", "ja", "th", "ko", "nl", "sv", "uz", "ckb",
)  # fmt: skip
# Written right to left (LANG_INFO also marks Azerbaijani, which is written in Latin script).
RTL_LANGUAGES = {"ar", "fa", "ur", "ckb", "he", "ug"}


def language_name_local(code):
    """A language's name in that language, capitalised as a label: "فارسی", "Français"."""
    name = LANG_INFO.get(code, {}).get("name_local", code)
    return name[:1].upper() + name[1:]


PUBLICATION_LANGUAGES = [(code, language_name_local(code)) for code in PUBLICATION_LANGUAGE_CODES]


class PublicationKind(models.TextChoices):
    MAGAZINE = "magazine", _("Magazine issue")
    LEAFLET = "leaflet", _("Leaflet")
    CATALOGUE = "catalogue", _("Catalogue")
    FILM = "film", _("Film")
    CLIP = "clip", _("Clip")


PUBLICATION_KIND_ORDER = [kind.value for kind in PublicationKind]


class PublicationQuerySet(PublishedQuerySet):
    def newest_first(self):
        return self.order_by("-issued_on", "-pk")

    def magazine_issues(self):
        return self.filter(kind=PublicationKind.MAGAZINE)

    def grouped(self):
        """Kinds in their listed order; magazine issues by series, newest issue first."""
        kind_order = models.Case(
            *(
                models.When(kind=kind, then=index)
                for index, kind in enumerate(PUBLICATION_KIND_ORDER)
            ),
            output_field=models.IntegerField(),
        )
        return self.annotate(kind_order=kind_order).order_by(
            "kind_order", "series", "-issue_number", "-issued_on", "-pk"
        )


class Publication(ImageAltMixin, Publishable):
    title = models.CharField(_("title"), max_length=250)
    kind = models.CharField(_("kind"), max_length=12, choices=PublicationKind.choices)
    series = models.CharField(
        _("series"),
        max_length=150,
        blank=True,
        help_text=_("For magazine issues: the magazine's name. Issues of one series are grouped."),
    )
    issue_number = models.PositiveIntegerField(_("issue number"), null=True, blank=True)
    issued_on = models.DateField(_("issued on"))
    description = RichTextField(_("description"), blank=True)
    cover = PictureField(_("cover"), folder="publications", blank=True)
    cover_alt = alt_text_field()
    cover_decorative = decorative_field()

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [
            models.Index(fields=["kind", "status", "-issued_on"], name="news_pub_kind_idx"),
        ]

    def __str__(self):
        if self.issue_number:
            return f"{self.series or self.title} — {self.issue_number}"
        return self.title

    def get_absolute_url(self):
        return reverse("news:publication_detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = gather_errors({}, super().clean)
        if self.kind == PublicationKind.MAGAZINE and not (self.series_en or self.series_ar):
            errors.setdefault("series_ar", []).append(
                _("A magazine issue needs the magazine's name.")
            )
        if errors:
            raise ValidationError(errors)


class PublicationFile(models.Model):
    """One language version of a publication: a PDF or a video link."""

    publication = models.ForeignKey(
        Publication, on_delete=models.CASCADE, related_name="files", verbose_name=_("publication")
    )
    language = models.CharField(_("language"), max_length=10, choices=PUBLICATION_LANGUAGES)
    document = DocumentField(_("PDF file"), folder="publications", private=False, blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"], name="news_publicationfile_one_per_language"
            )
        ]

    def __str__(self):
        return f"{self.publication} ({self.language})"

    def clean(self):
        super().clean()
        if bool(self.document) == bool(self.video_url):
            raise ValidationError(_("Give either a PDF file or a video link, not both."))

    @property
    def language_name(self):
        """The language's name in that language: "فارسی", "Français", "Русский"."""
        return language_name_local(self.language)

    @property
    def direction(self):
        return "rtl" if self.language in RTL_LANGUAGES else "ltr"

    @property
    def is_video(self):
        return bool(self.video_url) and not self.document
