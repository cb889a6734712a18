"""Template tags for the site shell: language switch, alternates, navigation, dates, links,
names, and the plug-in seam's renderers (``{% home_blocks %}``, ``{% page_sections %}``,
``{% feed_links %}``)."""

from functools import partial

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext, pgettext_lazy
from hijridate import Gregorian
from modeltranslation.utils import resolution_order

from .. import fragments, plugins
from ..dates import date_range_html, machine_datetime
from ..digits import localize_digits
from ..hygiene import EMPTY_SEGMENTS
from ..models import Page
from ..text import is_latin_only, isolate

register = template.Library()

#: After the day number the month is in the genitive: «9 ذي الحجة», not «9 ذو الحجة».
HIJRI_MONTHS = {
    "ar": [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة",
    ],
    "en": [
        "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
        "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
        "Dhu al-Hijjah",
    ],
}  # fmt: skip


def _url_in(request, code):
    """The current page's path in another language (query string kept)."""
    path = _on_this_site(request.get_full_path())
    current = translation.get_language()
    url = translate_url(path, code)
    if url == path and code != current and path.startswith(f"/{current}/"):
        # Not resolvable (a 404 page): swap the prefix, the best guess for the same page.
        url = f"/{code}/" + path[len(current) + 2 :]
    return url


@register.simple_tag(takes_context=True)
def language_versions(context):
    """[(code, own name, url, is_current)] for every site language (worked out once a
    request: the head's alternates and the language switcher both read it)."""
    request = context["request"]
    current = translation.get_language()
    found = getattr(request, "_intloffice_language_versions", None)
    if found is None or found[0] != current:
        versions = [
            (code, name, _url_in(request, code), code == current)
            for code, name in settings.LANGUAGES
        ]
        found = request._intloffice_language_versions = (current, versions)
    return found[1]


def _on_this_site(path):
    """``path`` without empty segments: "//host/..." would be read as another site."""
    path, mark, query = str(path).partition("?")
    return EMPTY_SEGMENTS.sub("/", "/" + path) + mark + query


@register.simple_tag(takes_context=True)
def absolute(context, path):
    return context["request"].build_absolute_uri(_on_this_site(path))


@register.simple_tag(takes_context=True)
def x_default_url(context):
    """The page without language prefix: it redirects by the browser's language."""
    request = context["request"]
    current = translation.get_language()
    path = request.get_full_path()
    prefix = f"/{current}/"
    unprefixed = "/" + path[len(prefix) :] if path.startswith(prefix) else path
    return request.build_absolute_uri(_on_this_site(unprefixed))


#: The main navigation: six entries grouping the sections for the people who come to the site
#: (label, [(label, URL name)]), or (label, URL name) for a single link. The "About" group also
#: lists the published pages marked "in navigation".
NAVIGATION = [
    (pgettext_lazy("navigation", "About"), [(pgettext_lazy("navigation", "Site map"), "intloffice:sitemap")]),
    (pgettext_lazy("navigation", "Partnerships"), [
        (pgettext_lazy("navigation", "Partners"), "partners:partner_list"),
        (pgettext_lazy("navigation", "Agreements"), "partners:agreement_list"),
        (pgettext_lazy("navigation", "Partners by country"), "partners:country_list"),
        (pgettext_lazy("navigation", "Memberships"), "partners:membership_list"),
        (pgettext_lazy("navigation", "Academic exchange"), "opportunities:exchange"),
    ]),
    (pgettext_lazy("navigation", "Visits and events"), [
        (pgettext_lazy("navigation", "Visits and delegations"), "visits:visit_list"),
        (pgettext_lazy("navigation", "Events and exhibitions"), "exhibitions:exhibition_list"),
    ]),
    (pgettext_lazy("navigation", "News and media"), [
        (pgettext_lazy("navigation", "News"), "news:article_list"),
        (pgettext_lazy("navigation", "Statements"), "news:statement_list"),
        (pgettext_lazy("navigation", "Publications"), "news:publication_list"),
    ]),
    (pgettext_lazy("navigation", "Opportunities"), "opportunities:opportunity_list"),
    (pgettext_lazy("navigation", "Contact"), "intloffice:contact"),
]  # fmt: skip


