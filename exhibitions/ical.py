"""iCalendar (.ics) for events: the subscribable feed and the one-event "add to calendar" file.

All-day events (``DTSTART``/``DTEND`` as DATE values, the end exclusive), a UID made of the
row's id and the site's host so it never changes when the title or dates are edited, the
summary and location in the language of the URL, and the event page's address.
"""

from urllib.parse import urlsplit

from django.utils.translation import gettext, pgettext
from icalendar import Calendar, Event


def event_uid(event, host):
    return f"exhibition-{event.pk}@{host}"


def calendar_for(request, events):
    """A VCALENDAR of ``events`` (Exhibition rows; their long texts are not read)."""
    host = urlsplit(f"//{request.get_host()}").hostname
    calendar = Calendar()
    calendar.add("prodid", "-//intloffice//exhibitions//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", gettext("Exhibitions, fairs and conferences"))
    for event in events:
        calendar.add_component(_event(request, event, host))
    return calendar


def _event(request, event, host):
    url = request.build_absolute_uri(event.get_absolute_url())
    item = Event()
    item.add("uid", event_uid(event, host))
    item.add("dtstamp", event.updated_at)
    item.add("last-modified", event.updated_at)
    item.add("dtstart", event.starts_on)
    item.add("dtend", event.ics_end)
    item.add("summary", event.title)
    place = [part for part in (event.venue, event.city, str(event.country.name)) if part]
    item.add("location", f"{pgettext('comma', ',')} ".join(place))
    item.add("description", "\n\n".join(part for part in (event.summary, url) if part))
    item.add("url", url)
    item.add("categories", [str(event.get_kind_display())])
    item.add("transp", "TRANSPARENT")
    return item
