"""The site-wide public pages, under each language prefix."""

from django.urls import path

from . import views

app_name = "intloffice"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("about/<slug:slug>/", views.PageDetailView.as_view(), name="page"),
    path("contact/", views.contact, name="contact"),
    path("search/", views.search_page, name="search"),
    path("sitemap/", views.site_map, name="sitemap"),
    path("contact/thanks/", views.contact_thanks, name="contact_thanks"),
]
