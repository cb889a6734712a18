from django.urls import path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("news/", views.ArticleListView.as_view(), name="article_list"),
    path("news/feed/", feeds.ArticleFeed(), name="article_feed"),
    path("news/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("statements/", views.StatementListView.as_view(), name="statement_list"),
    path("statements/feed/", feeds.StatementFeed(), name="statement_feed"),
    path("statements/<slug:slug>/", views.StatementDetailView.as_view(), name="statement_detail"),
    path(
        "statements/<slug:slug>/history/",
        views.StatementHistoryView.as_view(),
        name="statement_history",
    ),
    path("publications/", views.PublicationListView.as_view(), name="publication_list"),
    path(
        "publications/<slug:slug>/",
        views.PublicationDetailView.as_view(),
        name="publication_detail",
    ),
]
