"""The back office: opportunity dates refused in the wrong order, students abroad with their
filters, export and their own permission (news editors never see them)."""

import pytest
from django.contrib.auth.models import Group

from opportunities.models import Opportunity, StudentAbroad
from tests.admin_forms import admin_form
from tests.partners.factories import PartnerFactory

from .factories import OpportunityFactory, StudentAbroadFactory, days

pytestmark = pytest.mark.django_db


def opportunity_post(**changes):
    data = {
        "title_ar": "منحة", "title_en": "Scholarship", "kind": "scholarship",
        "audience": "students", "summary_ar": "", "summary_en": "", "provider_partner": "",
        "provider_name_ar": "مؤسسة", "provider_name_en": "Foundation", "link": "",
        "opens_on": days(10).isoformat(), "deadline_0": days(5).isoformat(),
        "deadline_1": "23:59", "description_ar": "<p>وصف</p>", "description_en": "<p>Text</p>",
        "eligibility_ar": "", "eligibility_en": "", "how_to_apply_ar": "", "how_to_apply_en": "",
        "slug": "bad-dates", "status": "draft", "published_at_0": days(0).isoformat(),
        "published_at_1": "10:00", "only_language": "",
    }  # fmt: skip
    return {**data, **changes}


def test_admin_refuses_a_deadline_before_the_opening_date(staff_client, site):
    response = staff_client.post("/admin/opportunities/opportunity/add/", opportunity_post())
    assert response.status_code == 200
    html = response.content.decode()
    # The admin speaks Arabic (the office language); the message names the field's problem.
    assert "لا يمكن أن يسبق الموعد النهائي تاريخ فتح باب التقديم" in html
    assert not Opportunity.objects.filter(slug="bad-dates").exists()


def test_admin_refuses_an_opportunity_without_a_provider(staff_client, site):
    response = staff_client.post(
        "/admin/opportunities/opportunity/add/",
        opportunity_post(provider_name_ar="", provider_name_en="", opens_on=days(0).isoformat()),
    )
    assert response.status_code == 200
    assert not Opportunity.objects.filter(slug="bad-dates").exists()


def test_admin_saves_a_good_opportunity_and_its_changelist_filters(staff_client, site):
    response = staff_client.post(
        "/admin/opportunities/opportunity/add/",
        opportunity_post(slug="good", opens_on=days(0).isoformat(), status="published"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    good = Opportunity.objects.get(slug="good")
    closed = OpportunityFactory(
        slug="was", opens_on=days(-20), deadline=good.deadline.replace(year=2001)
    )
    html = staff_client.get("/admin/opportunities/opportunity/?state=open").content.decode()
    assert f"/{good.pk}/change/" in html and f"/{closed.pk}/change/" not in html
    html = staff_client.get("/admin/opportunities/opportunity/?state=closed").content.decode()
    assert f"/{good.pk}/change/" not in html and f"/{closed.pk}/change/" in html
    assert staff_client.get("/admin/opportunities/opportunity/?state=bogus").status_code == 200


def test_admin_change_form_round_trips(staff_client, site):
    opportunity = OpportunityFactory()
    url = f"/admin/opportunities/opportunity/{opportunity.pk}/change/"
    data = admin_form(staff_client.get(url).content.decode(), title_en="Renamed")
    assert staff_client.post(url, data).status_code == 302
    opportunity.refresh_from_db()
    assert opportunity.title_en == "Renamed"


@pytest.fixture
def students(site):
    tokyo = PartnerFactory(slug="tokyo", name_en="Tokyo Institute", country="JP")
    paris = PartnerFactory(slug="paris", name_en="Paris School", country="FR")
    return {
        "jp": StudentAbroadFactory(name="Alpha Test", host_institution=tokyo, country="JP", degree="masters", expected_on=days(365 * 2).replace(month=7, day=31)),
        "fr": StudentAbroadFactory(name="Bravo Test", host_institution=paris, country="FR", status="completed", started_on=days(-1500), expected_on=days(-400)),
    }  # fmt: skip


def test_students_changelist_filters(staff_client, students):
    url = "/admin/opportunities/studentabroad/"
    jp, fr = students["jp"], students["fr"]

    def shown(query):
        html = staff_client.get(url + query).content.decode()
        return {s.name for s in (jp, fr) if f"{url}{s.pk}/change/" in html}

    assert shown("") == {"Alpha Test", "Bravo Test"}
    assert shown("?degree=masters") == {"Alpha Test"}
    assert shown("?country=FR") == {"Bravo Test"}
    assert shown(f"?host_institution__id__exact={jp.host_institution_id}") == {"Alpha Test"}
    assert shown("?status=completed") == {"Bravo Test"}
    assert shown(f"?year={jp.expected_on.year}") == {"Alpha Test"}
    assert shown("?year=abc") == set()
    assert shown("?q=bravo") == {"Bravo Test"}


def test_students_export_csv_and_xlsx(staff_client, students):
    fields = ["name", "degree", "host", "country", "expected_on", "status"]
    post = {f"studentabroadresource_{name}": "on" for name in fields}
    url = "/admin/opportunities/studentabroad/export/"
    response = staff_client.post(url, {**post, "format": "0", "resource": "0"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert "Alpha Test,الماجستير" in text  # the admin speaks Arabic
    assert ",JP," in text
    response = staff_client.post(url, {**post, "format": "1", "resource": "0"})
    assert response.status_code == 200 and response.content[:2] == b"PK"


def test_student_with_an_empty_country_takes_the_host_institutions(staff_client, students):
    student = StudentAbroadFactory(country="", host_institution=students["jp"].host_institution)
    assert student.country.code == "JP"


@pytest.fixture
def as_role(client, django_user_model):
    def log_in(role):
        user = django_user_model.objects.create_user(role.replace(" ", "-"), is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return client

    return log_in


@pytest.mark.parametrize("role", ["editors", "reviewers", "translators"])
def test_students_abroad_are_hidden_from_editors_reviewers_and_translators(as_role, students, role):
    client = as_role(role)
    student = students["jp"]
    assert client.get("/admin/opportunities/studentabroad/").status_code == 403
    assert client.get(f"/admin/opportunities/studentabroad/{student.pk}/change/").status_code == 403
    export = "/admin/opportunities/studentabroad/export/"
    assert client.get(export).status_code == 403
    assert client.post(export, {"format": "0", "resource": "0"}).status_code == 403
    index = client.get("/admin/").content.decode()
    assert "/admin/opportunities/studentabroad/" not in index
    assert "Alpha Test" not in index


def test_editors_edit_opportunities(as_role, students):
    client = as_role("editors")
    assert client.get("/admin/opportunities/opportunity/").status_code == 200
    assert client.get("/admin/opportunities/opportunity/add/").status_code == 200


@pytest.mark.parametrize("role", ["partnerships officers", "office administrators"])
def test_partnerships_officers_and_administrators_keep_the_students(as_role, students, role):
    client = as_role(role)
    html = client.get("/admin/opportunities/studentabroad/").content.decode()
    assert "Alpha Test" in html
    assert client.get("/admin/").content.decode().count("/admin/opportunities/studentabroad/")
    assert StudentAbroad.objects.count() == 2
