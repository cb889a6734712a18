"""Writes that send mail or span several things: the contact message."""

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from .clients import client_ip
from .models import SiteSettings
from .reminders import office_email


def admit_contact(request):
    """Count a message from this address; False when it is over the limit of the window.

    The count is taken first and compared after, so messages arriving at the same moment from
    several worker processes cannot all pass one check (the shared cache's increment is
    atomic: Redis, or the locked row of ``FaultTolerantDatabaseCache.incr``)."""
    key = f"intloffice:contact-rate:{client_ip(request)}"
    if cache.add(key, 1, settings.CONTACT_RATE_WINDOW):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two calls, or the cache is down
        cache.set(key, 1, settings.CONTACT_RATE_WINDOW)
        return True
    return count <= settings.CONTACT_RATE_LIMIT


def notify_office(message):
    """E-mail the office about a new contact message, in the office's language."""
    site = SiteSettings.get_solo()
    recipient = office_email(site)
    if not recipient:
        return 0
    with translation.override(site.office_language):
        subject = render_to_string(
            "intloffice/email/contact_subject.txt", {"message": message, "site": site}
        )
        body = render_to_string(
            "intloffice/email/contact_body.txt", {"message": message, "site": site}
        )
    email = EmailMessage(
        " ".join(subject.split()),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [recipient],
        reply_to=[message.email],
    )
    return email.send()
