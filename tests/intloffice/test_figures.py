"""The office in figures (/<lang>/about/figures/): charts checked against the database in both
languages, their accessibility, the downloads, the fixed number of queries."""

import csv
import datetime
import io
import json
import re

import pytest
from django.db.models import Count
from django.utils import timezone, translation

from exhibitions.models import Exhibition, OfficeRole
from intloffice import charts, plugins
from intloffice.countries import REGIONS, region_of
from intloffice.disclosure import SMALL, Cell
from opportunities.models import Degree
from partners.models import Agreement, AgreementKind, Partner, PartnerKind
from tests.exhibitions.factories import ExhibitionFactory
from tests.opportunities.factories import OpportunityFactory, StudentAbroadFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import ParticipantFactory, PersonFactory, VisitFactory
from visits.models import Direction, Person, PersonCategory

COUNTRIES = ["IQ", "FR", "MY", "US", "EG", "BR", "KE"]
KINDS = [PartnerKind.UNIVERSITY, PartnerKind.RESEARCH, PartnerKind.GOVERNMENT]


def make_data(scale=1):
    """Partners, agreements, visits, events, opportunities and scholars abroad; ``scale``
    multiplies the rows (the second data size of the query-count test)."""
    today = timezone.localdate()
    partners = []
    for i in range(7 * scale):
        partners.append(
            PartnerFactory(country=COUNTRIES[i % len(COUNTRIES)], kind=KINDS[i % len(KINDS)])
        )
    PartnerFactory(status="draft", country="JP")  # a draft: never counted
    for i in range(5 * scale):
        year_ago = today.replace(year=today.year - (i % 3)) - datetime.timedelta(days=10)
        agreement = AgreementFactory(
            kind=[AgreementKind.MOU, AgreementKind.STUDENT_EXCHANGE][i % 2],
            signed_on=year_ago,
            starts_on=year_ago,
            ends_on=today + datetime.timedelta(days=300)
            if i % 4
            else today - datetime.timedelta(days=5),
        )
        agreement.partners.add(partners[i % len(partners)])
    AgreementFactory(is_public=False)  # not public: never counted
    categories = [PersonCategory.MINISTER, PersonCategory.ACADEMIC, PersonCategory.DIPLOMAT]
    for i in range(4 * scale):
        visit = VisitFactory(
            direction=[Direction.INCOMING, Direction.OUTGOING][i % 2],
            starts_on=today.replace(year=today.year - (i % 2), month=1, day=15),
            ends_on=today.replace(year=today.year - (i % 2), month=1, day=17),
        )
        ParticipantFactory(
            visit=visit, person=PersonFactory(category=categories[i % 3]), role="head"
        )
    for i in range(3 * scale):
        ExhibitionFactory(
            role=[OfficeRole.ORGANISER, OfficeRole.PARTICIPANT][i % 2],
            starts_on=today.replace(year=today.year - (i % 2), month=2, day=1),
            ends_on=today.replace(year=today.year - (i % 2), month=2, day=3),
        )
    for _ in range(2 * scale):
        OpportunityFactory()
    for i in range(6 * scale):
        StudentAbroadFactory(
            degree=Degree.DOCTORATE if i % 3 else Degree.MASTERS,
            country=["FR", "MY", "IQ"][i % 3],
            host_institution=partners[0],
        )
    return partners


