"""E-mail the office the agreements that reach their end soon, once a day at most.

Run it daily from cron (see README "Scheduled tasks"). Each run reports the agreements that
crossed a threshold since the previous run — 90, 30 or 7 days before their end — and those
that expired since then, so a missed day loses nothing and nothing is reported twice. A second
run on the same day sends nothing. The first run ever treats yesterday as the previous run.
"""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from intloffice.models import SiteSettings
from partners.models import Agreement, Partner, ReminderLog

THRESHOLDS = (7, 30, 90)  # days before the end; each agreement is listed under the nearest


def agreements_to_report(today, since):
    """[(days or None, [agreements])]: crossing each threshold in (since, today], and expired
    in [since, today) as ``None``."""
    base = (
        Agreement.objects.filter(terminated=False)
        .prefetch_related(Prefetch("partners", queryset=Partner.objects.order_by("name")))
        .order_by("ends_on", "pk")
    )
    seen = set()
    groups = []
    for days in THRESHOLDS:
        delta = datetime.timedelta(days=days)
        items = [
            agreement
            for agreement in base.filter(ends_on__gt=since + delta, ends_on__lte=today + delta)
            if agreement.pk not in seen
        ]
        seen.update(agreement.pk for agreement in items)
        groups.append((days, items))
    expired = list(base.filter(ends_on__gte=since, ends_on__lt=today))
    groups.append((None, expired))
    return groups


def group_title(days):
    if days is None:
        return gettext("Expired since the last reminder")
    return ngettext("Ending within %(days)d day", "Ending within %(days)d days", days) % {
        "days": days
    }


class Command(BaseCommand):
    help = (
        "E-mail the office the agreements reaching their end in 90, 30 and 7 days and those "
        "expired since the last run (once a day at most)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="",
            help="The site's address, e.g. https://international.example.edu, for the links.",
        )

    def handle(self, *args, base_url, **options):
        site = SiteSettings.get_solo()
        recipient = settings.OFFICE_EMAIL or site.email
        if not recipient:
            raise CommandError(
                "No office e-mail address: set DJANGO_OFFICE_EMAIL or the e-mail in the "
                "site settings."
            )
        today = timezone.localdate()
        try:
            with transaction.atomic():
                log, created = ReminderLog.objects.get_or_create(
                    run_on=today, defaults={"recipients": recipient}
                )
                if not created:
                    self.stdout.write(f"Already run today ({today:%Y-%m-%d}): nothing sent.")
                    return
                previous = ReminderLog.objects.filter(run_on__lt=today).order_by("-run_on").first()
                since = previous.run_on if previous else today - datetime.timedelta(days=1)
                with translation.override(site.office_language):
                    groups = agreements_to_report(today, since)
                    total = sum(len(items) for _days, items in groups)
                    if total:
                        self.send(site, recipient, today, groups, total, base_url.rstrip("/"))
                log.agreement_count = total
                log.summary = "\n".join(
                    f"{days or 'expired'}: {', '.join(a.slug for a in items)}"
                    for days, items in groups
                    if items
                )
                log.save(update_fields=["agreement_count", "summary"])
        except IntegrityError:  # another run took today's slot at the same moment
            self.stdout.write("Another run is sending today's reminder: nothing sent.")
            return
        if total:
            self.stdout.write(f"Reminder sent to {recipient}: {total} agreement(s).")
        else:
            self.stdout.write("No agreement to report today: nothing sent.")

    def send(self, site, recipient, today, groups, total, base_url):
        for _days, items in groups:
            for agreement in items:
                agreement.admin_path = reverse(
                    "admin:partners_agreement_change", args=[agreement.pk]
                )
        context = {
            "site": site,
            "today": today,
            "total": total,
            "base_url": base_url,
            "groups": [
                {"days": days, "title": group_title(days), "agreements": items}
                for days, items in groups
            ],
        }
        subject = render_to_string("partners/email/reminder_subject.txt", context).strip()
        body = render_to_string("partners/email/reminder_body.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
