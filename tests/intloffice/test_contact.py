"""The contact form: stores, e-mails the office, thanks the sender; refuses bad input and spam."""

import pytest
from django.core import mail
from django.test import Client, override_settings

from intloffice.models import ContactMessage

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Amina Haddad",
    "email": "amina@example.org",
    "subject": "Exchange semester",
    "message": "Does the office support a semester abroad in Malaysia?",
}


@pytest.mark.parametrize(
    ("lang", "thanks"), [("en", "Thank you for your message"), ("ar", "شكرًا لرسالتك")]
)
def test_message_is_stored_mailed_and_sender_thanked(client, site, lang, thanks):
    response = client.post(f"/{lang}/contact/", VALID, follow=True)
    assert response.redirect_chain == [(f"/{lang}/contact/thanks/", 302)]
    assert thanks in response.content.decode()
    message = ContactMessage.objects.get()
    assert (message.name, message.language, message.handled) == ("Amina Haddad", lang, False)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [site.email]
    assert email.reply_to == ["amina@example.org"]
    # The office reads Arabic (SiteSettings.office_language) whatever the sender's language.
    assert email.subject == "رسالة جديدة عبر الموقع: Exchange semester"
    assert "Does the office support" in email.body


def test_office_email_setting_overrides_site_settings(client, site, settings):
    settings.OFFICE_EMAIL = "office@example.edu"
    client.post("/en/contact/", VALID)
    assert mail.outbox[0].to == ["office@example.edu"]


@pytest.mark.parametrize(
    ("lang", "data", "field", "error"),
    [
        ("en", {**VALID, "name": ""}, "name", "This field is required."),
        ("ar", {**VALID, "name": ""}, "name", "هذا الحقل مطلوب."),
        ("en", {**VALID, "email": "not-an-address"}, "email", "Enter a valid email address."),
        ("ar", {**VALID, "email": "not-an-address"}, "email", "أدخِل عنوان بريد إلكتروني صحيح."),
        (
            "en",
            {**VALID, "subject": "x" * 10000},
            "subject",
            "Ensure this value has at most 200 characters",
        ),
        ("en", {**VALID, "message": "y" * 6000}, "message", "at most 5000 characters"),
        ("en", {}, "message", "This field is required."),
    ],
)
def test_bad_input_shows_errors_in_the_language_and_saves_nothing(
    client, site, lang, data, field, error
):
    response = client.post(f"/{lang}/contact/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert error in html
    assert f'id="id_{field}-error"' in html
    assert 'aria-invalid="true"' in html
    assert not ContactMessage.objects.exists()
    assert not mail.outbox


def test_invalid_utf8_is_not_a_server_error(client, site):
    """Django decodes a form body with replacement characters, so the message goes through."""
    body = b"name=%FF%FE&email=a%40example.org&subject=%C3%28&message=%E2%82"
    response = client.post("/en/contact/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 302
    assert response["Location"] == "/en/contact/thanks/"
    assert ContactMessage.objects.get().name == "\ufffd\ufffd"


def test_missing_csrf_token_is_refused_in_the_language(site):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/ar/contact/", VALID)
    assert response.status_code == 403
    assert "تعذّر إرسال النموذج" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_honeypot_drops_the_message_quietly(client, site):
    response = client.post("/en/contact/", {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ContactMessage.objects.exists()
    assert not mail.outbox


@override_settings(CONTACT_RATE_LIMIT=5)
@pytest.mark.parametrize(
    ("lang", "text"), [("en", "several messages in a short time"), ("ar", "أرسلت عدة رسائل")]
)
def test_rate_limit_keeps_what_was_typed(client, site, lang, text):
    for index in range(5):
        assert (
            client.post(f"/{lang}/contact/", {**VALID, "subject": f"s{index}"}).status_code == 302
        )
    response = client.post(f"/{lang}/contact/", {**VALID, "subject": "sixth"})
    assert response.status_code == 429
    html = response.content.decode()
    assert text in html
    assert 'value="sixth"' in html  # nothing typed is lost
    assert ContactMessage.objects.count() == 5


def test_rate_limit_is_per_address(client, site, settings):
    settings.CONTACT_RATE_LIMIT = 1
    assert client.post("/en/contact/", VALID, REMOTE_ADDR="10.0.0.1").status_code == 302
    assert client.post("/en/contact/", VALID, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.post("/en/contact/", VALID, REMOTE_ADDR="10.0.0.2").status_code == 302


def test_mail_failure_keeps_the_message(client, site, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError("SMTP down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", fail)
    response = client.post("/en/contact/", VALID)
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_contact_page_shows_office_details_and_labelled_fields(client, site, lang):
    html = client.get(f"/{lang}/contact/").content.decode()
    assert site.phone in html and site.email in html
    for field in ("name", "email", "subject", "message"):
        assert f'<label for="id_{field}">' in html
    assert 'class="hp" aria-hidden="true"' in html
