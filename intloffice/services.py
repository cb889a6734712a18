"""Writes that send mail or span several things: the contact message."""

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from .clients import client_ip
from .models import SiteSettings


def contact_rate_limited(request):
    """True when this address already sent the allowed number of messages in the window."""
    key = f"intloffice:contact-rate:{client_ip(request)}"
    return (cache.get(key) or 0) >= settings.CONTACT_RATE_LIMIT


def count_contact(request):
    key = f"intloffice:contact-rate:{client_ip(request)}"
    if cache.add(key, 1, settings.CONTACT_RATE_WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, settings.CONTACT_RATE_WINDOW)


def notify_office(message):
    """E-mail the office about a new contact message, in the office's language."""
    site = SiteSettings.get_solo()
    recipient = settings.OFFICE_EMAIL or site.email
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
