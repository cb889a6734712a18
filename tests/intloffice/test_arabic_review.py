"""The Arabic review of 2026-12 (docs/arabic-review-checklist.md): one test or more per item.

Sections: dates (4), terms and catalogue entries (5, 6), punctuation and direction (7),
country names and order (8), search folding (9), the editor's Arabic interface (6, admin chrome).
"""

import datetime
import re

import pytest
from django.core import mail
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, pgettext
from django_countries import countries

from intloffice.countries import collation_key
from intloffice.templatetags.intloffice_tags import hijri
from intloffice.text import is_latin_only, isolate, join_list, normalize_search_text
from tests.factories import PageFactory

# --- 4. Dates --------------------------------------------------------------------------------


def test_arabic_date_and_datetime_formats():
    moment = datetime.datetime(2026, 12, 2, 15, 30)
    with translation.override("ar"):
        assert date_format(moment, "DATETIME_FORMAT") == "2 ديسمبر 2026، الساعة 3:30 م"
        assert date_format(moment.date(), "DATE_FORMAT") == "2 ديسمبر 2026"  # no comma
        assert date_format(datetime.date(2026, 4, 1), "DATE_FORMAT") == "1 أبريل 2026"
    with translation.override("en"):  # English keeps Django's own
        assert date_format(moment.date(), "DATE_FORMAT") == "Dec. 2, 2026"


@pytest.mark.django_db
def test_hijri_month_after_a_day_number_is_genitive():
    # 1447-12-09 AH (Dhu al-Hijjah) is 26 May 2026 in the Umm al-Qura calendar.
    with translation.override("ar"):
        text = hijri(datetime.date(2026, 5, 26))
    assert "ذي الحجة" in text and "ذو الحجة" not in text


@pytest.mark.django_db
def test_draft_banner_shows_the_arabic_date_time(staff_client, site):
    later = datetime.datetime(2030, 12, 2, 15, 30, tzinfo=datetime.UTC)
    page = PageFactory(published_at=later)
    html = staff_client.get(f"/ar/about/{page.slug}/").content.decode()
    assert re.search(r"اعتبارًا من \d+ ديسمبر 2030، الساعة \d+:30 [صم]", html)
    assert "ديسمبر 2," not in html


# --- 5 and 6. Terms and catalogue entries ---------------------------------------------------

ARABIC = {
    "Statements": "البيانات الرسمية",
    "Latest statement": "أحدث بيان",
    "Latest magazine issue": "أحدث عدد من المجلة",
    "Publications": "الإصدارات",
    "publication": "إصدار",
    "category": "التصنيف",
    "Category": "التصنيف",
    "Student exchange": "تبادل الطلبة",
    "Staff exchange": "تبادل أعضاء هيئة التدريس",
    "Incoming visit": "زيارة وافدة",
    "Outgoing delegation": "وفد موفَد",
    "Catalogue": "دليل",
    "Leaflet": "مطويّة",
    "Duplicate as draft": "إنشاء نسخة مسودة",
    "Renewed on request": "تُجدَّد عند الطلب",
    "Empty: open-ended.": "اتركه فارغًا إذا كانت الاتفاقية مفتوحة المدة.",
    "None: no agreement ends in the coming months.": (
        "لا توجد اتفاقيات تنتهي خلال الأشهر المقبلة."
    ),
    "agreements reported": "الاتفاقيات الواردة في التذكير",
    "Visits with participants": "الزيارات والمشاركون فيها",
    "Seminary or religious authority": "مؤسسة أو هيئة دينية",
    "Religious authority or scholar": "عالِم دين أو مرجع ديني",
    "visits and delegations in %(year)s": "الزيارات والوفود في عام %(year)s",
    "countries visited from or to": "الدول التي تبادلنا معها الزيارات",
    "Show visits": "عرض الزيارات",
    "Send message": "إرسال الرسالة",
    "Clear the filters": "مسح عوامل التصفية",
    "Sign-in attempts": "محاولات تسجيل الدخول",
}


@pytest.mark.parametrize(("english", "arabic"), ARABIC.items())
def test_reviewed_catalogue_entries(english, arabic):
    with translation.override("ar"):
        assert gettext(english) == arabic


def test_upcoming_agreements_are_not_yet_in_force_and_upcoming_events_are_coming():
    with translation.override("ar"):
        assert pgettext("agreement", "Upcoming") == "لم تسرِ بعد"
        assert gettext("Upcoming") == "قادمة"  # events, opportunities