def chart_json(client, language, key):
    response = client.get(f"/{language}/about/figures/{key}.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def as_table(data, series=None):
    """{label: value} of a one-series chart's JSON."""
    series = series or data["series"][0]
    return {row["label"]: row[series] for row in data["rows"]}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_partner_figures_match_the_database(client, site, language):
    make_data()
    with translation.override(language):
        region_names = {key: str(label) for key, label in REGIONS}
        expected_regions = {}
        for code in Partner.objects.published().values_list("country", flat=True):
            name = region_names[region_of(code)]
            expected_regions[name] = expected_regions.get(name, 0) + 1
        expected_kinds = {
            str(PartnerKind(kind).label): n
            for kind, n in Partner.objects.published()
            .order_by()
            .values_list("kind")
            .annotate(n=Count("pk"))
        }
        in_force = Agreement.objects.published().public().in_force().order_by().values_list("kind")
        expected_in_force = {
            str(AgreementKind(kind).label): n for kind, n in in_force.annotate(n=Count("pk"))
        }
    assert as_table(chart_json(client, language, "partners-by-region")) == expected_regions
    assert as_table(chart_json(client, language, "partners-by-kind")) == expected_kinds
    assert as_table(chart_json(client, language, "agreements-by-kind")) == expected_in_force

    per_year = as_table(chart_json(client, language, "agreements-per-year"))
    signed = Agreement.objects.published().public().values_list("signed_on", flat=True)
    for year in {day.year for day in signed}:
        label = str(year)  # western digits: the site's default
        assert per_year[label] == sum(1 for day in signed if day.year == year)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_visit_event_and_opportunity_figures_match_the_database(client, site, language):
    make_data()
    data = chart_json(client, language, "visits-per-year")
    with translation.override(language):
        incoming, outgoing = (str(label) for _value, label in Direction.choices)
        roles = {value: str(label) for value, label in OfficeRole.choices}
        category_names = {value: str(label) for value, label in PersonCategory.choices}
    from visits.models import Visit

    for row in data["rows"]:
        year = int(row["label"])
        visits = Visit.objects.published().filter(starts_on__year=year)
        assert row[incoming] == visits.filter(direction=Direction.INCOMING).count()
        assert row[outgoing] == visits.filter(direction=Direction.OUTGOING).count()

    visitors = as_table(chart_json(client, language, "visitors-by-category"))
    expected = Person.objects.visitors().counts_by_category()
    assert visitors == {category_names[key]: n for key, n in expected.items()}

    events = chart_json(client, language, "events-per-year")
    for row in events["rows"]:
        for value, label in roles.items():
            assert row[label] == (
                Exhibition.objects.published()
                .filter(starts_on__year=int(row["label"]), role=value)
                .count()
            )

    opportunities = chart_json(client, language, "opportunities-per-year")
    total = sum(v for row in opportunities["rows"] for k, v in row.items() if k != "label")
    from opportunities.models import Opportunity

    assert total == Opportunity.objects.published().count()


@pytest.mark.django_db
def test_home_figures_block_reads_the_same_numbers(client, site):
    make_data()
    visitors = as_table(chart_json(client, "en", "visitors-by-category"))
    home = client.get("/en/").content.decode()
    for label, count in visitors.items():
        assert f"<dt>{label}</dt><dd>{count}</dd>" in home
    assert 'href="/en/about/figures/"' in home
    countries = client.get("/en/partners/countries/").content.decode()
    assert 'href="/en/about/figures/#partners-by-region"' in countries


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_scholars_abroad_hide_counts_below_three(client, site, language):
    partner = PartnerFactory()
    for _ in range(5):
        StudentAbroadFactory(degree=Degree.DOCTORATE, country="FR", host_institution=partner)
    for _ in range(3):
        StudentAbroadFactory(degree=Degree.DOCTORATE, country="MY", host_institution=partner)
    for _ in range(2):
        StudentAbroadFactory(degree=Degree.MASTERS, country="US", host_institution=partner)
    regions = chart_json(client, language, "scholars-by-region")
    values = [row[regions["series"][0]] for row in regions["rows"]]
    assert "<3" in values  # North America: 2 students
    assert 2 not in values
    page = client.get(f"/{language}/about/figures/").content.decode()
    with translation.override(language):
        assert translation.gettext("fewer than 3") in page
    assert "Zzprivate" not in page and "Zzsupervisor" not in page  # no personal data


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_chart_is_accessible_and_has_its_table(client, site, language):
    make_data()
    response = client.get(f"/{language}/about/figures/")
    assert response.status_code == 200
    html = response.content.decode()
    keys = re.findall(r'<section class="chart-block" id="([a-z-]+)"', html)
    assert len(keys) >= 9
    for key in keys:
        section = html.split(f'id="{key}"', 1)[1].split("</section>", 1)[0]
        assert 'role="img" viewBox=' in section and 'width="100%"' in section
        assert f'aria-labelledby="chart-{key}-title chart-{key}-desc"' in section
        assert re.search(rf'<title id="chart-{key}-title">[^<]+</title>', section)
        assert re.search(rf'<desc id="chart-{key}-desc">[^<]+</desc>', section)
        assert '<table class="chart-table">' in section and '<th scope="row">' in section
        assert f'href="/{language}/about/figures/{key}.csv"' in section
        assert f'href="/{language}/about/figures/{key}.json"' in section
        assert "style=" not in section and "<script" not in section  # CSP: none inline
    direction = 'direction="rtl"' if language == "ar" else 'direction="ltr"'
    assert direction in html


@pytest.mark.django_db  # Arabic digits follow the site's setting (a database row)
def test_arabic_bars_grow_from_the_right():
    chart = charts.Chart("c", "T", "D", "K", ["S"], rows=[("a", [10]), ("b", [5])])
    ltr, rtl = charts.svg(chart, rtl=False), charts.svg(chart, rtl=True)
    bars_ltr = re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', ltr)
    bars_rtl = re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', rtl)
    assert all(float(x) == 0 for x, _w in bars_ltr)
    assert all(float(x) + float(w) == charts.WIDTH for x, w in bars_rtl)
    # the labels start at the right edge, in the right-to-left direction
    assert f'<text x="{charts.WIDTH}" ' in rtl and 'direction="rtl"' in rtl


@pytest.mark.django_db
def test_hidden_values_read_as_words_and_draw_no_bar():
    chart = charts.Chart("c", "T", "D", "K", ["S"], rows=[("a", [Cell("a", "a", SMALL, None)])])
    with translation.override("en"):
        assert "<rect" not in charts.svg(chart, rtl=False)
        assert charts.table_rows(chart) == [("a", ["fewer than 3"])]
        assert json.loads(charts.as_json(chart))["rows"] == [{"label": "a", "S": "<3"}]


@pytest.mark.django_db
def test_csv_download(client, site):
    make_data()
    response = client.get("/ar/about/figures/partners-by-kind.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["النوع", "الشركاء"]
    with translation.override("ar"):
        university = str(PartnerKind.UNIVERSITY.label)
    expected = Partner.objects.published().filter(kind=PartnerKind.UNIVERSITY).count()
    assert [university, str(expected)] in rows


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/en/about/figures/no-such-chart.json",
        "/en/about/figures/partners-by-kind.xml",
        "/en/about/figures/partners-by-kind.",
        "/ar/about/figures/%D9%A1.csv",
    ],
)
def test_bad_downloads_are_404(client, site, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_empty_site_shows_a_message(client, site):
    response = client.get("/en/about/figures/")
    assert response.status_code == 200
    assert "No figures yet." in response.content.decode()


# One query per chart (partners 4, visits 2, events 1, opportunities 1, scholars abroad 2),
# the site settings and the published annual reports; the same at both sizes.
FIGURES_QUERIES = 12


@pytest.mark.django_db
@pytest.mark.parametrize("scale", [1, 3])
def test_figures_page_runs_a_fixed_number_of_queries(
    client, site, django_assert_num_queries, scale
):
    make_data(scale)
    client.get("/en/about/figures/")  # site settings and the like, as on any page
    with django_assert_num_queries(FIGURES_QUERIES):
        response = client.get("/en/about/figures/")
    assert response.status_code == 200


def test_every_app_registers_its_figures():
    keys = {entry.key for entry in plugins.figures}
    assert {
        "partners.by_region",
        "partners.by_kind",
        "partners.agreements_by_kind",
        "partners.agreements_per_year",
        "visits.per_year",
        "visits.visitors_by_category",
        "exhibitions.per_year",
        "opportunities.per_year",
        "opportunities.scholars_by_degree",
        "opportunities.scholars_by_region",
    } <= keys
