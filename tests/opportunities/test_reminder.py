"""manage.py remind_opportunity_deadlines: what closes within 7 days, once a day."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from intloffice.publishing import Status
from opportunities.models import DeadlineReminder

from .factories import OpportunityFactory, days, deadline_in

pytestmark = pytest.mark.django_db


def run(**kwargs):
    out = StringIO()
    call_command("remind_opportunity_deadlines", stdout=out, **kwargs)
    return out.getvalue()


@pytest.fixture
def calls(site):
    return {
        "in2": OpportunityFactory(slug="in2", title_en="Two days", title_ar="يومان", deadline=deadline_in(2)),
        "in7": OpportunityFactory(slug="in7", title_en="Seven days", title_ar="سبعة أيام", deadline=timezone.now() + datetime.timedelta(days=6, hours=23)),
        "in9": OpportunityFactory(slug="in9", title_en="Nine days", deadline=deadline_in(9)),
        "closed": OpportunityFactory(slug="closed", title_en="Closed", deadline=deadline_in(-1), opens_on=days(-20)),
        "draft": OpportunityFactory(slug="draft", title_en="Draft", deadline=deadline_in(3), status=Status.DRAFT),
        "upcoming": OpportunityFactory(slug="upcoming", title_en="Not open yet", opens_on=days(2), deadline=deadline_in(5)),
    }  # fmt: skip


def test_mails_the_office_the_published_open_calls_closing_within_7_days(calls, site):
    site.office_language = "en"
    site.save()
    out = run(base_url="https://intl.example.edu/")
    assert "2 opportunity" in out
    [message] = mail.outbox
    assert message.to == [site.email]
    body = message.body
    assert "Two days" in body and "Seven days" in body
    for left_out in ("Nine days", "Closed", "Draft", "Not open yet"):
        assert left_out not in body
    assert body.index("Two days") < body.index("Seven days")
    assert "https://intl.example.edu/en/opportunities/in2/" in body
    assert (
        f"https://intl.example.edu/admin/opportunities/opportunity/{calls['in2'].pk}/change/"
        in body
    )
    assert "Asia/Gaza" in body
    log = DeadlineReminder.objects.get()
    assert log.run_on == timezone.localdate() and log.opportunity_count == 2
    assert "in2" in log.summary and "in7" in log.summary


def test_arabic_office_gets_arabic_wording(calls, site):
    site.office_language = "ar"
    site.save()
    run()
    [message] = mail.outbox
    assert "يومان" in message.body and "الموعد النهائي" in message.body


def test_second_run_the_same_day_sends_nothing(calls):
    run()
    out = run()
    assert len(mail.outbox) == 1
    assert "Already run today" in out
    assert DeadlineReminder.objects.count() == 1


def test_nothing_closing_sends_nothing_but_records_the_day(site):
    out = run()
    assert mail.outbox == [] and "nothing sent" in out
    assert DeadlineReminder.objects.get().opportunity_count == 0


def test_without_an_address_it_fails_clearly(calls, site, settings):
    settings.OFFICE_EMAIL = ""
    site.email = ""
    site.save()
    with pytest.raises(CommandError, match="No office e-mail address"):
        run()
    assert not DeadlineReminder.objects.exists()


def test_a_failed_send_is_retried_on_the_next_run(calls, monkeypatch):
    def fail(*args, **kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr("intloffice.reminders.send_mail", fail)
    with pytest.raises(ConnectionError):
        run()
    assert not DeadlineReminder.objects.exists()
    monkeypatch.undo()
    run()
    assert len(mail.outbox) == 1
