from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, View

from intloffice import plugins
from intloffice.lists import FilteredListView
from intloffice.publishing import PublishedObjectMixin
from partners.models import Partner
from visits.models import Person

from .filters import PAST, ExhibitionFilter
from .ical import calendar_for
from .models import Exhibition, ExhibitionPhoto


class ExhibitionListView(FilteredListView):
    """Published events: upcoming and ongoing first (soonest first), ``?when=past`` for the
    past ones (newest first), filtered by the query string (intloffice.lists)."""

    template_name = "exhibitions/exhibition_list.html"
    context_object_name = "exhibitions"
    filterset_class = ExhibitionFilter
    paginate_by = 12

    def get_queryset(self):
        return Exhibition.objects.published().for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        showing_past = self.filterset.when_chosen == PAST
        params = self.request.GET.copy()
        for name in ("page", "format", "when"):
            params.pop(name, None)
        if not showing_past:
            params["when"] = PAST
        context.update(showing_past=showing_past, other_when_query=params.urlencode())
        return context


class ExhibitionDetailView(PublishedObjectMixin, DetailView):
    model = Exhibition
    template_name = "exhibitions/exhibition_detail.html"
    context_object_name = "exhibition"

    def get_queryset(self):
        attendees = Person.objects.select_related("organisation").order_by("name", "pk")
        partners = Partner.objects.published().order_by("name", "pk")
        queryset = (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch("attendees", queryset=attendees, to_attr="people"),
                Prefetch("partners", queryset=partners, to_attr="partners_shown"),
                Prefetch(
                    "photos",
                    queryset=ExhibitionPhoto.objects.order_by("order", "pk"),
                    to_attr="gallery",
                ),
            )
        )
        return plugins.sections("exhibition").prepare(queryset)


#: The feed holds the next events only: calendar applications fetch it again and again.
FEED_SIZE = 100


class CalendarView(View):
    """``calendar.ics``: the next ``FEED_SIZE`` upcoming and ongoing events, in the page's
    language."""

    def get(self, request):
        events = Exhibition.objects.published().upcoming()
        events = events.defer(*Exhibition.long_text_columns())[:FEED_SIZE]
        return ics_response(calendar_for(request, events), "exhibitions")


class ExhibitionCalendarView(View):
    """One event as an ``.ics`` file (the "add to calendar" link)."""

    def get(self, request, slug):
        queryset = Exhibition.objects.published().defer(*Exhibition.long_text_columns())
        event = get_object_or_404(queryset, slug=slug)
        return ics_response(calendar_for(request, [event]), event.slug)


def ics_response(calendar, name):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    return response
