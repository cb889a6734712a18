"""Daily e-mail reminders to the office, sent once a day at most (README "Scheduled tasks").

A reminder is a management command built on ``DailyReminderCommand`` with a log model built on
``DailyRun``: the command takes today's row of the log first (its ``run_on`` is unique), so a
second run on the same day — or two at the same moment — sends nothing; then it asks
``report()`` for what to say, mails it in the office's language and records what it sent.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _


def office_email(site):
    """Where the office's mail goes: ``DJANGO_OFFICE_EMAIL``, else the site settings' e-mail."""
    return settings.OFFICE_EMAIL or site.email


class DailyRun(models.Model):
    """One row per day a reminder ran: what it sent, and that it ran."""

    run_on = models.DateField(_("run on"), unique=True)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    recipients = models.CharField(_("recipients"), max_length=500, blank=True)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        abstract = True
        ordering = ["-run_on"]
        get_latest_by = "run_on"

    def __str__(self):
        return f"{self.run_on:%Y-%m-%d}"


@dataclass
class Report:
    """What a run found: how many items, the e-mail's context, one summary line per item."""

    count: int
    context: dict = field(default_factory=dict)
    lines: list = field(default_factory=list)


class DailyReminderCommand(BaseCommand):
    log_model = None  #: a ``DailyRun`` subclass
    count_field = ""  #: the log's field recording ``Report.count``
    template = ""  #: ``<template>_subject.txt`` and ``<template>_body.txt``
    sent_message = "Reminder sent to {recipient}: {count} item(s)."
    empty_message = "Nothing to report today: nothing sent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="",
            help="The site's address, e.g. https://international.example.edu, for the links.",
        )

    def report(self, today, now):
        """The ``Report`` of this run (called in the office's language)."""
        raise NotImplementedError

    def handle(self, *args, base_url, **options):
        from intloffice.models import SiteSettings

        site = SiteSettings.get_solo()
        recipient = office_email(site)
        if not recipient:
            raise CommandError(
                "No office e-mail address: set DJANGO_OFFICE_EMAIL or the e-mail in the "
                "site settings."
            )
        now = timezone.now()
        today = timezone.localdate(now)
        try:
            with transaction.atomic():
                log, created = self.log_model.objects.get_or_create(
                    run_on=today, defaults={"recipients": recipient}
                )
                if not created:
                    self.stdout.write(f"Already run today ({today:%Y-%m-%d}): nothing sent.")
                    return
                with translation.override(site.office_language):
                    report = self.report(today, now)
                    if report.count:
                        context = {
                            "site": site,
                            "today": today,
                            "base_url": base_url.rstrip("/"),
                            **report.context,
                        }
                        subject = render_to_string(f"{self.template}_subject.txt", context)
                        body = render_to_string(f"{self.template}_body.txt", context)
                        send_mail(
                            " ".join(subject.split()),
                            body,
                            settings.DEFAULT_FROM_EMAIL,
                            [recipient],
                        )
                setattr(log, self.count_field, report.count)
                log.summary = "\n".join(report.lines)
                log.save(update_fields=[self.count_field, "summary"])
        except IntegrityError:  # another run took today's slot at the same moment
            self.stdout.write("Another run is sending today's reminder: nothing sent.")
            return
        if report.count:
            self.stdout.write(self.sent_message.format(recipient=recipient, count=report.count))
        else:
            self.stdout.write(self.empty_message)
