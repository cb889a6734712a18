"""Site search: one index table fed by what each app declares (DESIGN.md "Plug-in seam").

An app adds a model to the search in its ``AppConfig.ready()``::

    plugins.search.register(
        "news.article",
        model=Article,               # a Publishable with get_absolute_url()
        label=_("News"),             # the group's name on the search page
        title="title",               # the translated field shown as the result's title
        text=("summary", "body"),    # translated fields searched and quoted in the snippet
        extra=article_words,         # optional obj -> str: more words to find it by
        date="published_at",         # the date shown (a field name, or obj -> date)
        public=lambda qs: qs,        # optional: narrows the published rows to the public ones
        prepare=lambda qs: qs,       # optional: select/prefetch what ``extra`` reads
        depends={Other: fn},         # optional: saving an Other reindexes fn(other) -> pks
        order=40,
    )

Every row of a registered model has one ``SearchEntry`` (``intloffice/models.py``), kept on
save and delete by signals and rebuilt by ``manage.py rebuild_search_index``. The entry holds
the titles and plain texts per language (for the result and its snippet) and the same words
folded by ``normalize_search_text`` in language-independent columns, so a query finds an item
in either language whatever the page's language. Drafts, staff-only rows (``public``) and rows
scheduled for later are stored with ``is_public`` false or a future ``published_at`` and are
never returned to visitors.

Matching: every word of the query (folded the same way) must occur in the title or text.
PostgreSQL searches a stored ``tsvector`` (``arabic`` and ``english`` configurations, GIN
index) with prefix matching and, for a one-word query that finds little (a short name with a
typo), trigram word similarity on the title. SQLite matches substrings of the same folded
columns. Both rank the entries whose title holds more of the words first; then PostgreSQL
orders by ``ts_rank`` and SQLite by body hits; then the newest.
A search runs two queries: the counts per group, then one page. The search page keeps both
(``fragments.remembered``) with the version of every searched app, so the same words asked
again (a popular name, the way back from a result) read them from the cache until any
searched content changes or a scheduled item comes out.
"""

import contextlib
import re
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from html import unescape
from operator import and_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections, router, transaction
from django.db.models import Case, Count, ExpressionWrapper, F, IntegerField, Q, Value, When
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from . import plugins
from .text import normalize_search_text

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
TITLE_LENGTH = 500
TEXT_LENGTH = 5000  # plain text kept per language for snippets
BODY_LENGTH = 30000  # folded text searched (both languages)
SNIPPET_WORDS = 32
TRIGRAM_MIN_LENGTH = 4
TYPO_FALLBACK_BELOW = 20  # typo matches only when the exact word finds fewer entries
RANK_ALL_BELOW = 2000  # ts_rank orders the results when the words match fewer entries

# A word as typed: letters and digits of any script with the marks written on them (tashkeel,
# tatweel, Latin accents), so "مُحَمَّد" is one word. "_" and punctuation separate words.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_WORD = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")

_paused = ContextVar("search_index_paused", default=False)


# --- what the apps registered ------------------------------------------------------------


def groups():
    """The registered search groups, in order."""
    return list(plugins.search)


def group(key):
    for entry in plugins.search:
        if entry.key == key:
            return entry
    return None


def _group_of_model(model):
    for entry in plugins.search:
        if entry.model is model:
            return entry
    return None


def _dependants(model):
    """(group, fn) for each group that declared it depends on ``model``."""
    return [
        (entry, fn)
        for entry in plugins.search
        for other, fn in (entry.options.get("depends") or {}).items()
        if other is model
    ]


# --- building entries ----------------------------------------------------------------------


def plain_text(value):
    """Rich text or plain text as one line of plain text."""
    if not value:
        return ""
    return " ".join(unescape(strip_tags(str(value))).split())


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _translated(obj, field):
    """{language: plain text} of a translated field (the field itself when untranslated)."""
    values = {}
    for code in _languages():
        name = f"{field}_{code}"
        values[code] = plain_text(getattr(obj, name, "") if hasattr(obj, name) else "")
    if not any(values.values()) and hasattr(obj, field):
        values = dict.fromkeys(_languages(), plain_text(getattr(obj, field)))
    return values


def _language_free_path(obj):
    """The object's URL without the language prefix (``/news/<slug>/``)."""
    with translation.override(settings.LANGUAGE_CODE):
        url = obj.get_absolute_url()
        home = reverse("intloffice:home")
    return "/" + url.removeprefix(home) if url.startswith(home) else url


