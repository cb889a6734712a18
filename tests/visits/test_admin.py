"""Staff editing of visits: participants, duplicates, dates, export, people."""

import re

import pytest

from tests.partners.factories import AgreementFactory
from tests.visits.factories import (
    ParticipantFactory,
    PersonFactory,
    SignedAgreementFactory,
    full_visit,
)
from visits.models import SignedAgreement, Visit, VisitParticipant

pytestmark = pytest.mark.django_db


def management_data(html):
    """Every inline's management form values as the add page renders them."""
    data = {}
    for name, value in re.findall(
        r'name="([\w-]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"[^>]*value="(\d+)"', html
    ):
        data[name] = value
    for name in list(data):
        if name.endswith("TOTAL_FORMS"):
            data[name] = "0"
    return data


def visit_form(html, **overrides):
    data = management_data(html)
    data.update(
        {
            "title_ar": "زيارة وفد جامعي",
            "title_en": "Visit of a university delegation",
            "direction": "incoming",
            "kind": "academic",
            "starts_on": "2025-04-01",
            "ends_on": "2025-04-03",
            "country": "MY",
            "city_ar": "كوالالمبور",
            "city_en": "Kuala Lumpur",
            "summary_ar": "",
            "summary_en": "",
            "body_ar": "",
            "body_en": "",
            "slug": "university-delegation",
            "status": "published",
            "published_at_0": "2025-04-04",
            "published_at_1": "09:00:00",
            "only_language": "",
        }
    )
    data.update(overrides)
    return data


def with_participants(data, people):
    prefix = next(k for k in data if k.endswith("TOTAL_FORMS") and "particip" in k).split("-")[0]
    data[f"{prefix}-TOTAL_FORMS"] = str(len(people))
    for index, person in enumerate(people):
        data[f"{prefix}-{index}-person"] = str(person.pk)
        data[f"{prefix}-{index}-role"] = "head" if index == 0 else "member"
        data[f"{prefix}-{index}-order"] = str(index)
    return data


