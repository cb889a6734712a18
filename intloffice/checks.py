"""System checks of the deployment (``manage.py check --deploy``)."""

from django.conf import settings
from django.core import checks

#: Caches kept inside one process: each worker would have its own page cache and limits.
PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_caches(app_configs, **kwargs):
    """Production needs one cache shared by every worker process (Redis or the database)."""
    warnings = []
    for alias, config in settings.CACHES.items():
        backend = config.get("BACKEND", "")
        if backend in PER_PROCESS_CACHES:
            warnings.append(
                checks.Warning(
                    f"The cache '{alias}' ({backend.rsplit('.', 1)[-1]}) is not shared between "
                    "worker processes: each one would keep its own pages and limits, so an "
                    "unpublished item stays visible and the contact limit multiplies.",
                    hint="Set CACHE_URL to a Redis server, or leave CACHE_URL unset with "
                    "DJANGO_DEBUG=0 to use the database cache.",
                    id="intloffice.W001",
                )
            )
    return warnings
