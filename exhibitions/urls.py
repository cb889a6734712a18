from django.urls import path

from . import views

app_name = "exhibitions"

urlpatterns = [
    path("", views.ExhibitionListView.as_view(), name="exhibition_list"),
    path("calendar.ics", views.CalendarView.as_view(), name="calendar"),
    path("<slug:slug>/", views.ExhibitionDetailView.as_view(), name="exhibition_detail"),
    path("<slug:slug>/calendar.ics", views.ExhibitionCalendarView.as_view(), name="exhibition_ics"),
]
