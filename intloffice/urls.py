"""Root URLs: language-prefixed public pages, plus the unprefixed service endpoints."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from . import icons, media_views, sitemaps, views

handler404 = "intloffice.views.page_not_found"
handler500 = "intloffice.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", icons.favicon, name="favicon"),
    path("icons/<slug:name>.png", icons.icon, name="site_icon"),
    path("sitemap.xml", sitemaps.index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    path("admin/", admin.site.urls),
    path("translations/", include("intloffice.translations_ui")),
    # Replaces django_ckeditor_5.urls: the same name, our checks and processing (media_views).
    path(
        "ckeditor5/image_upload/",
        media_views.editor_upload,
        name="ck_editor_5_upload_file",
    ),
    path(
        "documents/<str:app_label>/<str:model_name>/<str:pk>/<str:field_name>/",
        media_views.private_document,
        name="private_document",
    ),
]

urlpatterns += i18n_patterns(
    path("", include("intloffice.public_urls")),
    path("", include("partners.urls")),
    path("", include("news.urls")),
    path("visits/", include("visits.urls")),
    path("", include("opportunities.urls")),
    path("exhibitions/", include("exhibitions.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