@pytest.fixture
def add_page(staff_client):
    response = staff_client.get("/admin/visits/visit/add/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


def test_visit_with_participants_is_saved(staff_client, add_page):
    people = [PersonFactory(), PersonFactory()]
    data = with_participants(visit_form(add_page), people)
    response = staff_client.post("/admin/visits/visit/add/", data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302, response.content.decode()[:3000]
    visit = Visit.objects.get()
    assert list(visit.participations.values_list("person", "role")) == [
        (people[0].pk, "head"),
        (people[1].pk, "member"),
    ]


@pytest.mark.parametrize(("lang", "message"), [("en", "only once"), ("ar", "مرة واحدة")])
def test_same_person_twice_is_refused_and_nothing_is_saved(staff_client, add_page, lang, message):
    person = PersonFactory()
    data = with_participants(visit_form(add_page), [person, person])
    response = staff_client.post("/admin/visits/visit/add/", data, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Visit.objects.exists() and not VisitParticipant.objects.exists()


def test_end_before_start_is_refused(staff_client, add_page):
    data = visit_form(add_page, starts_on="2025-04-03", ends_on="2025-04-01")
    response = staff_client.post("/admin/visits/visit/add/", data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "The visit cannot end before it starts." in response.content.decode()
    assert not Visit.objects.exists()


def test_editing_keeps_existing_participants_when_a_duplicate_is_refused(staff_client, site):
    visit = full_visit(participants=2, photos=0)
    before = list(visit.participations.values_list("person", "role"))
    url = f"/admin/visits/visit/{visit.pk}/change/"
    page = staff_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "autocomplete" in page  # people are picked with autocomplete
    assert "add_id_participations-0-person" in page  # "+" adds a new person in a popup
    data = visit_form(page, slug=visit.slug, title_en="Renamed visit")
    prefix = "participations"
    data[f"{prefix}-TOTAL_FORMS"] = "3"
    data[f"{prefix}-INITIAL_FORMS"] = "2"
    for index, participation in enumerate(visit.participations.order_by("order", "pk")):
        data[f"{prefix}-{index}-id"] = str(participation.pk)
        data[f"{prefix}-{index}-visit"] = str(visit.pk)
        data[f"{prefix}-{index}-person"] = str(participation.person_id)
        data[f"{prefix}-{index}-role"] = participation.role
        data[f"{prefix}-{index}-order"] = str(index)
    data[f"{prefix}-2-person"] = str(before[0][0])  # the head again
    data[f"{prefix}-2-role"] = "member"
    data[f"{prefix}-2-order"] = "2"
    data[f"{prefix}-2-visit"] = str(visit.pk)
    response = staff_client.post(url, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "only once" in response.content.decode()
    visit.refresh_from_db()
    assert list(visit.participations.values_list("person", "role")) == before
    assert visit.title_en != "Renamed visit"  # nothing else was saved either


def test_person_admin_lists_their_visits(staff_client, site):
    visit = full_visit(participants=1, photos=0)
    person = visit.participations.get().person
    html = staff_client.get(f"/admin/visits/person/{person.pk}/change/").content.decode()
    assert visit.title_ar in html or visit.title_en in html
    autocomplete = staff_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "visits",
            "model_name": "visitparticipant",
            "field_name": "person",
            "term": person.name_en[:6],
        },
    )
    assert autocomplete.status_code == 200
    assert str(person.pk) in autocomplete.content.decode()


def signing_form(staff_client, visit, agreements):
    url = f"/admin/visits/visit/{visit.pk}/change/"
    page = staff_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    data = visit_form(page, slug=visit.slug)
    data["signings-TOTAL_FORMS"] = str(len(agreements))
    for index, agreement in enumerate(agreements):
        data[f"signings-{index}-agreement"] = str(agreement.pk)
        data[f"signings-{index}-visit"] = str(visit.pk)
    return url, page, data


def test_agreements_signed_during_a_visit_are_picked_on_the_visit_form(staff_client, site):
    visit = full_visit(participants=0, photos=0)
    agreement = AgreementFactory(title_en="Memorandum with Cedar University")
    url, page, data = signing_form(staff_client, visit, [agreement])
    # the inline's empty row picks the agreement with autocomplete
    assert re.search(
        r'<select name="signings-__prefix__-agreement"[^>]*class="admin-autocomplete"', page
    )
    response = staff_client.post(url, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(Visit.objects.get(pk=visit.pk).agreements.all()) == [agreement]
    found = staff_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "visits",
            "model_name": "signedagreement",
            "field_name": "agreement",
            "term": "Cedar",
        },
    )
    assert found.status_code == 200
    assert f'"id": "{agreement.pk}"' in found.content.decode()


@pytest.mark.parametrize(("lang", "message"), [("en", "already linked"), ("ar", "مرتبطة بزيارة")])
def test_an_agreement_of_another_visit_is_refused(staff_client, site, lang, message):
    earlier = SignedAgreementFactory(visit=full_visit(participants=0, photos=0))
    visit = full_visit(participants=0, photos=0)
    url, _page, data = signing_form(staff_client, visit, [earlier.agreement])
    response = staff_client.post(url, data, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(SignedAgreement.objects.values_list("visit", "agreement")) == [
        (earlier.visit_id, earlier.agreement_id)
    ]


def test_the_agreement_form_no_longer_names_a_visit(staff_client, site):
    agreement = AgreementFactory()
    page = staff_client.get(f"/admin/partners/agreement/{agreement.pk}/change/").content.decode()
    assert 'name="title_en"' in page
    assert 'name="visit"' not in page


def test_export_visits_with_participants_as_csv(staff_client, site):
    visit = full_visit(participants=2, photos=0)
    ParticipantFactory(visit=visit)
    signed = SignedAgreementFactory(visit=visit).agreement
    response = staff_client.post(
        "/admin/visits/visit/export/", {"format": "0", "resource": "0"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        # django-import-export 4 asks which fields first: send the form as rendered
        html = response.content.decode()
        fields = dict(re.findall(r'name="([\w-]+)"[^>]*value="([^"]*)"', html))
        fields.update({"format": "0"})
        response = staff_client.post("/admin/visits/visit/export/", fields)
    assert response.status_code == 200
    body = response.content.decode("utf-8-sig")
    assert visit.title_en in body or visit.title_ar in body
    for participation in visit.participations.select_related("person"):
        assert participation.person.name_en in body or participation.person.name_ar in body
    assert signed.title_en in body or signed.title_ar in body
