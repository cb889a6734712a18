import logging
import sys
from functools import partial
from urllib.parse import urlencode

from django.core.cache import caches
from django.core.paginator import Page as PageOfResults
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.db.models import F
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import cache_control, never_cache
from django.views.generic import DetailView, TemplateView

from . import search
from .forms import ContactForm
from .fragments import remembered
from .lists import page_number
from .models import Page, SiteSettings
from .publishing import PublishedObjectMixin, lazy
from .services import admit_contact, notify_office

logger = logging.getLogger(__name__)


class HomeView(TemplateView):
    template_name = "intloffice/home.html"


class PageDetailView(PublishedObjectMixin, DetailView):
    model = Page
    template_name = "intloffice/page_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("objectives")


SEARCH_PAGE_SIZE = 20


def search_page(request):
    """``/<lang>/search/?q=&type=&page=``: every public item matching every word of ``q``,
    in either language, grouped by type with counts. An empty query shows the prompt and runs
    no query; an unknown ``type`` answers 400 with a message; ``q`` is cut at 200 characters."""
    raw = request.GET.get("q", "")
    query = " ".join(raw.split())[: search.MAX_QUERY_LENGTH]
    chosen = request.GET.get("type", "")
    context = {
        "query": query,
        "chosen": chosen,
        "language": get_language(),
        "groups": search.groups(),
        "max_length": search.MAX_QUERY_LENGTH,
        "was_cut": len(" ".join(raw.split())) > search.MAX_QUERY_LENGTH,
    }
    status = 200
    if chosen and search.group(chosen) is None:
        context["type_error"] = gettext("Choose a type from the list.")
        status = 400
    elif query:
        terms = search.query_terms(query)
        apps = search.searched_apps()  # kept with their content (fragments.py)
        counts = remembered(request, "search-counts", partial(search.counts, terms), apps, (terms,))
        paginator = Paginator((), SEARCH_PAGE_SIZE)
        paginator.count = counts.get(chosen, 0) if chosen else sum(counts.values())
        number = page_number(request.GET.get("page"), paginator.num_pages)
        start = (number - 1) * SEARCH_PAGE_SIZE
        # The page of hits is read only when the kept results (search.html) must be drawn.
        hits = lazy(partial(search.page_of_hits, terms, chosen, start, start + SEARCH_PAGE_SIZE))
        query_string = urlencode({"q": query, **({"type": chosen} if chosen else {})})
        context.update(
            searched=True,
            terms=terms,
            counts=counts,
            total=sum(counts.values()),  # "All types (n)", whatever the chosen type
            type_links=[
                (entry, counts[entry.key]) for entry in search.groups() if counts.get(entry.key)
            ],
            hits=hits,
            page_obj=PageOfResults(hits, number, paginator),
            results_apps=" ".join(apps),
            results_vary=(terms, chosen, number, query_string),  # its links carry the query
            paginator=paginator,
            query_string=query_string,
            q_string=urlencode({"q": query}),
        )
    return render(request, "intloffice/search.html", context, status=status)


search_page.query_params = ("q", "type", "page")


LATEST_PER_SECTION = 5


def site_map(request):
    """``/<lang>/sitemap/``: the office pages, then each searchable section with its list
    and its latest items (one query for the pages, one per section)."""
    sections = []
    for entry in search.groups():
        if entry.model is Page:
            continue
        latest = list(
            search.public_entries()
            .filter(group=entry.key)
            .order_by(F("date").desc(nulls_last=True), "-published_at", "-pk")
            .only("group", "date", "path", "titles")[:LATEST_PER_SECTION]
        )
        sections.append(
            {
                "entry": entry,
                "list_url": entry.options.get("list_url"),
                "latest": search.hits(latest, [], snippets=False),
            }
        )
    pages = Page.objects.published().order_by("order", "pk").only("slug", "title_ar", "title_en")
    return render(request, "intloffice/site_map.html", {"pages": pages, "sections": sections})


def contact(request):
    rate_limited = False
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            if form.is_spam():
                return redirect("intloffice:contact_thanks")
            if not admit_contact(request):
                rate_limited = True
            else:
                message = form.save(commit=False)
                message.language = get_language()
                message.save()
                try:
                    notify_office(message)
                except Exception:  # the message is saved; the office sees it in the admin
                    logger.exception(
                        "Could not e-mail the office about contact message %s", message.pk
                    )
                return redirect("intloffice:contact_thanks")
    else:
        form = ContactForm()
    status = 429 if rate_limited else (400 if form.is_bound else 200)
    return render(
        request,
        "intloffice/contact.html",
        {"form": form, "rate_limited": rate_limited, "site": SiteSettings.get_solo()},
        status=status,
    )


def contact_thanks(request):
    return render(request, "intloffice/contact_thanks.html")


@never_cache
def healthz(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        checks["database"] = "unavailable"
    checks["cache"] = "ok" if all(_cache_answers(alias) for alias in caches) else "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(checks, status=200 if healthy else 503)


def _cache_answers(alias):
    """A real round trip to the cache's service (``ping`` of the fault-tolerant backends)."""
    backend = caches[alias]
    try:
        if hasattr(backend, "ping"):
            return backend.ping()
        backend.set("intloffice:healthz", "ok", 10)
        return backend.get("intloffice:healthz") == "ok"
    except Exception:
        logger.exception("Health check: cache %s unreachable", alias)
        return False


@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /translations/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """The 500 page, or the 503 page when the database is what failed; rendered without it."""
    if isinstance(sys.exc_info()[1], DatabaseError):
        template = loader.get_template("503.html")
        response = HttpResponse(template.render({"request_path": request.path}), status=503)
        response["Retry-After"] = "30"
        return response
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request_path": request.path}), status=500)
