"""Staff editing of events: the form with attendees and partners, the end-before-start rule,
the post-event report, the list filters."""

import pytest

from exhibitions.models import Exhibition
from tests.admin_forms import admin_form
from tests.exhibitions.factories import ExhibitionFactory, days_from_today
from tests.partners.factories import PartnerFactory
from tests.visits.factories import PersonFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/exhibitions/exhibition/add/"


def event_form(html, **changes):
    values = {
        "title_ar": "معرض التعليم الدولي",
        "title_en": "International education fair",
        "kind": "education_fair",
        "role": "participant",
        "starts_on": "2026-04-01",
        "ends_on": "2026-04-03",
        "country": "MY",
        "city_ar": "كوالالمبور",
        "city_en": "Kuala Lumpur",
        "slug": "international-education-fair",
        "status": "published",
        "published_at_0": "2026-01-04",
        "published_at_1": "09:00:00",
    }
    values.update(changes)
    return admin_form(html, **values)


@pytest.fixture
def add_page(staff_client, site):
    response = staff_client.get(ADD, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


def test_the_form_picks_attendees_and_partners_with_autocomplete_and_has_a_gallery(add_page):
    for name in ("attendees", "partners"):
        assert f'name="{name}"' in add_page
        assert f'id="id_{name}"' in add_page
    assert add_page.count("admin-autocomplete") >= 2
    assert "photos-TOTAL_FORMS" in add_page
    assert "Post-event report" in add_page
    assert 'name="report_public"' in add_page


def test_an_event_with_attendees_partners_and_a_report_is_saved(staff_client, add_page):
    people = [PersonFactory(), PersonFactory()]
    partner = PartnerFactory()
    data = event_form(
        add_page,
        attendees=[str(p.pk) for p in people],
        partners=[str(partner.pk)],
        achievements_en="<p>Robotics</p>",
        achievements_ar="<p>الروبوتات</p>",
        contacts_made_en="Two universities",
        contacts_made_ar="جامعتان",
        report_public="on",
    )
    response = staff_client.post(ADD, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Exhibition.objects.get()
    assert set(event.attendees.all()) == set(people)
    assert list(event.partners.all()) == [partner]
    assert event.report_public and "Robotics" in event.achievements_en


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "The event cannot end before it starts: choose an end date on or after 2026-04-03."),
        ("ar", "لا يمكن أن تنتهي الفعالية قبل أن تبدأ"),
    ],
)
def test_end_before_start_is_refused_with_a_clear_message(staff_client, add_page, lang, message):
    data = event_form(add_page, starts_on="2026-04-03", ends_on="2026-04-01")
    response = staff_client.post(ADD, data, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Exhibition.objects.exists()


def test_the_changelist_filters_by_when_kind_role_country_and_year(staff_client, site):
    upcoming = ExhibitionFactory(kind="book_fair", role="organiser", country="EG")
    past = ExhibitionFactory(
        starts_on=days_from_today(-400), ends_on=days_from_today(-399), kind="workshop"
    )
    url = "/admin/exhibitions/exhibition/"

    def listed(**params):
        response = staff_client.get(url, params)
        assert response.status_code == 200
        html = response.content.decode()
        return {e for e in (upcoming, past) if f"/exhibition/{e.pk}/change/" in html}

    assert listed() == {upcoming, past}
    assert listed(when="upcoming") == {upcoming}
    assert listed(when="past") == {past}
    assert listed(kind="book_fair") == {upcoming}
    assert listed(role="organiser") == {upcoming}
    assert listed(country="EG") == {upcoming}
    assert listed(year=str(past.starts_on.year)) >= {past}
    assert listed(year="abc") == set()
    assert listed(when="someday") == {upcoming, past}


def test_an_article_can_point_at_an_event(staff_client, site):
    event = ExhibitionFactory()
    html = staff_client.get("/admin/news/article/add/", HTTP_ACCEPT_LANGUAGE="en").content
    assert b'name="exhibition"' in html
    found = staff_client.get(
        "/admin/autocomplete/",
        {
            "term": event.title_en[:12],
            "app_label": "news",
            "model_name": "article",
            "field_name": "exhibition",
        },
    )
    assert found.status_code == 200
    assert str(event.pk) in [row["id"] for row in found.json()["results"]]
