"""Students abroad are personal data: no public page, feed, sitemap or open-data export ever
shows one of them, and the public figures cannot single anyone out."""

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intloffice.disclosure import SHOWN, SMALL, THRESHOLD, WITHHELD, protect_counts
from intloffice.models import SearchEntry
from intloffice.text import normalize_search_text
from opportunities.blocks import scholars_abroad_figures
from opportunities.models import Degree, StudyStatus
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.sitemaps import sitemap_text

from .factories import OpportunityFactory, StudentAbroadFactory

pytestmark = pytest.mark.django_db

#: Every public surface a student could leak through (the host partner's page included).
SURFACES = [
    "/{lang}/",
    "/{lang}/opportunities/",
    "/{lang}/opportunities/?status=closed",
    "/{lang}/opportunities/call/",
    "/{lang}/exchange/",
    "/{lang}/opportunities/feed/",
    "/{lang}/partners/host/",
    "/{lang}/partners/",
    "/{lang}/partners/?format=csv",
    "/{lang}/partners/?format=json",
    "/{lang}/partners/countries/",
    "/{lang}/agreements/?format=json",
    "/sitemap.xml",
]


@pytest.fixture
def students(site):
    host = PartnerFactory(slug="host", name_en="Host University", country="JP")
    AgreementFactory(slug="host-agreement", partners=[host])
    OpportunityFactory(slug="call", provider_partner=host)
    lone = StudentAbroadFactory(
        name="Zzlone Scholar", host_institution=host, country="JP", field_en="Rare field",
        field_ar="حقل نادر", supervisor="Zzlone Supervisor", notes="Zzlone private note",
    )  # fmt: skip
    others = [StudentAbroadFactory(host_institution=host, country="FR") for _ in range(6)]
    return [lone, *others]


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("surface", SURFACES)
def test_no_public_surface_shows_a_student(client, students, uncached, lang, surface):
    response = client.get(surface.format(lang=lang))
    assert response.status_code == 200
    body = response.content.decode()
    for student in students:
        for private in (student.name, student.supervisor, student.notes):
            assert private not in body
    assert "Zz" not in body  # nothing of the fictional personal data, in any field
    assert "studentabroad" not in body.lower() and "students-abroad" not in body


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize(
    "query", ["Zzlone", "Zzlone Scholar", "Zzlone Supervisor", "private note", "حقل نادر"]
)
def test_the_search_finds_no_student(client, students, lang, query):
    """By the student's name, supervisor, notes or field: nothing (the page echoes the query)."""
    response = client.get(f"/{lang}/search/", {"q": query})
    assert response.status_code == 200
    assert response.context["counts"] == {}
    body = response.content.decode().replace(query, "").replace(query.replace(" ", "+"), "")
    assert "Zz" not in body and "studentabroad" not in body.lower()


def test_no_sitemap_section_lists_a_student(client, students, uncached):
    text = sitemap_text(client)
    assert "/opportunities/call/" in text  # the sections were read
    assert "Zz" not in text and "student" not in text.lower()


def test_the_search_index_holds_no_student(students):
    assert not SearchEntry.objects.filter(group__startswith="opportunities.student").exists()
    for word in ("zzlone", "rare field", normalize_search_text("حقل نادر")):
        assert not SearchEntry.objects.filter(body_text__contains=word).exists()
        assert not SearchEntry.objects.filter(title_text__contains=word).exists()
    assert SearchEntry.objects.filter(group="opportunities.opportunity").count() == 1


def test_no_public_url_reaches_students(client, students):
    for path in ("/en/students-abroad/", "/en/opportunities/students/", "/ar/students/"):
        assert client.get(path).status_code == 404
    assert client.get("/admin/opportunities/studentabroad/").status_code == 302  # to login


