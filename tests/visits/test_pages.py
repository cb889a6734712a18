"""Public visit pages: list with filters, detail with participants, gallery and agreements."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intloffice.publishing import Status
from partners.models import Agreement, Partner
from tests.visits.factories import ParticipantFactory, PersonFactory, VisitFactory, full_visit
from visits.models import Direction, ParticipantRole, PersonCategory, Visit, VisitKind

pytestmark = pytest.mark.django_db


def queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_list_shows_newest_first_with_head_and_country(client, site, lang):
    old = full_visit(starts_on=datetime.date(2024, 1, 5))
    new = full_visit(starts_on=datetime.date(2025, 6, 5))
    VisitFactory(status=Status.DRAFT, title_en="Secret draft", title_ar="مسودة سرية")
    html = client.get(f"/{lang}/visits/").content.decode()
    title_new, title_old = getattr(new, f"title_{lang}"), getattr(old, f"title_{lang}")
    assert html.index(title_new) < html.index(title_old)
    assert "Secret draft" not in html and "مسودة سرية" not in html
    head = new.participations.get(role=ParticipantRole.HEAD).person
    assert getattr(head, f"honorific_{lang}") in html
    assert f"<bdi>{getattr(head, f'name_{lang}')}</bdi>" in html
    assert ("ماليزيا" if lang == "ar" else "Malaysia") in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("direction=outgoing", "out", "in"),
        ("kind=religious", "out", "in"),
        ("country=JP", "out", "in"),
        ("year=2023", "out", "in"),
        ("category=religious", "out", "in"),
    ],
)
def test_filters(client, site, query, shown, hidden):
    visits = {
        "in": full_visit(title_en="Incoming MY", starts_on=datetime.date(2025, 2, 1)),
        "out": full_visit(
            title_en="Outgoing JP",
            direction=Direction.OUTGOING,
            kind=VisitKind.RELIGIOUS,
            country="JP",
            starts_on=datetime.date(2023, 5, 1),
        ),
    }
    head = visits["out"].participations.get(role=ParticipantRole.HEAD).person
    head.category = PersonCategory.RELIGIOUS
    head.save()
    html = client.get(f"/en/visits/?{query}").content.decode()
    assert visits[shown].title_en in html
    assert visits[hidden].title_en not in html


@pytest.mark.parametrize(
    "query",
    [
        "direction=sideways",
        "kind=party",
        "category=king",
        "country=XX",
        "year=abc",
        "year=99999999999",
    ],
)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_bad_filters_answer_400_with_a_message(client, site, query, lang):
    full_visit()
    response = client.get(f"/{lang}/visits/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html or "errorlist" in html


@pytest.mark.parametrize("page", ["0", "abc", "99999", "-3", "²"])
def test_bad_pages_show_the_only_page(client, site, page):
    visit = full_visit()
    response = client.get(f"/en/visits/?page={page}")
    assert response.status_code == 200
    assert visit.get_absolute_url() in response.content.decode()


def test_long_query_string_is_not_a_server_error(client, site):
    response = client.get("/en/visits/?country=" + "x" * 2000)
    assert response.status_code == 400


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_detail_shows_participants_by_role_gallery_and_agreements(client, site, lang):
    partner = Partner.objects.create(
        slug="straits-university",
        name_en="Straits International University",
        name_ar="جامعة المضائق الدولية",
        kind="university",
        country="MY",
        status=Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(days=1),
    )
    visit = full_visit(participants=3, photos=2, host_partner=partner)
    agreement = Agreement.objects.create(
        slug="mou-straits",
        title_en="Memorandum with Straits University",
        title_ar="مذكرة تفاهم مع جامعة المضائق",
        kind="mou",
        signed_on=visit.ends_on,
        starts_on=visit.ends_on,
        status=Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(days=1),
    )
    visit.agreements.add(agreement)
    html = client.get(f"/{lang}/visits/{visit.slug}/").content.decode()
    assert f"<h1>{getattr(visit, f'title_{lang}')}</h1>" in html
    assert ("رئيس الوفد" if lang == "ar" else "Head of delegation") in html
    assert ("أعضاء الوفد" if lang == "ar" else "Members of the delegation") in html
    assert html.count('class="participant"') == 3
    assert f'href="/{lang}/agreements/{agreement.slug}/"' in html
    assert f'href="/{lang}/partners/{partner.slug}/"' in html
    assert html.count("<figure>") == 2
    assert getattr(visit.photos.first(), f"image_alt_{lang}") in html
    assert 'datetime="' in html


def test_draft_visit_is_404_for_visitors_and_preview_for_staff(client, staff, site):
    draft = full_visit(status=Status.DRAFT)
    assert client.get(f"/en/visits/{draft.slug}/").status_code == 404
    client.force_login(staff)
    response = client.get(f"/en/visits/{draft.slug}/")
    assert response.status_code == 200 and "Draft preview" in response.content.decode()
    assert client.get("/ar/visits/no-such-visit/").status_code == 404


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_list_and_detail_run_a_fixed_number_of_queries(client, site, lang):
    visit = full_visit(participants=2, photos=1)
    small = (queries(client, f"/{lang}/visits/"), queries(client, f"/{lang}/visits/{visit.slug}/"))
    for _ in range(10):
        full_visit(participants=4, photos=2)
    for _ in range(5):
        ParticipantFactory(visit=visit)
    large = (queries(client, f"/{lang}/visits/"), queries(client, f"/{lang}/visits/{visit.slug}/"))
    assert small == large
    # the visit's row; for its body (fragments off) the visit with its host, participants,
    # photos, agreements signed; navigation, news about it
    assert large[1] == 7


def test_countries_page_counts_visits_and_links_to_the_filtered_list(client, site):
    full_visit(country="JP")
    full_visit(country="JP")
    full_visit(country="SN", status=Status.DRAFT)
    assert Visit.objects.published().counts_by_country() == {"JP": 2}
    html = client.get("/en/partners/countries/").content.decode()
    assert 'href="/en/visits/?country=JP"' in html
    assert "/en/visits/?country=SN" not in html


def test_home_shows_visits_in_figures_and_recent_visits(client, site):
    visit = full_visit(starts_on=timezone.localdate() - datetime.timedelta(days=3))
    html = client.get("/ar/").content.decode()
    assert visit.title_ar in html
    assert "الزيارات بالأرقام" in html


def test_person_names_of_the_other_script_are_isolated(client, site):
    person = PersonFactory(name_ar="", name_en="John Carter", honorific_ar="السيد")
    visit = VisitFactory()
    ParticipantFactory(visit=visit, person=person, role=ParticipantRole.HEAD)
    html = client.get(f"/ar/visits/{visit.slug}/").content.decode()
    assert '<bdi lang="en" dir="ltr" data-fallback="in English">John Carter</bdi>' in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_partner_and_visit_pages_link_each_other_and_their_news(client, site, lang):
    from tests.news.factories import ArticleFactory

    partner = Partner.objects.create(
        slug="nile-delta-university",
        name_en="Nile Delta University",
        name_ar="جامعة دلتا النيل",
        kind="university",
        country="EG",
        status=Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(days=1),
    )
    hosted = full_visit(host_partner=partner, photos=1)
    through_person = full_visit(photos=0)
    ParticipantFactory(visit=through_person, person=PersonFactory(organisation=partner))
    unrelated = full_visit(photos=0)
    article = ArticleFactory(visit=hosted)
    article.related_partners.add(partner)
    partner_html = client.get(f"/{lang}/partners/{partner.slug}/").content.decode()
    assert f'href="/{lang}/visits/{hosted.slug}/"' in partner_html
    assert f'href="/{lang}/visits/{through_person.slug}/"' in partner_html
    assert f'href="/{lang}/visits/{unrelated.slug}/"' not in partner_html
    assert f'href="/{lang}/news/{article.slug}/"' in partner_html
    visit_html = client.get(f"/{lang}/visits/{hosted.slug}/").content.decode()
    assert f'href="/{lang}/news/{article.slug}/"' in visit_html
    assert ("في الأخبار" if lang == "ar" else "In the news") in visit_html