def _as_date(value):
    if isinstance(value, datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def _entry_for(entry, obj, is_public):
    from .models import SearchEntry

    titles = _translated(obj, entry.options.get("title", "title"))
    texts = {code: [] for code in _languages()}
    for field in entry.options.get("text", ()):
        for code, value in _translated(obj, field).items():
            if value:
                texts[code].append(value)
    texts = {code: " ".join(parts) for code, parts in texts.items()}
    extra_fn = entry.options.get("extra")
    extra = plain_text(extra_fn(obj)) if extra_fn else ""
    date = entry.options.get("date")
    if callable(date):
        date = date(obj)
    elif date:
        date = getattr(obj, date)
    return SearchEntry(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        group=entry.key,
        is_public=is_public,
        published_at=getattr(obj, "published_at", None),
        date=_as_date(date),
        path=_language_free_path(obj)[:300],
        titles={code: value[:TITLE_LENGTH] for code, value in titles.items()},
        texts={code: value[:TEXT_LENGTH] for code, value in texts.items()},
        title_text=normalize_search_text(" ".join(titles.values()))[:1000],
        body_text=normalize_search_text(" ".join([*texts.values(), extra]))[:BODY_LENGTH],
    )


def _public_pks(entry, objects):
    """The pks of ``objects`` visitors may find (published, and public if the group says)."""
    from .publishing import Status

    public = entry.options.get("public")
    rows = entry.model._default_manager.filter(
        pk__in=[obj.pk for obj in objects], status=Status.PUBLISHED
    )
    if public is not None:
        rows = public(rows)
    return set(rows.values_list("pk", flat=True))


def _prepared(entry, queryset):
    prepare = entry.options.get("prepare")
    return prepare(queryset) if prepare else queryset


def index(entry, pks):
    """(Re)write the entries of the group ``entry`` for the objects ``pks``; entries of pks
    whose object is gone are removed."""
    from .models import SearchEntry

    pks = list(pks)
    if not pks:
        return
    model = entry.model
    objects = list(_prepared(entry, model._default_manager.filter(pk__in=pks)))
    public = _public_pks(entry, objects) if objects else set()
    rows = [_entry_for(entry, obj, obj.pk in public) for obj in objects]
    content_type = ContentType.objects.get_for_model(model)
    SearchEntry.objects.filter(content_type=content_type, object_id__in=pks).delete()
    SearchEntry.objects.bulk_create(rows)  # the tsvector is filled by a trigger (PostgreSQL)


def rebuild(batch_size=500):
    """Rewrite the whole index from the registered models; returns {group key: entries}."""
    from .models import SearchEntry

    SearchEntry.objects.all().delete()
    counts = {}
    for entry in groups():
        pks = list(entry.model._default_manager.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), batch_size):
            batch = pks[start : start + batch_size]
            objects = list(_prepared(entry, entry.model._default_manager.filter(pk__in=batch)))
            public = _public_pks(entry, objects)
            SearchEntry.objects.bulk_create(
                [_entry_for(entry, obj, obj.pk in public) for obj in objects]
            )
        counts[entry.key] = len(pks)
    _analyze()
    return counts


def _is_postgres():
    return connection.vendor == "postgresql"


def _analyze():
    """Fresh planner statistics after a rebuild (PostgreSQL), so it picks the GIN indexes."""
    if _is_postgres():
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE intloffice_searchentry")