def test_one_word_per_concept_in_the_catalogue():
    """No Arabic entry uses a word the review retired for a concept that has its own now."""
    import polib

    from intloffice.catalogue import project_catalogue_path

    retired = ["حوزة", "زيارة واردة", "وفد صادر", "كتيّب", "نشرة", "هذه الخيارات", "هذه التصفية"]
    for entry in polib.pofile(str(project_catalogue_path("ar"))):
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        for word in retired:
            assert not any(word in text for text in texts), (entry.msgid, word)
        if "statement" in entry.msgid.lower() and "البيانات" in entry.msgstr:
            assert "البيانات الرسمية" in entry.msgstr or "البيانات والمواقف" in entry.msgstr


def test_the_news_kind_has_its_own_word():
    with translation.override("ar"):
        assert gettext("News") == "الأخبار"  # the menu
        assert pgettext("kind of article", "News") == "خبر"  # the kind on a card


def test_counts_of_days_and_draft_copies_take_plural_forms():
    with translation.override("ar"):
        heading = "Agreements expiring within %(days)s day"
        plural = "Agreements expiring within %(days)s days"
        assert ngettext(heading, plural, 2) % {"days": 2} == "اتفاقيات تنتهي خلال يومين"
        assert ngettext(heading, plural, 5) % {"days": 5} == "اتفاقيات تنتهي خلال 5 أيام"
        assert ngettext(heading, plural, 30) % {"days": 30} == "اتفاقيات تنتهي خلال 30 يومًا"
        assert ngettext(heading, plural, 100) % {"days": 100} == "اتفاقيات تنتهي خلال 100 يوم"
        made = ngettext(
            "%(count)d draft copy made; edit it and publish it when it is ready.",
            "%(count)d draft copies made; edit them and publish them when they are ready.",
            2,
        ) % {"count": 2}
        assert made.startswith("أُنشئت نسختا مسودة؛") and "(" not in made


@pytest.mark.django_db
def test_admin_chrome_is_arabic(staff_client, site):
    html = staff_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "محاولات تسجيل الدخول" in html
    assert ">Axes<" not in html and ">AXES<" not in html


# --- CKEditor 5 interface ---------------------------------------------------------------------


def _editor_configs(html):
    return {
        match.group(1): match.group(2)
        for match in re.finditer(
            r'<script id="id_(body_(?:ar|en))_script" type="application/json">(.*?)</script>',
            html,
        )
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "en"])
def test_editor_speaks_the_admins_language_and_keeps_the_columns(staff_client, language):
    html = staff_client.get(
        "/admin/intloffice/page/add/", HTTP_ACCEPT_LANGUAGE=language
    ).content.decode()
    assert "django_ckeditor_5/dist/translations/ar.js" in html  # the Arabic UI is loaded
    configs = _editor_configs(html)
    assert set(configs) == {"body_ar", "body_en"}
    assert f'"ui": "{language}", "content": "ar"' in configs["body_ar"]
    assert f'"ui": "{language}", "content": "en"' in configs["body_en"]


# --- 7. Punctuation and direction ---------------------------------------------------------------


def test_isolates_and_translated_comma():
    assert isolate("جامعة") == "\u2068جامعة\u2069"
    assert isolate("") == ""
    with translation.override("ar"):
        assert join_list(["أ", "B"]) == "\u2068أ\u2069، \u2068B\u2069"
    with translation.override("en"):
        assert join_list(["A", "B"]) == "\u2068A\u2069, \u2068B\u2069"
    assert is_latin_only("LAPL") and not is_latin_only("LAPL مكتبة") and not is_latin_only("12")


@pytest.mark.django_db
def test_contact_email_isolates_the_name_and_address(client, site, settings):
    settings.CONTACT_RATE_LIMIT = 100
    client.post(
        "/ar/contact/",
        {
            "name": "سارة Smith",
            "email": "sara@example.org",
            "subject": "سؤال",
            "message": "هل يدعم المكتب فصلًا دراسيًا في الخارج؟",
        },
    )
    body = mail.outbox[-1].body
    assert "\u2068سارة Smith\u2069" in body
    assert "\u2068<sara@example.org>\u2069" in body


@pytest.mark.django_db
def test_statement_page_prints_its_url_left_to_right_and_isolates_breadcrumbs(client, site):
    from tests.news.factories import StatementFactory

    statement = StatementFactory(title_en="", only_language="ar")
    html = client.get(f"/en{statement.get_absolute_url()[3:]}").content.decode()
    assert re.search(r'<p class="print-only" dir="ltr">https?://', html)
    # The Arabic title shown on the English page: marked in the breadcrumbs too.
    assert re.search(r'aria-current="page" lang="ar" dir="rtl"[^>]*>', html)


