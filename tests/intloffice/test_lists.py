"""The shared list rules (intloffice/lists.py): numbers, pages, years."""

import pytest
from django.core.exceptions import ValidationError

from intloffice.exports import safe_cell
from intloffice.lists import YearField, page_number
from intloffice.text import parse_int


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("7", 7), ("٧", 7), ("۱۲", 12), ("2024", 2024), ("٢٠٢٤", 2024), ("0", 0)],
)
def test_parse_int_reads_ascii_and_arabic_indic_digits(raw, expected):
    assert parse_int(raw) == expected


@pytest.mark.parametrize(
    "raw", [None, "", "²", "-1", "+1", " 1", "1.0", "abc", "१२", "1e3", "9" * 12, "1\x00"]
)
def test_parse_int_refuses_everything_else(raw):
    assert parse_int(raw) is None


@pytest.mark.parametrize(
    ("raw", "pages", "expected"),
    [
        (None, 5, 1),
        ("", 5, 1),
        ("abc", 5, 1),
        ("²", 5, 1),
        ("0", 5, 1),
        ("-3", 5, 1),
        ("3", 5, 3),
        ("٣", 5, 3),
        ("99999", 5, 5),
        ("2", 0, 1),
    ],
)
def test_page_number_rule(raw, pages, expected):
    assert page_number(raw, pages) == expected


def test_year_field_accepts_both_digit_forms_and_refuses_the_rest():
    field = YearField()
    assert field.clean("2024") == 2024
    assert field.clean("٢٠٢٤") == 2024
    for bad in ("²⁰²⁴", "abc", "1899", "2101"):
        with pytest.raises(ValidationError):
            field.clean(bad)


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_spreadsheet_formulas_are_neutralised(value):
    assert safe_cell(value) == "'" + value


def test_plain_values_stay_as_they_are():
    assert safe_cell("Nile Delta University") == "Nile Delta University"
    assert safe_cell(-5) == -5
    assert safe_cell(12) == 12
    assert safe_cell(None) is None