@contextlib.contextmanager
def paused():
    """Saves inside do not touch the index (bulk loads); rebuild it afterwards."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def _on_save(sender, instance, raw=False, **kwargs):
    if raw or _paused.get():
        return
    entry = _group_of_model(sender)
    if entry is not None:
        index(entry, [instance.pk])
    for dependant, fn in _dependants(sender):
        index(dependant, list(fn(instance)))


def _on_delete(sender, instance, **kwargs):
    if _paused.get():
        return
    entry = _group_of_model(sender)
    if entry is not None:
        from .models import SearchEntry

        SearchEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()
    for dependant, fn in _dependants(sender):
        index(dependant, list(fn(instance)))


def connect():
    """Keep the index in step with every save and delete (called once from intloffice's
    ``ready()``; groups registered later are found when a signal arrives)."""
    post_save.connect(_on_save, dispatch_uid="intloffice-search-save")
    post_delete.connect(_on_delete, dispatch_uid="intloffice-search-delete")


# --- querying ------------------------------------------------------------------------------


def query_terms(query):
    """The words of ``query`` folded for search: at most ``MAX_TERMS``, no duplicates.
    Quotes, ``%``, ``_``, backslashes and other punctuation only separate words."""
    folded = normalize_search_text((query or "")[:MAX_QUERY_LENGTH])
    return list(dict.fromkeys(_WORD.findall(folded)))[:MAX_TERMS]


def matching(queryset, terms):
    """``queryset`` (of SearchEntry) narrowed to every term and annotated with ``rank``."""
    if _is_postgres():
        return _matching_postgres(queryset, terms)
    title_hits = [Case(When(title_text__contains=t, then=3), default=0) for t in terms]
    body_hits = [Case(When(body_text__contains=t, then=1), default=0) for t in terms]
    condition = reduce(and_, (Q(title_text__contains=t) | Q(body_text__contains=t) for t in terms))
    rank = reduce(lambda a, b: a + b, [*title_hits, *body_hits], Value(0))
    return queryset.filter(condition).annotate(rank=ExpressionWrapper(rank, IntegerField()))


def _title_hits(terms):
    """How many of ``terms`` the folded title holds: the rank (ties: the newest first)."""
    hits = [Case(When(title_text__contains=t, then=Value(1.0)), default=Value(0.0)) for t in terms]
    return reduce(lambda a, b: a + b, hits)


def _matching_postgres(queryset, terms):
    from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
    from django.db.models import Exists, FloatField

    from .models import SearchEntry

    # Each term is letters and digits only (query_terms), so "term:*" is a safe prefix query.
    query = reduce(
        and_,
        (
            SearchQuery(f"{t}:*", search_type="raw", config="arabic")
            | SearchQuery(f"{t}:*", search_type="raw", config="english")
            for t in terms
        ),
    )
    # The rank: the words the title holds first (the short folded title), then ``ts_rank``
    # over the stored vector, scaled into [0, 1) (normalization 32) to order within a tier —
    # unless the words match more than ``RANK_ALL_BELOW`` entries (a common word): reading
    # every one of their large vectors costs more than the rest of the search, and in so
    # many results the newest first is as good an order (one more InitPlan, as below).
    exact = SearchEntry.objects.filter(search_vector=query)
    text_rank = Case(
        When(
            ~Exists(exact[RANK_ALL_BELOW:]),
            then=SearchRank(F("search_vector"), query, normalization=Value(32)),
        ),
        default=Value(0.0),
    )
    rank = ExpressionWrapper(_title_hits(terms) + text_rank, FloatField())
    if len(terms) == 1 and len(terms[0]) >= TRIGRAM_MIN_LENGTH:
        # One word, as for a short name: a title word within a typo of it matches too
        # (``%>``, word similarity ≥ 0.6) — when the word as typed finds fewer than
        # ``TYPO_FALLBACK_BELOW`` entries. A common word is not a typo, and comparing it with
        # every title costs more than the rest of the search. The test is one uncorrelated
        # ``NOT EXISTS (… OFFSET n)``, which PostgreSQL runs once per query (an InitPlan), so
        # the query count stays fixed. A UNION of the two indexed look-ups (GIN over the
        # tsvector, GIN trigram over the title), not an OR, which the planner answers by
        # computing the similarity of every row. Several words must all match.
        few = ~Exists(exact[TYPO_FALLBACK_BELOW:])
        found = exact.values("pk").union(
            SearchEntry.objects.filter(few, title_text__trigram_word_similar=terms[0]).values("pk")
        )
        similarity = Case(
            When(few, then=TrigramWordSimilarity(Value(terms[0]), "title_text")),
            default=Value(0.0),
        )
        rank = ExpressionWrapper(rank + similarity, FloatField())
        return queryset.filter(pk__in=found).annotate(rank=rank)
    return queryset.filter(search_vector=query).annotate(rank=rank)


@contextlib.contextmanager
def _through_the_index():
    """PostgreSQL: find the matches through the GIN index. With a common word most rows match
    and the planner picks a sequential scan, not counting the cost of testing every stored
    tsvector: five to ten times the bitmap index scan (``bench/bench_search.py``). The setting
    is ``SET LOCAL`` in a transaction (or savepoint) rolled back at the end — these are reads —
    so it never outlives the search."""
    from .models import SearchEntry

    alias = router.db_for_read(SearchEntry)  # the replica's connection, when one is set
    if connections[alias].vendor != "postgresql":
        yield
        return
    with transaction.atomic(using=alias):
        with connections[alias].cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        transaction.set_rollback(True, using=alias)


def indexed_pks(model, query):
    """The pks of ``model``'s rows (drafts and staff-only rows included) whose index entry
    matches every word of ``query`` — a subquery, for the admin's search — or None when
    ``model`` is not registered or ``query`` has no word."""
    from .models import SearchEntry

    entry = _group_of_model(model)
    terms = query_terms(query)
    if entry is None or not terms:
        return None
    return matching(SearchEntry.objects.filter(group=entry.key), terms).values("object_id")


def public_entries():
    from .models import SearchEntry

    return SearchEntry.objects.filter(
        is_public=True, published_at__lte=timezone.now(), group__in=[e.key for e in groups()]
    )


def counts(terms):
    """{group key: public matches of every term} (one query); {} for no term."""
    if not terms:
        return {}
    found = matching(public_entries(), terms)
    with _through_the_index():
        return dict(found.order_by().values_list("group").annotate(n=Count("pk")))


def ordered(terms, group_key=None):
    """The public matches of every term (in ``group_key`` alone if given), best first: a
    queryset; slice it for a page (one query)."""
    found = matching(public_entries(), terms)
    if group_key:
        found = found.filter(group=group_key)
    return found.order_by("-rank", F("date").desc(nulls_last=True), "-pk").only(
        "group", "date", "path", "titles", "texts"
    )


def page_of_hits(terms, group_key, start, stop):
    """The ``Hit``\\ s of the matches ``start:stop`` (one query)."""
    if not terms:
        return []
    with _through_the_index():
        return hits(list(ordered(terms, group_key)[start:stop]), terms)


def searched_apps():
    """The apps whose content the search shows (a group's model, or a model it depends on):
    its results are kept with their versions."""
    models = [m for e in groups() for m in (e.model, *(e.options.get("depends") or {}))]
    return tuple(sorted({model._meta.app_label for model in models}))


# --- showing results -----------------------------------------------------------------------


def _word_matches(word, terms):
    folded = normalize_search_text(word)
    return bool(folded) and any(term in folded for term in terms)


def highlight(text, terms, limit=None):
    """``text`` HTML-escaped with the words that contain a term in ``<mark>``; with ``limit``,
    a window of about that many words around the first match, with ellipses."""
    pieces = re.split(f"({_WORD.pattern})", text or "")
    # pieces alternate: separator, word, separator, word, ..., separator
    words = pieces[1::2]
    start, end = 0, len(words)
    if limit and len(words) > limit:
        first = next((i for i, w in enumerate(words) if _word_matches(w, terms)), 0)
        start = max(0, min(first - limit // 4, len(words) - limit))
        end = start + limit
    out = ["… "] if start > 0 else []
    for i in range(start, end):
        if i > start:
            out.append(escape(pieces[2 * i]))
        elif i == 0:
            out.append(escape(pieces[0]))
        word = words[i]
        out.append(f"<mark>{escape(word)}</mark>" if _word_matches(word, terms) else escape(word))
    if end < len(words):
        out.append(" …")
    else:
        out.append(escape(pieces[-1]))
    return mark_safe("".join(out))


@dataclass
class Hit:
    """One result, as shown; plain values only, so a page of them can be kept (fragments)."""

    group_key: str
    url: str
    title: str
    title_language: str
    snippet: str
    snippet_language: str
    date: object

    @property
    def group(self):
        return group(self.group_key)


def _in_language(values, language):
    """(text, its language): the visitor's language, else the first language that has it."""
    if values.get(language):
        return values[language], language
    for code in _languages():
        if values.get(code):
            return values[code], code
    return "", language


def hits(entries, terms, language=None, snippets=True):
    """The page's entries as ``Hit``\\ s with highlighted title and snippet (``snippets=False``
    when ``texts`` was not loaded)."""
    language = language or translation.get_language()
    home = reverse("intloffice:home").rstrip("/")
    shown = []
    for row in entries:
        title, title_language = _in_language(row.titles, language)
        text, text_language = _in_language(row.texts if snippets else {}, language)
        shown.append(
            Hit(
                group_key=row.group,
                url=home + row.path,
                title=highlight(title, terms),
                title_language=title_language,
                snippet=highlight(text, terms, limit=SNIPPET_WORDS),
                snippet_language=text_language,
                date=row.date,
            )
        )
    return shown
