from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("partners/", views.PartnerListView.as_view(), name="partner_list"),
    path("partners/countries/", views.CountryListView.as_view(), name="country_list"),
    path("partners/countries/map.svg", views.country_map, name="country_map"),
    path("partners/memberships/", views.MembershipListView.as_view(), name="membership_list"),
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="partner_detail"),
    path("agreements/", views.AgreementListView.as_view(), name="agreement_list"),
    path("agreements/<slug:slug>/", views.AgreementDetailView.as_view(), name="agreement_detail"),
]
