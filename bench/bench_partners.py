"""Partners: directory (filtered), partner and agreement pages, countries, open data.

With ``seed_demo --scale 50`` (about 3,050 partners and 1,050 agreements) the directory with a
country filter must render in under 50 ms (issue #4).
"""

from django.core.management import call_command

PAGES = {
    "directory, country filter (ar)": ("/ar/partners/?country=IQ", 50),
    "directory, search (en)": ("/en/partners/?q=%D8%AC%D8%A7%D9%85%D8%B9%D8%A9", 60),
    "directory, page 20 (en)": ("/en/partners/?page=20", 60),
    "partner detail (ar)": ("/ar/partners/cairo-mokattam-university/", 30),
    "agreements, status filter (en)": ("/en/agreements/?status=active", 60),
    "agreement detail (en)": ("/en/agreements/joint-research-manuscripts/", 30),
    "countries table and map (ar)": ("/ar/partners/countries/", 60),
    "memberships (en)": ("/en/partners/memberships/", 30),
    "open data JSON, country (en)": ("/en/partners/?country=EG&format=json", 60),
}


def prepare():
    call_command("seed_demo", scale=50, verbosity=0)
