"""The site's URLs plus the bare view every figure is compared with."""

from django.urls import path

from bench.harness import bare_view
from intloffice.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("__bench_bare__", bare_view), *site_urlpatterns]
