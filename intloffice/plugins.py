"""The plug-in seam: how a section app adds itself to pages it does not own (DESIGN.md).

Shared pages — the home page, an item's page (a partner, an agreement, a visit, …), the
countries page and, later, search — render what the apps registered, in the declared order.
``intloffice`` imports no app, and no app imports another app's views or loads another app's
template tags: an app registers its pieces in its ``AppConfig.ready()``::

    from intloffice import plugins

    class VisitsConfig(AppConfig):
        def ready(self):
            from . import blocks  # the app's context functions (visits/blocks.py)

            plugins.home.register(
                "visits.figures", template="visits/includes/figures.html",
                context=blocks.home_figures, order=40,
            )
            plugins.sections("partner").register(
                "visits.of_partner", template="visits/includes/recent.html",
                context=blocks.partner_visits, order=20,
            )
            plugins.country_counts.register(
                "visits", label=_("Visits"), counts=blocks.counts_by_country,
                list_url="visits:visit_list", order=20,
            )

- A **home block**'s ``context(request)`` returns the template's context, or ``None`` to show
  nothing. Rendered by ``{% home_blocks %}``, kept as a fragment of its own app's rows (and of
  the apps its ``apps`` option names); ``models=("news.statement", …)`` narrows its own app to
  the models whose rows it shows, so saving another of the app's models keeps it; a model's
  aspect (``"visits.visit:figures"``, the model's ``aspects``) narrows it to some fields.
- An item page's **section** ``context(obj, request)`` likewise; rendered by
  ``{% page_sections "partner" partner %}``. Page names: ``partner``, ``agreement``, ``visit``,
  ``exhibition``, ``opportunity``, … (the page that renders the tag owns the name).
  A section may also pass ``queryset=fn(queryset) -> queryset``: the page's view hands its
  own queryset to ``plugins.sections(page).prepare(queryset)``, so the section can ask for
  what it reads (a ``select_related``) in the page's query instead of a query of its own.
- A **country count** gives ``counts()`` → ``{country code: n}`` (one query), a column
  label, and the list whose ``?country=XX`` it links to. Read by the countries page.
- A **search group** gives the ``model`` (a Publishable) and its ``label``, and says which
  translated fields are its title and text: see ``intloffice/search.py``, which keeps one
  index of every group's rows and serves ``/<lang>/search/``.
- A **sitemap** section gives a ``sitemap`` class (``intloffice.sitemap_base``); ``/sitemap.xml``
  is an index of one sitemap per registered section.
- A **figure** gives ``chart(year=None)`` → an ``intloffice.charts.Chart`` (or ``None`` to
  show nothing), in a fixed number of queries: the office's figures so far when ``year`` is
  ``None`` (``/<lang>/about/figures/``), the figures of one year in that year's annual report
  (``None`` when the figure has no meaning for one year). The home page's figures blocks
  read the same numbers (the same QuerySet verbs). See ``intloffice/figures.py``.
- The **annual report** is an item page like the others: its sections are
  ``plugins.sections("annual_report")``, each with a ``title`` option (its heading and its line
  in the table of contents); ``context(report, request)`` reads ``report.year``.
- A **partner activity** gives ``partners_active_since(date)`` → a values QuerySet of the
  partner ids the app recorded something with since ``date`` (a visit hosted, an event, an
  opportunity). Partners with none, and no agreement, are "without activity" in the admin.
- A **dashboard** item gives a ``label``, ``count()`` (one query), the admin ``url`` name of
  the changelist and its ``query`` string (the filter that lists exactly those rows) and the
  ``permission`` needed to see it; the admin index lists them (``templates/admin/index.html``).
- A **journey** link is one entry point of the home page's "find your way" block, under one
  audience of ``intloffice.blocks.AUDIENCES`` (``students``, ``partners``, ``media``): its
  ``label``, the ``url`` name of a page and, optionally, its ``query`` (a dict: a filtered
  list such as ``{"kind": "scholarship"}``) and ``fragment``. No query runs to draw it.
- A **moment** is when an app's public pages change by themselves, as a scheduled item's
  publication does: ``moments(now)`` gives a QuerySet of the future datetimes (one column,
  ``values_list(..., flat=True)``), e.g. opportunities' deadlines. No page or fragment is kept
  past the next one (``intloffice.cache.next_change``).
- A **feed** gives a ``title`` and the ``url`` name of an RSS/Atom feed; every page's
  ``<head>`` links it (``{% feed_links %}`` in ``base.html``).

Each context function runs a fixed number of queries, so the page's count stays fixed.
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Entry:
    key: str
    order: int
    options: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.options[name]
        except KeyError:
            raise AttributeError(name) from None


class Slot:
    """What the apps registered for one place, kept in (order, key) order."""

    def __init__(self, name, required=()):
        self.name = name
        self.required = required
        self._entries = {}

    def register(self, key, *, order=100, **options):
        """Add or replace the entry ``key`` (registering twice is harmless)."""
        missing = [name for name in self.required if name not in options]
        if missing:
            raise TypeError(f"{self.name} entry {key!r} needs {', '.join(missing)}")
        self._entries[key] = Entry(key, order, options)

    def unregister(self, key):
        self._entries.pop(key, None)

    def __iter__(self):
        return iter(sorted(self._entries.values(), key=lambda entry: (entry.order, entry.key)))

    def __len__(self):
        return len(self._entries)

    def __contains__(self, key):
        return key in self._entries

    def prepare(self, queryset):
        """``queryset`` as each entry's ``queryset=`` option widens it (in entry order)."""
        for entry in self:
            adjust = entry.options.get("queryset")
            if adjust is not None:
                queryset = adjust(queryset)
        return queryset


home = Slot("home block", required=("template", "context"))
country_counts = Slot("country count", required=("label", "counts", "list_url"))
feeds = Slot("feed", required=("title", "url"))
search = Slot("search group", required=("model", "label"))
sitemaps = Slot("sitemap section", required=("sitemap",))
figures = Slot("figure", required=("chart",))
journeys = Slot("journey link", required=("audience", "label", "url"))
partner_activity = Slot("partner activity", required=("partners_active_since",))
dashboard = Slot("dashboard item", required=("label", "count", "url", "permission"))
moments = Slot("moment", required=("moments",))
_sections = {}


def sections(page):
    """The sections registered for an item page (``"partner"``, ``"visit"``, …)."""
    if page not in _sections:
        _sections[page] = Slot(f"{page} section", required=("template", "context"))
    return _sections[page]
