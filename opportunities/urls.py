from django.urls import path

from . import feeds, views

app_name = "opportunities"

urlpatterns = [
    path("opportunities/", views.OpportunityListView.as_view(), name="opportunity_list"),
    path("opportunities/feed/", feeds.OpportunityFeed(), name="opportunity_feed"),
    path(
        "opportunities/<slug:slug>/",
        views.OpportunityDetailView.as_view(),
        name="opportunity_detail",
    ),
    path("exchange/", views.ExchangeView.as_view(), name="exchange"),
]