def _section_of(name):
    """The URL name of the list a detail page belongs to (``news:article_detail`` → list)."""
    if name.endswith("_detail"):
        return name.removesuffix("_detail") + "_list"
    return {"news:statement_history": "news:statement_list"}.get(name, name)


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The six entries of NAVIGATION, each group marked current when the page is in it: one
    cached fragment per page kind (and per office page, which the "About" group lists)."""
    request = context["request"]
    match = getattr(request, "resolver_match", None)
    exact = match.view_name if match else ""
    return fragments.cached(
        request,
        "main-navigation",
        lambda: render_to_string(
            "includes/main_navigation.html", {"entries": _navigation(request, exact)}
        ),
        vary=(exact, request.path if exact == "intloffice:page" else ""),
    )


def _navigation(request, exact):
    here = _section_of(exact)
    pages = Page.objects.published().in_navigation().only("slug", "title_ar", "title_en", "title")
    entries = []
    for index, (label, target) in enumerate(NAVIGATION):
        if isinstance(target, str):
            entries.append(
                {
                    "label": label,
                    "url": reverse(target),
                    "page": exact == target,
                    "current": here == target,
                }
            )
            continue
        links = [
            {"label": name, "url": reverse(view), "page": exact == view, "current": here == view}
            for name, view in target
        ]
        if index == 0:
            links[:0] = [
                {"label": page.title, "url": page.get_absolute_url(), "page": False}
                for page in pages
            ]
            for link in links:
                link["page"] = link["page"] or link["url"] == request.path
                link["current"] = link.get("current") or link["page"]
        entries.append(
            {"label": label, "links": links, "current": any(link["current"] for link in links)}
        )
    return entries


def shown_language(obj, field, language=None):
    """The language whose text ``obj.<field>`` shows in ``language`` (the active one): that
    language when its column is filled, else the first filled one of modeltranslation's
    fallback order; None when every column is empty."""
    language = language or translation.get_language()
    for code in resolution_order(language):
        if (getattr(obj, f"{field}_{code}", "") or "").strip():
            return code
    return None


def fallback_note(code):
    """The small note beside text shown in another language, written in *that* language:
    "in English", "بالعربية" (the entry is translated as "in <the catalogue's language>")."""
    with translation.override(code):
        return pgettext("note beside a text: the language it is written in", "in English")


@register.simple_tag
def fallback_attrs(obj, field):
    """` lang="xx" dir="…" data-fallback="…"` when the shown text of ``field`` is in another
    language than the page's, else "".

    modeltranslation falls back to another language when the active one is empty; this marks
    the element so screen readers switch voice and the text keeps its direction, and the
    stylesheet shows ``data-fallback`` as a small note ("in English" / "بالعربية").
    """
    current = translation.get_language()
    code = shown_language(obj, field, current)
    if code is None:
        return ""
    if code == current:
        # Latin-only text typed into a right-to-left language's field ("LAPL" as the Arabic
        # short name): marked as English, left-to-right, so punctuation and voice follow it.
        if translation.get_language_info(current)["bidi"] and is_latin_only(
            getattr(obj, f"{field}_{code}", "")
        ):
            return mark_safe(' lang="en" dir="ltr"')
        return ""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(
        ' lang="{}" dir="{}" data-fallback="{}"', code, direction, fallback_note(code)
    )


@register.filter
def digits(value):
    """A formatted number or date with the digits Arabic pages use (SiteSettings): apply it
    where a count, page number, figure or date is printed — never to reference numbers, phone
    numbers or URLs."""
    return localize_digits(value)


@register.filter(is_safe=True)
def isolated(value):
    """Plain text (e-mails) with ``value`` isolated by U+2068/U+2069: the <bdi> of plain text."""
    return isolate(value)


@register.filter(expects_localtime=True)
def hijri(value):
    """The Umm al-Qura (Hijri) date of a date or datetime (on the site's clock), in the active
    language."""
    if not value:
        return ""
    if hasattr(value, "date"):
        value = value.date()
    try:
        h = Gregorian(value.year, value.month, value.day).to_hijri()
    except (OverflowError, ValueError):  # outside the Umm al-Qura table (1343–1500 AH)
        return ""
    language = "ar" if translation.get_language() == "ar" else "en"
    suffix = "هـ" if language == "ar" else "AH"
    return localize_digits(f"{h.day} {HIJRI_MONTHS[language][h.month - 1]} {h.year} {suffix}")


@register.filter(expects_localtime=True)
def long_date(value):
    """The date of a date or datetime in the active language. A datetime is read on the site's
    clock (TIME_ZONE), not UTC's: a correction saved at 23:30 in Gaza is dated that day."""
    if not value:
        return ""
    return localize_digits(date_format(value, "DATE_FORMAT"))


@register.filter
def iso_datetime(value):
    """A date or datetime as the ``datetime`` attribute of ``<time>`` (no microseconds)."""
    return machine_datetime(value)


@register.simple_tag
def date_range(start, end=None):
    """``12–15 March 2026`` / ``١٢–١٥ مارس ٢٠٢٦``: a date range in the page's language and
    digits, each end in a ``<time>`` (intloffice/dates.py)."""
    if not start:
        return ""
    return date_range_html(start, end)


@register.simple_tag
def linked(obj, css_class=""):
    """A link to ``obj``'s page, or its name as plain text while it is not published. The name
    is isolated (``<bdi>``) and marked with its language when it falls back to the other one."""
    if obj is None:
        return ""
    label = format_html("<bdi{}>{}</bdi>", _fallback_for_str(obj), obj)
    if not obj.is_published:
        return label
    css = format_html(' class="{}"', css_class) if css_class else ""
    return format_html('<a href="{}"{}>{}</a>', obj.get_absolute_url(), css, label)


@register.simple_tag
def person_name(person):
    """A person's honorific (kept apart from the name, in the page's language) and name. The
    name is isolated with <bdi> so a name in the other script keeps punctuation around it in
    place; each part is marked with its language when it falls back to the other one. Any
    object with ``honorific`` and ``name`` fields will do (visit participants, attendees…)."""
    if person is None:
        return ""
    name = format_html("<bdi{}>{}</bdi>", fallback_attrs(person, "name"), person.name)
    if not person.honorific:
        return name
    return format_html(
        '<span class="honorific"{}>{}</span> {}',
        fallback_attrs(person, "honorific"),
        person.honorific,
        name,
    )


def _fallback_for_str(obj):
    for name in ("title", "name"):
        if hasattr(obj, f"{name}_{settings.LANGUAGE_CODE}"):
            return fallback_attrs(obj, name)
    return ""


def _render_entries(context, slot, *args):
    """Render each registered entry's template with what its context function returns."""
    engine = context.template.engine
    parts = []
    for entry in slot:
        data = entry.context(*args)
        if data is None:
            continue
        with context.push(**data):
            parts.append(engine.get_template(entry.template).render(context))
    return mark_safe("".join(parts))


def _assemble_entries(context, slot, name, *args, apps=(), vary=()):
    """Every entry of ``slot`` rendered with ``_render_entries`` (its context function called
    with ``*args, request``), each kept as a fragment (fragments.py) of its own app's content,
    of ``apps`` and of the apps its ``apps`` option names — unless it says ``cached=False``.
    An entry's ``models`` option narrows its own app to those models' rows."""
    request = context.get("request")
    pieces = []
    for entry in slot:
        render = partial(_render_entries, context, [entry], *args, request)
        if entry.options.get("cached", True):
            own = entry.options.get("models") or (entry.key.partition(".")[0],)
            labels = (*own, *apps, *entry.options.get("apps", ()))
            pieces.append((f"{name}:{entry.key}", render, labels, vary))
        else:
            pieces.append((entry.key, render, None, None))
    return fragments.assemble(request, pieces)


@register.simple_tag(takes_context=True)
def home_blocks(context):
    """Every block the apps registered for the home page, in order (intloffice/plugins.py)."""
    return _assemble_entries(context, plugins.home, "home")


@register.inclusion_tag("includes/feed_links.html")
def feed_links():
    """<link rel="alternate"> to every feed the apps registered, for <head>."""
    return {"feeds": list(plugins.feeds)}


@register.simple_tag(takes_context=True)
def page_sections(context, page, obj):
    """Every section the apps registered for ``page`` (e.g. "partner"), about ``obj``: each
    kept as a fragment of its own app's content, of ``obj``'s app and of the apps its ``apps``
    option names, so a page rendered anew runs a section's queries only when one of those
    apps changed."""
    return _assemble_entries(
        context,
        plugins.sections(page),
        page,
        obj,
        apps=(obj._meta.app_label,),
        vary=(obj._meta.label, obj.pk),
    )
