"""Settings of the servers the resilience tests start (tests/live.py): the real settings, read
from the same environment variables, with plain static files (no collectstatic manifest)."""

from intloffice.settings import *  # noqa: F403
from intloffice.settings import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
