from django.urls import path

from intloffice.urls import urlpatterns as site_urlpatterns

from .admin_site import site

urlpatterns = [path("media-admin/", site.urls), *site_urlpatterns]
