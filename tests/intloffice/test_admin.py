"""The staff back office: headers, translated editing, publishing rule, history, messages."""

import re

import pytest
from django.contrib.auth.models import Group, User
from reversion.models import Version

from intloffice.models import ContactMessage, Page
from tests.factories import ContactMessageFactory, PageFactory

pytestmark = pytest.mark.django_db


def page_form(**overrides):
    data = {
        "title_ar": "عن المكتب",
        "title_en": "About the office",
        "summary_ar": "",
        "summary_en": "",
        "body_ar": "<p>نص</p>",
        "body_en": "<p>Text</p>",
        "in_navigation": "on",
        "order": "1",
        "slug": "about-the-office",
        "status": "published",
        "published_at_0": "2026-01-01",
        "published_at_1": "10:00:00",
        "only_language": "",
        "objectives-TOTAL_FORMS": "0",
        "objectives-INITIAL_FORMS": "0",
        "objectives-MIN_NUM_FORMS": "0",
        "objectives-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_admin_header_names_the_office(staff_client, site):
    html = staff_client.get("/admin/").content.decode()
    assert "International Relations Office" in html or "مكتب العلاقات الدولية" in html


def test_page_form_edits_both_languages_with_direction(staff_client, site):
    html = staff_client.get("/admin/intloffice/page/add/").content.decode()
    assert 'name="title_ar"' in html and 'name="title_en"' in html
    assert re.search(r'<input[^>]+name="title_ar"[^>]+dir="rtl"', html) or re.search(
        r'<input[^>]+dir="rtl"[^>]+name="title_ar"', html
    )
    # Each body column gets its own editor, Arabic right-to-left and English left-to-right.
    assert re.search(
        r'<textarea[^>]+dir="rtl"[^>]+lang="ar"[^>]+name="body_ar"', html
    ) or re.search(r'<textarea[^>]+name="body_ar"[^>]+dir="rtl"', html)
    assert "tabbed_translation_fields.js" in html
    assert "vendor/jquery-ui/jquery-ui.min.js" in html


def test_publishing_needs_both_languages(staff_client, site):
    response = staff_client.post(
        "/admin/intloffice/page/add/", page_form(title_en=""), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert "Fill in the English text before publishing" in response.content.decode()
    response = staff_client.post(
        "/admin/intloffice/page/add/", page_form(title_ar=""), HTTP_ACCEPT_LANGUAGE="ar"
    )
    # The language is named in the page's language, after «باللغة» (not «بـEnglish»).
    assert "املأ النص باللغة العربيّة قبل النشر" in response.content.decode()
    response = staff_client.post(
        "/admin/intloffice/page/add/", page_form(title_ar=""), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "Fill in the Arabic text before publishing" in response.content.decode()
    assert not Page.objects.exists()


def test_this_language_only_allows_publishing_one_language(staff_client, site):
    response = staff_client.post(
        "/admin/intloffice/page/add/",
        page_form(title_en="", body_en="", only_language="ar"),
    )
    assert response.status_code == 302
    page = Page.objects.get()
    assert page.only_language == "ar" and page.is_published


def test_draft_may_be_saved_with_one_language(staff_client, site):
    response = staff_client.post(
        "/admin/intloffice/page/add/", page_form(title_en="", status="draft")
    )
    assert response.status_code == 302
    assert Page.objects.get().status == "draft"


def test_admin_save_sanitises_and_records_history(staff_client, site):
    response = staff_client.post(
        "/admin/intloffice/page/add/",
        page_form(body_en='<p>Safe</p><script>alert("x")</script><img src=x onerror=alert(1)>'),
    )
    assert response.status_code == 302
    page = Page.objects.get()
    assert page.body_en == "<p>Safe</p><img>"
    assert Version.objects.get_for_object(page).count() == 1
    history = staff_client.get(f"/admin/intloffice/page/{page.pk}/history/")
    assert history.status_code == 200


def test_publish_action_refuses_items_missing_a_language(staff_client, site):
    complete = PageFactory(status="draft")
    partial = PageFactory(status="draft", title_en="")
    response = staff_client.post(
        "/admin/intloffice/page/",
        {"action": "publish", "_selected_action": [complete.pk, partial.pk]},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    complete.refresh_from_db()
    partial.refresh_from_db()
    assert complete.status == "published"
    assert partial.status == "draft"
    assert "a language is missing" in response.content.decode()


def test_contact_messages_are_searchable_and_can_be_marked_handled(staff_client):
    wanted = ContactMessageFactory(subject="Scholarship question")
    ContactMessageFactory(subject="Visit request")
    html = staff_client.get("/admin/intloffice/contactmessage/?q=scholarship").content.decode()
    assert "Scholarship question" in html and "Visit request" not in html
    staff_client.post(
        "/admin/intloffice/contactmessage/",
        {"action": "mark_handled", "_selected_action": [wanted.pk]},
    )
    wanted.refresh_from_db()
    assert wanted.handled and wanted.handled_at is not None
    assert staff_client.get("/admin/intloffice/contactmessage/add/").status_code == 403


def test_site_settings_are_editable(staff_client, site):
    response = staff_client.get("/admin/intloffice/sitesettings/")
    assert response.status_code == 200
    assert 'name="university_name_ar"' in response.content.decode()


def test_login_is_throttled_after_repeated_failures(client, db):
    User.objects.create_user("officer", password="right-password", is_staff=True)
    for _ in range(5):
        client.post("/admin/login/", {"username": "officer", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "officer", "password": "right-password"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


TRANSLATIONS = "/translations/files/project/"  # where /translations/ sends everyone


def test_translators_ui_is_for_the_translators_group_only(client):
    entry = client.get("/translations/")
    assert (entry.status_code, entry["Location"]) == (302, TRANSLATIONS)
    to_login = f"/admin/login/?next={TRANSLATIONS}"

    anonymous = client.get(TRANSLATIONS)
    assert (anonymous.status_code, anonymous["Location"]) == (302, to_login)
    assert client.get(to_login).status_code == 200

    # Staff outside the group: the same redirect; the admin login then shows them the index.
    editor = User.objects.create_user("editor", is_staff=True)
    client.force_login(editor)
    outsider = client.get(TRANSLATIONS)
    assert (outsider.status_code, outsider["Location"]) == (302, to_login)

    translator = User.objects.create_user("translator", is_staff=True)
    translator.groups.add(Group.objects.get_or_create(name="translators")[0])
    client.force_login(translator)
    response = client.get(TRANSLATIONS)
    assert response.status_code == 200
    assert "locale/ar/LC_MESSAGES/django.po" in response.content.decode()


def test_contact_message_delete_keeps_others(staff_client):
    keep = ContactMessageFactory()
    drop = ContactMessageFactory()
    staff_client.post(f"/admin/intloffice/contactmessage/{drop.pk}/delete/", {"post": "yes"})
    assert list(ContactMessage.objects.all()) == [keep]


def test_model_errors_about_fields_outside_the_form_are_shown_not_raised():
    from django.forms import modelform_factory
    from django.utils import translation

    from intloffice.admin_base import ContentForm

    form_class = modelform_factory(
        Page,
        form=ContentForm,
        fields=["title_ar", "body_ar", "slug", "status", "published_at", "order"],
    )
    data = {
        "title_ar": "عنوان",
        "body_ar": "<p>نص</p>",
        "slug": "partial",
        "status": "published",
        "published_at": "2026-01-01 10:00",
        "order": "0",
    }
    with translation.override("en"):
        form = form_class(data)
        assert not form.is_valid()
        assert "Fill in the English text before publishing" in str(form.non_field_errors())
    assert not Page.objects.exists()
