"""E-mail the office the agreements that reach their end soon, once a day at most.

Run it daily from cron (see README "Scheduled tasks"). Each run reports the agreements that
crossed a threshold since the previous run — 90, 30 or 7 days before their end — and those
that expired since then, so a missed day loses nothing and nothing is reported twice. A second
run on the same day sends nothing. The first run ever treats yesterday as the previous run.
"""

import datetime

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext, ngettext

from intloffice.reminders import DailyReminderCommand, Report
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


class Command(DailyReminderCommand):
    help = (
        "E-mail the office the agreements reaching their end in 90, 30 and 7 days and those "
        "expired since the last run (once a day at most)."
    )
    log_model = ReminderLog
    count_field = "agreement_count"
    template = "partners/email/reminder"
    sent_message = "Reminder sent to {recipient}: {count} agreement(s)."
    empty_message = "No agreement to report today: nothing sent."

    def report(self, today, now):
        previous = ReminderLog.objects.filter(run_on__lt=today).order_by("-run_on").first()
        since = previous.run_on if previous else today - datetime.timedelta(days=1)
        groups = agreements_to_report(today, since)
        for _days, items in groups:
            for agreement in items:
                agreement.admin_path = reverse(
                    "admin:partners_agreement_change", args=[agreement.pk]
                )
        total = sum(len(items) for _days, items in groups)
        context = {
            "total": total,
            "groups": [
                {"days": days, "title": group_title(days), "agreements": items}
                for days, items in groups
            ],
        }
        lines = [
            f"{days or 'expired'}: {', '.join(a.slug for a in items)}"
            for days, items in groups
            if items
        ]
        return Report(total, context, lines)