@pytest.mark.parametrize(("lang", "small"), [("en", "fewer than 3"), ("ar", "أقل من 3")])
def test_home_figures_hide_small_counts_and_their_complements(client, students, lang, small):
    html = client.get(f"/{lang}/").content.decode()
    block = html.split('id="scholars-abroad-title"')[1].split("</section>")[0]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block))
    # 7 students: Japan has 1 (shown as "fewer than 3"), France 6 (withheld: 7 − 6 = 1).
    assert small in text.replace("٣", "3")
    assert "6" not in text.replace("٦", "6")
    assert "Rare field" in text or "حقل نادر" in text  # a field is a category, shown


def test_a_single_student_is_never_counted_exactly():
    StudentAbroadFactory(country="JP")
    figures = scholars_abroad_figures()
    assert figures == {"total": 1, "tables": []}


def test_only_students_currently_abroad_are_counted(students):
    StudentAbroadFactory(status=StudyStatus.COMPLETED)
    StudentAbroadFactory(status=StudyStatus.WITHDRAWN)
    assert scholars_abroad_figures()["total"] == 7


def test_figures_group_fields_across_languages_and_case(site):
    for field in ("Islamic studies", "islamic  Studies", "ISLAMIC STUDIES"):
        StudentAbroadFactory(field_en=field, degree=Degree.MASTERS)
    tables = dict(scholars_abroad_figures()["tables"])
    [cell] = tables["field"]
    assert cell.label.casefold() == "islamic studies" and cell.count == 3


def consistent_values(cells, total, cap):
    """Every assignment of values to the hidden cells a reader could believe: "fewer than 3"
    cells 1–2, withheld cells 3 and more, summing with the shown ones to the total."""
    hidden = [c for c in cells if c.kind != SHOWN]
    rest = total - sum(c.count for c in cells if c.kind == SHOWN)
    ranges = [range(1, THRESHOLD) if c.kind == SMALL else range(THRESHOLD, cap + 1) for c in hidden]
    for values in itertools.product(*ranges):
        if sum(values) == rest:
            yield dict(zip((c.key for c in hidden), values, strict=True))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from("ABCDEFG"), st.integers(1, 9), min_size=1, max_size=6))
def test_no_small_count_can_be_worked_out_from_the_published_table(counts):
    total = sum(counts.values())
    cells = protect_counts(counts)
    if cells is None:  # not published at all
        return
    by_key = {c.key: c for c in cells}
    assert set(by_key) == set(counts)
    for key, n in counts.items():
        cell = by_key[key]
        if n < THRESHOLD:
            assert cell.kind == SMALL  # never shown exactly
        elif cell.kind == SHOWN:
            assert cell.count == n
        else:
            assert cell.kind == WITHHELD
    worlds = list(consistent_values(cells, total, cap=total))
    assert counts in [
        {**{k: v for k, v in counts.items() if by_key[k].kind == SHOWN}, **w} for w in worlds
    ]
    for cell in cells:
        if cell.kind == SMALL:  # every value below the threshold stays possible
            assert {world[cell.key] for world in worlds} == set(range(1, THRESHOLD))


def test_suppression_examples():
    # One small cell: the smallest other cell is withheld with it.
    cells = {c.key: c.kind for c in protect_counts({"A": 1, "B": 4, "C": 9})}
    assert cells == {"A": SMALL, "B": WITHHELD, "C": SHOWN}
    # 1 + 3 could only be (1, 3) — "fewer than 3" and "3 or more" summing to 4 — so more
    # cells go until it is ambiguous.
    cells = {c.key: c.kind for c in protect_counts({"A": 1, "B": 3, "C": 9})}
    assert cells["A"] == SMALL and cells["C"] == WITHHELD
    # Small cells that hide each other need no complement.
    cells = {c.key: c.kind for c in protect_counts({"A": 1, "B": 2, "C": 9})}
    assert cells == {"A": SMALL, "B": SMALL, "C": SHOWN}
    # Two cells both of 2 cannot be protected: the table is not published.
    assert protect_counts({"A": 2, "B": 2}) is None
    assert protect_counts({"A": 5, "B": 9})[0].count == 9
