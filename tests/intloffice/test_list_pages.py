"""One rule for every public list (intloffice/lists.py), checked on each list of the site."""

import pytest
from django.urls import resolve

from tests.exhibitions.factories import ExhibitionFactory
from tests.news.factories import ArticleFactory, PublicationFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import VisitFactory

pytestmark = pytest.mark.django_db

#: Every list built on FilteredListView, with the filter that takes a year (if any).
LISTS = {
    "partners": ("/{lang}/partners/", None),
    "agreements": ("/{lang}/agreements/", "year"),
    "visits": ("/{lang}/visits/", "year"),
    "exhibitions": ("/{lang}/exhibitions/", "year"),
    "news": ("/{lang}/news/", None),
    "statements": ("/{lang}/statements/", "year"),
    "publications": ("/{lang}/publications/", None),
    "opportunities": ("/{lang}/opportunities/", None),
}


@pytest.fixture
def one_of_each(site):
    partner = PartnerFactory()
    return {
        "partners": partner,
        "agreements": AgreementFactory(partners=[partner]),
        "visits": VisitFactory(),
        "exhibitions": ExhibitionFactory(),
        "news": ArticleFactory(),
        "statements": StatementFactory(),
        "publications": PublicationFactory(),
        "opportunities": OpportunityFactory(),
    }


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("page", ["abc", "0", "-1", "²", "1.5", "٠", "99999", "1" * 40])
def test_a_page_value_that_is_not_a_page_shows_the_first_or_last_page(
    client, one_of_each, lang, name, page
):
    url = LISTS[name][0].format(lang=lang)
    response = client.get(f"{url}?page={page}")
    assert response.status_code == 200
    assert one_of_each[name].get_absolute_url() in response.content.decode()


@pytest.mark.parametrize("name", LISTS)
def test_arabic_indic_page_numbers_are_read(client, one_of_each, name):
    url = LISTS[name][0].format(lang="ar")
    assert client.get(f"{url}?page=١").status_code == 200


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("name", [name for name, (_url, year) in LISTS.items() if year])
def test_years_in_either_digits_filter_and_other_digits_are_refused(
    client, one_of_each, lang, name
):
    url = LISTS[name][0].format(lang=lang)
    item = one_of_each[name]
    year = {
        "agreements": "signed_on",
        "visits": "starts_on",
        "exhibitions": "starts_on",
        "statements": "issued_on",
    }[name]
    year = getattr(item, year).year
    eastern = str(year).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    for value in (str(year), eastern):
        response = client.get(f"{url}?year={value}")
        assert response.status_code == 200
        assert item.get_absolute_url() in response.content.decode()
    response = client.get(f"{url}?year={year - 1}")
    assert response.status_code == 200
    assert item.get_absolute_url() not in response.content.decode()
    for bad in ("²⁰²⁴", "abc", "1800", "-2024"):
        response = client.get(f"{url}?year={bad}")
        assert response.status_code == 400
        html = response.content.decode()
        assert 'class="field-error"' in html
        assert item.get_absolute_url() not in html


@pytest.mark.parametrize(
    ("lang", "wording"), [("en", "Clear the filters"), ("ar", "مسح عوامل التصفية")]
)
@pytest.mark.parametrize("name", LISTS)
def test_one_filter_form_with_one_clear_link(client, one_of_each, name, lang, wording):
    url = LISTS[name][0].format(lang=lang)
    unfiltered = client.get(url).content.decode()
    assert unfiltered.count('<form class="filters" method="get"') == 1
    assert wording not in unfiltered
    bad = client.get(f"{url}?kind=no-such-kind")
    assert bad.status_code == 400
    html = bad.content.decode()
    assert wording in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_kind_error"' in html
    assert 'id="id_kind_error"' in html


@pytest.mark.parametrize("name", LISTS)
def test_lists_declare_the_query_parameters_they_read(name):
    view = resolve(LISTS[name][0].format(lang="en")).func.view_class
    params = view.query_params()
    assert "page" in params
    assert "kind" in params
    assert "cb" not in params
    assert ("format" in params) == (name in ("partners", "agreements"))


@pytest.mark.parametrize(
    ("url", "factory", "field"),
    [
        ("/admin/news/article/", ArticleFactory, "published_at"),
        ("/admin/news/statement/", StatementFactory, "issued_on"),
        ("/admin/visits/visit/", VisitFactory, "starts_on"),
        ("/admin/exhibitions/exhibition/", ExhibitionFactory, "starts_on"),
    ],
)
def test_the_admin_year_filter_reads_both_digit_forms(staff_client, site, url, factory, field):
    item = factory()
    year = getattr(item, field).year
    eastern = str(year).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    change_url = f"/admin/{item._meta.app_label}/{item._meta.model_name}/{item.pk}/change/"
    for value in (str(year), eastern):
        response = staff_client.get(url, {"year": value})
        assert response.status_code == 200
        assert change_url in response.content.decode()
    for bad in ("²⁰²⁴", "abc", str(year - 1)):
        response = staff_client.get(url, {"year": bad})
        assert response.status_code == 200
        assert change_url not in response.content.decode()


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("name", LISTS)
def test_a_format_a_list_does_not_offer_is_refused_or_ignored_never_a_500(
    client, one_of_each, lang, name
):
    """Lists with open data refuse an unknown format (400); the others ignore the parameter
    and show the page (their rows are built lazily: lists.Rows)."""
    url = LISTS[name][0].format(lang=lang)
    for value in ("csv", "xml", "", "%C0%AF"):
        response = client.get(f"{url}?format={value}&page=1")
        assert response.status_code in (200, 400), (url, value, response.status_code)
        if response.status_code == 200 and "html" in response["Content-Type"]:
            assert one_of_each[name].get_absolute_url() in response.content.decode()
    assert client.get(f"{url}?format=xml").status_code in (200, 400)
