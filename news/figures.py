"""What news adds to the annual report (plugins.sections("annual_report")): the statements
issued and the publications released in the report's year (one query each)."""

from .models import Publication, Statement


def report_statements(report, request):
    statements = list(
        Statement.objects.published()
        .filter(issued_on__year=report.year)
        .order_by("issued_on", "pk")
    )
    return {"statements": statements} if statements else None


def report_publications(report, request):
    publications = list(
        Publication.objects.published()
        .filter(issued_on__year=report.year)
        .order_by("issued_on", "pk")
    )
    return {"publications": publications} if publications else None
