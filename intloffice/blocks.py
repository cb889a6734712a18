"""What the site-wide app itself adds to the home page through the plug-in seam
(intloffice/plugins.py): the visitors' entry points and the office's own pages. Registered in
``IntlofficeConfig.ready()``."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import plugins
from .models import Page

OFFICE_PAGES_ON_HOME = 6


@dataclass(frozen=True)
class Audience:
    key: str
    title: str
    text: str


#: The people the home page's entry points speak to, in their order; each app adds its links
#: to them with ``plugins.journeys.register(..., audience="students", ...)``.
AUDIENCES = (
    Audience(
        "students",
        _("Students"),
        _("Study abroad with a scholarship or an exchange at one of our partners."),
    ),
    Audience(
        "partners",
        _("Partner institutions"),
        _("Work with the university: agreements, joint programmes and visits."),
    ),
    Audience(
        "media",
        _("Media"),
        _("The office's official positions, press releases and who to ask."),
    ),
)


def journey_url(entry):
    """The address of a journey link: its page, filtered by its query, at its fragment."""
    url = reverse(entry.url)
    query = entry.options.get("query")
    if query:
        url = f"{url}?{urlencode(query)}"
    fragment = entry.options.get("fragment")
    return f"{url}#{fragment}" if fragment else url


def journeys(request):
    """The entry points by audience (no query); an audience without links is left out."""
    groups = []
    for audience in AUDIENCES:
        links = [
            {"label": entry.label, "url": journey_url(entry)}
            for entry in plugins.journeys
            if entry.audience == audience.key
        ]
        if links:
            groups.append({"audience": audience, "links": links})
    return {"journeys": groups} if groups else None


def office_pages(request):
    """Published office pages, in their set order (one query); nothing while there is none."""
    pages = list(Page.objects.published().order_by("order", "pk")[:OFFICE_PAGES_ON_HOME])
    return {"pages": pages} if pages else None
