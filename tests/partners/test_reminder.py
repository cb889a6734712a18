"""manage.py remind_expiring_agreements: thresholds, language, once a day."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from intloffice.publishing import Status
from partners.models import ReminderLog

from .factories import AgreementFactory, PartnerFactory, days

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_office(site):
    site.office_language = "en"
    site.save()
    return site


def run(**kwargs):
    out = StringIO()
    call_command("remind_expiring_agreements", stdout=out, **kwargs)
    return out.getvalue()


@pytest.fixture
def agreements(site):
    partner = PartnerFactory(name_en="Najaf Seminary", name_ar="حوزة النجف")
    return {
        "d90": AgreementFactory(slug="d90", title_en="Ninety", title_ar="تسعون", ends_on=days(90), partners=[partner]),
        "d30": AgreementFactory(slug="d30", title_en="Thirty", title_ar="ثلاثون", ends_on=days(30), partners=[partner]),
        "d7": AgreementFactory(slug="d7", title_en="Seven", title_ar="سبعة", ends_on=days(7), partners=[partner], status=Status.DRAFT),
        "d45": AgreementFactory(slug="d45", title_en="Forty-five", title_ar="خمسة وأربعون", ends_on=days(45), partners=[partner]),
        "gone": AgreementFactory(slug="gone", title_en="Ended yesterday", title_ar="انتهت أمس", ends_on=days(-1), partners=[partner]),
        "older": AgreementFactory(slug="older", title_en="Ended long ago", title_ar="انتهت قديما", ends_on=days(-40), partners=[partner]),
        "stopped": AgreementFactory(slug="stopped", title_en="Terminated", title_ar="منهية", ends_on=days(30), terminated=True, partners=[partner]),
    }  # fmt: skip


def test_sends_one_summary_in_the_office_language(agreements, site):
    site.office_language = "en"
    site.save()
    output = run(base_url="https://intl.example.edu/")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["international@example.edu"]
    assert "4" in message.subject
    body = message.body
    for title in ("Ninety", "Thirty", "Seven", "Ended yesterday"):
        assert title in body
    for title in ("Forty-five", "Ended long ago", "Terminated"):
        assert title not in body
    assert "Ending within 7 days" in body and "Expired since the last reminder" in body
    assert body.index("Seven") < body.index("Thirty") < body.index("Ninety")
    assert (
        f"https://intl.example.edu/admin/partners/agreement/{agreements['d90'].pk}/change/" in body
    )
    assert "Najaf Seminary" in body
    assert "4 agreement" in output


def test_arabic_office_gets_arabic_titles(agreements, site):
    site.office_language = "ar"
    site.save()
    run()
    body = mail.outbox[0].body
    assert "تسعون" in body and "حوزة النجف" in body
    assert "Ninety" not in body


def test_running_twice_the_same_day_sends_nothing_the_second_time(agreements, settings):
    settings.OFFICE_EMAIL = "office@example.edu"
    run()
    output = run()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["office@example.edu"]
    assert "Already run today" in output
    assert ReminderLog.objects.count() == 1
    log = ReminderLog.objects.get()
    assert log.run_on == timezone.localdate() and log.agreement_count == 4


def test_next_run_reports_what_crossed_a_threshold_since_the_last_run(agreements, english_office):
    # The last run was five days ago: everything ending in (5 days ago, today] + threshold is
    # new, and what expired since then is reported; nothing from before is repeated.
    ReminderLog.objects.create(run_on=days(-5))
    AgreementFactory(slug="d88", title_en="Eighty-eight", ends_on=days(88))
    AgreementFactory(
        slug="d84", title_en="Eighty-four", ends_on=days(84)
    )  # crossed 90 six days ago
    AgreementFactory(slug="ended3", title_en="Ended three days ago", ends_on=days(-3))
    run()
    body = mail.outbox[0].body
    assert "Eighty-eight" in body and "Ended three days ago" in body
    assert "Eighty-four" not in body and "Ended long ago" not in body


def test_an_agreement_is_listed_once_under_its_nearest_threshold(english_office):
    ReminderLog.objects.create(run_on=days(-100))
    AgreementFactory(slug="soon", title_en="Soon ending", ends_on=days(5))
    run()
    body = mail.outbox[0].body
    assert body.count("Soon ending") == 1
    assert body.index("Ending within 7 days") < body.index("Soon ending")


def test_nothing_to_report_sends_nothing_but_records_the_run(site):
    AgreementFactory(ends_on=days(400))
    output = run()
    assert mail.outbox == []
    assert "nothing sent" in output
    assert ReminderLog.objects.filter(run_on=timezone.localdate()).exists()


def test_without_an_address_it_fails_clearly_and_records_nothing(agreements, site, settings):
    settings.OFFICE_EMAIL = ""
    site.email = ""
    site.save()
    with pytest.raises(CommandError, match="No office e-mail address"):
        run()
    assert mail.outbox == []
    assert not ReminderLog.objects.exists()


def test_a_failed_send_is_retried_on_the_next_run(agreements, monkeypatch):
    from intloffice import reminders

    def broken(*args, **kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(reminders, "send_mail", broken)
    with pytest.raises(ConnectionRefusedError):
        run()
    assert not ReminderLog.objects.exists()
    monkeypatch.undo()
    run()
    assert len(mail.outbox) == 1


def test_log_keeps_yesterday_for_the_expired_window(agreements, english_office):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    ReminderLog.objects.create(run_on=yesterday)
    run()
    assert "Ended yesterday" in mail.outbox[0].body
