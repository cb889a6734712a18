"""The site-wide public pages, under each language prefix."""

from django.urls import path

from . import figures, views

app_name = "intloffice"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    # Before the pages' "about/<slug>/": "figures" is not a page's slug.
    path("about/figures/", figures.figures_page, name="figures"),
    path(
        "about/figures/<slug:key>.<str:data_format>",
        figures.chart_download,
        name="figure_data",
    ),
    path("about/annual-report/<str:year>/", figures.annual_report, name="annual_report"),
    path(
        "about/annual-report/<str:year>/pdf/", figures.annual_report_pdf, name="annual_report_pdf"
    ),
    path("about/<slug:slug>/", views.PageDetailView.as_view(), name="page"),
    path("contact/", views.contact, name="contact"),
    path("search/", views.search_page, name="search"),
    path("sitemap/", views.site_map, name="sitemap"),
    path("contact/thanks/", views.contact_thanks, name="contact_thanks"),
]