@pytest.mark.django_db
def test_latin_short_name_in_the_arabic_field_is_marked_english(client, site):
    from tests.partners.factories import PartnerFactory

    partner = PartnerFactory(short_name_ar="LAPL", short_name_en="LAPL")
    html = client.get(f"/ar/partners/{partner.slug}/").content.decode()
    assert '<p class="lead" lang="en" dir="ltr">LAPL</p>' in html
    html = client.get(f"/en/partners/{partner.slug}/").content.decode()
    assert '<p class="lead">LAPL</p>' in html


@pytest.mark.django_db
def test_open_data_links_are_isolated(client, site):
    from tests.partners.factories import PartnerFactory

    PartnerFactory()
    html = client.get("/ar/partners/").content.decode()
    assert re.search(r'<span dir="ltr" lang="en"><a href="\?[^"]*format=csv', html)


@pytest.mark.django_db
def test_membership_years_use_the_arabic_comma(client, site):
    from tests.partners.factories import MembershipFactory, days

    MembershipFactory(ended_on=days(-10))
    html = client.get("/ar/partners/memberships/").content.decode()
    assert re.search(r"عضو منذ [0-9٠-٩]+، حتى", html)
    assert not re.search(r"عضو منذ [0-9٠-٩]+, ", html)


@pytest.mark.django_db
def test_map_legend_says_or_more_in_words(client, site):
    from partners.views import CountryListView

    with translation.override("ar"):
        labels = [label for label, _css in CountryListView.legend()]
    assert labels[-1].endswith("فأكثر") and "+" not in labels[-1]


# --- 8. Countries ---------------------------------------------------------------------------


def test_country_names_are_corrected():
    with translation.override("ar"):
        assert countries.name("ID") == "إندونيسيا"
        assert countries.name("SA") == "المملكة العربية السعودية"
        assert countries.name("ET") == "إثيوبيا"
    with translation.override("en"):
        assert countries.name("SA") == "Saudi Arabia"


def test_country_choices_are_in_arabic_order_on_arabic_pages():
    with translation.override("ar"):
        names = [str(name) for _code, name in countries]
    assert names == sorted(names, key=collation_key)
    # Hamza and the article set aside, as in the United Nations' Arabic lists.
    assert names.index("إثيوبيا") < names.index("الأردن") < names.index("إندونيسيا")
    assert names.index("تونس") < names.index("مصر") < names.index("اليابان")
    with translation.override("en"):
        english = [str(name) for _code, name in countries]
    assert english.index("Indonesia") < english.index("Japan") < english.index("Tunisia")


@pytest.mark.django_db
def test_country_filter_lists_arabic_names_in_arabic_order(client, site):
    from tests.partners.factories import PartnerFactory

    for code in ("TN", "JP", "ID", "EG"):
        PartnerFactory(country=code)
    html = client.get("/ar/partners/").content.decode()
    select = re.search(r'<select name="country".*?</select>', html, re.S).group(0)
    shown = re.findall(r'<option value="[A-Z]{2}"[^>]*>([^<]+)</option>', select)
    assert shown == ["إندونيسيا (1)", "تونس (1)", "مصر (1)", "اليابان (1)"], shown


# --- 9. Search folding ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("٢٠٢٤", "2024"),  # Arabic-Indic digits
        ("۱۴۰۲", "1402"),  # Persian digits
        ("جامعة", "جا\u200cمعة\u200f"),  # ZWNJ, RLM
        ("مركز", "\u2068مركز\u2069\ufeff\u061c"),  # isolates, BOM, Arabic letter mark
        ("موتمر", "مؤتمر"),  # hamza on waw read as its seat (issue 13)
        ("رييس", "رئيس"),  # hamza on yeh read as its seat
        ("هيئة", "هيأة"),
        ("المدرسه", "المدرسہ"),  # Urdu heh goal
        ("هه", "ھۃ"),
        ("كراجي", "کراچے"),  # keheh, tcheh, yeh barree
        ("فيينا", "ڤيينا"),
        ("باكستان", "پاكستان"),
        ("كوتنكن", "گوتنگن"),
        ("جاد", "چاد"),
        ("المركز", "للمركز"),  # li- + article
        ("الاردن", "الأردن"),  # alef-hamza still folds to alef
    ],
)
def test_search_folding(typed, stored):
    assert normalize_search_text(typed) == normalize_search_text(stored)


@pytest.mark.django_db
def test_partner_search_finds_the_other_hamza_seat(staff_client):
    from tests.partners.factories import PartnerFactory

    PartnerFactory(name_ar="هيأة التعليم العالي")
    html = staff_client.get("/admin/partners/partner/", {"q": "هيئة"}).content.decode()
    assert "هيأة التعليم العالي" in html
