"""Rich text: the editor field and the one sanitiser every rich-text field goes through.

Neither CKEditor package cleans HTML on the server, so every model with a ``RichTextField``
cleans it in ``save()`` (through ``RichTextMixin``): admin edits, imports, fixtures and shell
edits are all stored clean.
"""

import nh3
from django import forms
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import models
from django.utils.translation import get_language
from django_ckeditor_5.fields import CKEditor5Field
from django_ckeditor_5.widgets import CKEditor5Widget

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "b", "em", "i", "u", "s",
    "sub", "sup", "blockquote", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
    "caption", "figure", "figcaption", "img", "span", "bdi", "hr",
}  # fmt: skip
GLOBAL_ATTRIBUTES = {"dir", "lang"}
ALLOWED_ATTRIBUTES = {
    "*": GLOBAL_ATTRIBUTES,
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
    "figure": {"class"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _attribute_filter(element, attribute, value):
    if element == "img" and attribute == "src":
        # Images only from our own media: a relative path under MEDIA_URL, never another host.
        media_url = settings.MEDIA_URL
        if not value.startswith(media_url) or value.startswith("//"):
            return None
    if element == "figure" and attribute == "class":
        allowed = {"image", "table", "image-style-side"}
        return " ".join(c for c in value.split() if c in allowed) or None
    if attribute == "dir" and value not in {"rtl", "ltr", "auto"}:
        return None
    return value


def sanitize_html(html):
    """Return ``html`` restricted to the allowlist above (empty stays empty)."""
    if not html:
        return html
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_attribute_filter,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


class RichTextField(CKEditor5Field):
    """A CKEditor 5 text field; cleaned on save by ``RichTextMixin``."""


class RichTextMixin(models.Model):
    """Cleans every RichTextField (and its per-language columns) in ``save()``."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        for field in self._meta.concrete_fields:
            if isinstance(field, RichTextField):
                # Through __dict__: modeltranslation's descriptor on the original field would
                # write the value into the active language's column instead.
                value = self.__dict__.get(field.attname)
                if value:
                    self.__dict__[field.attname] = sanitize_html(value)
        super().save(*args, **kwargs)


def editor_ui_language(language=None):
    """The editor's interface language for the active (or given) site language: the language
    itself when the editor ships a translation for it, else English (its built-in one)."""
    code = (language or get_language() or settings.LANGUAGE_CODE).lower()
    if code == "en" or not finders.find(f"django_ckeditor_5/dist/translations/{code}.js"):
        return "en"
    return code


class RichTextWidget(CKEditor5Widget):
    """CKEditor 5 whose interface speaks the staff member's language (the admin's active one:
    «فقرة», «الكلمات: 0» on Arabic admin pages) while the content keeps the column's language
    and direction. The package loads no interface translation when ``language`` is a dict, so
    this widget adds the translation files itself."""

    def __init__(self, content_language, config_name="default", attrs=None):
        self.content_language = content_language
        super().__init__(config_name=config_name, attrs=attrs)

    def render(self, name, value, attrs=None, renderer=None):
        self.config = {
            **self.config,
            "language": {"ui": editor_ui_language(), "content": self.content_language},
        }
        return super().render(name, value, attrs, renderer)

    @property
    def media(self):
        translations = [
            f"django_ckeditor_5/dist/translations/{code}.js"
            for code in dict.fromkeys(editor_ui_language(code) for code, _ in settings.LANGUAGES)
            if code != "en"
        ]
        return super().media + forms.Media(js=translations)
