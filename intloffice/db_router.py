"""An optional PostgreSQL read replica (README "Running on several servers").

With ``DATABASE_REPLICA_URL`` set, the replica answers the reads of anonymous GET and HEAD
requests — the public pages, most of the traffic — and the primary everything else: writes,
the admin and every request of a signed-in user (who must see what they just saved, whatever
the replica's lag), management commands and the shell. ``ReplicaMiddleware`` marks the
requests the replica may serve.
"""

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
_may_use_replica = ContextVar("may_use_replica", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _may_use_replica.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two connections to it

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReplicaMiddleware:
    """Lets the router read from the replica during a GET or HEAD request without a session
    cookie (a visitor: signed-in users carry one). Placed early, so the page's every read —
    interface translations, site settings — goes there too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)
        token = _may_use_replica.set(True)
        try:
            return self.get_response(request)
        finally:
            _may_use_replica.reset(token)
