"""The floor: a bare Django "hello" view with no middleware and no database, served by the
same gunicorn as the site in the same run (bench/load.py). The site's figures are reported as
a share of its requests per second.

``DJANGO_SETTINGS_MODULE=bench.floor gunicorn bench.floor:application``
"""

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bench-floor-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = __name__
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_I18N = False


def hello(request):
    return HttpResponse("hello")


urlpatterns = [path("", hello)]

from django.core.wsgi import get_wsgi_application  # noqa: E402 (after the settings above)

application = get_wsgi_application()
