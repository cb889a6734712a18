"""E-mail the office the published opportunities closing within 7 days, once a day at most.

Run it daily from cron (README "Scheduled tasks"). A second run on the same day sends nothing:
each run records the day, the recipients and the opportunities it reported (DeadlineReminder,
read-only in the admin).
"""

from django.urls import reverse
from django.utils import timezone

from intloffice.reminders import DailyReminderCommand, Report
from opportunities.models import CLOSING_SOON_DAYS, DeadlineReminder, Opportunity


class Command(DailyReminderCommand):
    help = (
        "E-mail the office the published opportunities whose deadline falls within 7 days "
        "(once a day at most)."
    )
    log_model = DeadlineReminder
    count_field = "opportunity_count"
    template = "opportunities/email/reminder"
    sent_message = "Reminder sent to {recipient}: {count} opportunity(ies)."
    empty_message = "No opportunity closes within 7 days: nothing sent."

    def report(self, today, now):
        opportunities = list(
            Opportunity.objects.published()
            .closing_within(CLOSING_SOON_DAYS, now)
            .select_related("provider_partner")
            .order_by("deadline", "pk")
        )
        for opportunity in opportunities:
            opportunity.admin_path = reverse(
                "admin:opportunities_opportunity_change", args=[opportunity.pk]
            )
        context = {"days": CLOSING_SOON_DAYS, "opportunities": opportunities}
        lines = [f"{timezone.localtime(o.deadline):%Y-%m-%d %H:%M} {o.slug}" for o in opportunities]
        return Report(len(opportunities), context, lines)
