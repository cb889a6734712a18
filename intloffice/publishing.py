"""The publishing base every public model shares (DESIGN.md "Publishing").

An abstract model with slug, status, dates and the "this language only" switch; its QuerySet's
``published()`` is the single gate for everything public; the view mixin applies it and lets
logged-in staff preview drafts.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.text import capfirst, slugify
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from .richtext import RichTextMixin
from .text import transliterate


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())


class Publishable(RichTextMixin, models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Latin letters, digits and hyphens; one address for both languages."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publish from"),
        default=timezone.now,
        db_index=True,
        help_text=_("A date in the future schedules the item: it appears by itself then."),
    )
    only_language = models.CharField(
        _("this language only"),
        max_length=5,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_(
            "Leave empty for content in both languages. Choose a language to publish content "
            "that exists in that language only."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    # Versions of what depends on some fields only (intloffice/cache.py): a save bumps
    # ``app.model:<aspect>`` only when it changes one of the aspect's fields. ``schedule`` is
    # what ``next_change`` reads; a subclass adds its own ({**Publishable.aspects, ...}).
    aspects = {"schedule": ("status", "published_at")}

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        stamped = ["updated_at"]  # every save stamps it: cached cards are kept under it
        if not self.slug:
            self.slug = self.make_slug()
            stamped.append("slug")
        if kwargs.get("update_fields"):  # (an empty list saves nothing, as in Django)
            kwargs["update_fields"] = list(dict.fromkeys([*kwargs["update_fields"], *stamped]))
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()

    @classmethod
    def required_translated_fields(cls):
        """Names of translated fields that must be filled in every published language."""
        try:
            options = translator.get_options_for_model(cls)
        except NotRegistered:
            return []
        return [name for name in options.fields if not cls._meta.get_field(name).blank]

    def missing_translations(self):
        """{language: [field labels]} for required translated fields left empty."""
        languages = [self.only_language] if self.only_language else settings.PUBLISHING_LANGUAGES
        missing = {}
        for name in self.required_translated_fields():
            for code in languages:
                if not (getattr(self, f"{name}_{code}", "") or "").strip():
                    missing.setdefault(code, []).append(name)
        return missing

    def slug_source(self):
        """The translated field the slug is made from: ``title``, else ``name``."""
        for name in ("title", "name"):
            if hasattr(self, f"{name}_{settings.LANGUAGE_CODE}"):
                return name
        return None

    def make_slug(self):
        """A unique ASCII slug from the English title, else the other languages' titles
        (Arabic transliterated), else the model's name."""
        source = self.slug_source()
        codes = ["en", *(code for code, _name in settings.LANGUAGES if code != "en")]
        base = ""
        for code in codes if source else []:
            base = slugify(transliterate(getattr(self, f"{source}_{code}", "") or ""))
            if base:
                break
        return unique_slug(type(self), base or self._meta.model_name, self.pk)

    def clean_fields(self, exclude=None):
        if not self.slug:  # before validation, so the admin may leave it empty
            self.slug = self.make_slug()
        super().clean_fields(exclude)

    def clean(self):
        errors = gather_errors({}, super().clean)
        missing = self.missing_translations() if self.status == Status.PUBLISHED else {}
        control = capfirst(self._meta.get_field("only_language").verbose_name)
        for code, fields in missing.items():  # every field of every language, in one save
            for name in fields:
                errors.setdefault(f"{name}_{code}", []).append(
                    _(
                        "Fill in the %(language)s text before publishing or, for content in "
                        "one language only, choose that language under “%(control)s”."
                    )
                    % {"language": get_language_info(code)["name_translated"], "control": control}
                )
        if errors:
            raise ValidationError(errors)

    def shown_in_other_language(self):
        """True when the visitor's language lacks this item and its own language is shown."""
        return bool(self.only_language) and self.only_language != get_language()


def gather_errors(errors, check):
    """Run ``check()`` and add what a ValidationError it raises says to ``errors`` (a dict of
    lists, returned): a model's ``clean()`` collects every problem before it raises, so one
    save reports them all instead of one per save."""
    try:
        check()
    except ValidationError as exc:
        errors = exc.update_error_dict(errors)
    return errors


def unique_slug(model, base, pk=None):
    """``base`` (cut to the slug's length), or ``base-2``, ``base-3``… if another row has it."""
    max_length = model._meta.get_field("slug").max_length
    base = base[:max_length].strip("-")
    stem = base[: max_length - 5].rstrip("-")
    taken = set(
        model._default_manager.filter(slug__startswith=stem)
        .exclude(pk=pk)
        .values_list("slug", flat=True)
    )
    if base not in taken:
        return base
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"


def is_staff_request(request):
    """True for logged-in staff, without touching the session of anonymous visitors.

    Reading ``request.user`` marks the session as accessed, which adds ``Vary: Cookie`` to the
    response and makes the page uncacheable for everyone; visitors without a session cookie
    cannot be staff, so they are answered without reading it.
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    return request.user.is_active and request.user.is_staff


def lazy(compute):
    """The value ``compute()`` gives, computed when a template first reads it: what only a
    page's kept body ({% fragment %}) reads costs nothing while the body is kept. ``None``
    and empty lists stay false in ``{% if %}``."""
    return SimpleLazyObject(compute)


class PublishedObjectMixin:
    """For DetailView: published objects for visitors, every object for staff (preview)."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if is_staff_request(self.request):
            return queryset
        return queryset.published()

    def get_object(self, queryset=None):
        fetch = super().get_object
        if queryset is None and not is_staff_request(self.request):
            # A visitor's object (with what get_queryset joins and prefetches) is remembered
            # with the content of every app of ours (fragments.py): a kept item page runs no
            # query. Not found is not remembered; staff always read the database (previews).
            from .fragments import own_apps, remembered

            return remembered(
                self.request,
                f"object:{type(self).__module__}.{type(self).__qualname__}",
                lambda: self._found(fetch, None),
                own_apps(),
                sorted(self.kwargs.items()),
            )
        return self._found(fetch, queryset)

    @staticmethod
    def _found(fetch, queryset):
        try:
            return fetch(queryset)
        except (ValueError, ValidationError) as exc:  # malformed lookups are "not found"
            raise Http404 from exc

    def details_queryset(self, queryset):
        """``queryset`` widened with what the page's body reads beyond the object's own row
        (prefetches, annotations), or None when the body reads nothing more. The lookup
        (``get_queryset``) stays the row alone."""
        return None

    def get_context_data(self, **kwargs):
        # ``details``: the object as the body reads it, fetched when first used — inside the
        # body's {% fragment %} ({% with partner=details %}), so a kept body costs no query.
        return super().get_context_data(details=lazy(self._details), **kwargs)

    def _details(self):
        queryset = self.details_queryset(self.get_queryset())
        return self.object if queryset is None else queryset.get(pk=self.object.pk)
