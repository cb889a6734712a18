"""E-mail the office the published opportunities closing within 7 days, once a day at most.

Run it daily from cron (README "Scheduled tasks"). A second run on the same day sends nothing:
each run records the day, the recipients and the opportunities it reported (DeadlineReminder,
read-only in the admin).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from intloffice.models import SiteSettings
from opportunities.models import CLOSING_SOON_DAYS, DeadlineReminder, Opportunity


class Command(BaseCommand):
    help = (
        "E-mail the office the published opportunities whose deadline falls within 7 days "
        "(once a day at most)."
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
        now = timezone.now()
        today = timezone.localdate(now)
        try:
            with transaction.atomic():
                log, created = DeadlineReminder.objects.get_or_create(
                    run_on=today, defaults={"recipients": recipient}
                )
                if not created:
                    self.stdout.write(f"Already run today ({today:%Y-%m-%d}): nothing sent.")
                    return
                opportunities = list(
                    Opportunity.objects.published()
                    .closing_within(CLOSING_SOON_DAYS, now)
                    .select_related("provider_partner")
                    .order_by("deadline", "pk")
                )
                if opportunities:
                    with translation.override(site.office_language):
                        self.send(site, recipient, today, opportunities, base_url.rstrip("/"))
                log.opportunity_count = len(opportunities)
                log.summary = "\n".join(
                    f"{timezone.localtime(o.deadline):%Y-%m-%d %H:%M} {o.slug}"
                    for o in opportunities
                )
                log.save(update_fields=["opportunity_count", "summary"])
        except IntegrityError:  # another run took today's slot at the same moment
            self.stdout.write("Another run is sending today's reminder: nothing sent.")
            return
        if opportunities:
            self.stdout.write(
                f"Reminder sent to {recipient}: {len(opportunities)} opportunity(ies)."
            )
        else:
            self.stdout.write("No opportunity closes within 7 days: nothing sent.")

    def send(self, site, recipient, today, opportunities, base_url):
        for opportunity in opportunities:
            opportunity.admin_path = reverse(
                "admin:opportunities_opportunity_change", args=[opportunity.pk]
            )
        context = {
            "site": site,
            "today": today,
            "days": CLOSING_SOON_DAYS,
            "opportunities": opportunities,
            "base_url": base_url,
        }
        subject = render_to_string("opportunities/email/reminder_subject.txt", context).strip()
        body = render_to_string("opportunities/email/reminder_body.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
