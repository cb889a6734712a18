"""The visitor's address, for login throttling (django-axes) and the contact limit.

Behind reverse proxies the connecting address (``REMOTE_ADDR``) is the nearest proxy's; each
proxy appends the address it saw to ``X-Forwarded-For``. Only the entries added by proxies we
trust can be believed, so the address is read at the position ``TRUSTED_PROXIES`` gives
(django-ipware picks it):

- ``0`` (default): no proxy; ``X-Forwarded-For`` is ignored, the address is ``REMOTE_ADDR``.
- ``N``: N proxies in front; the client is the N-th address from the end of the chain
  "X-Forwarded-For entries, REMOTE_ADDR". Whatever a client writes into the header itself
  sits further left and is never read.
- a list of addresses, networks or prefixes, one per proxy hop (nearest the site last): the
  chain must end with those proxies, else the header is not trusted and ``REMOTE_ADDR`` is used.
"""

from django.conf import settings
from ipware import get_client_ip


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "") or ""
    trusted = settings.TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").strip()
    if not trusted or not forwarded or not remote:
        return remote
    # The nearest proxy does not list itself: add it, so the chain holds every hop.
    meta = {"HTTP_X_FORWARDED_FOR": f"{forwarded}, {remote}"}
    options = {"proxy_trusted_ips": trusted} if isinstance(trusted, list) else {}
    if isinstance(trusted, int):
        options["proxy_count"] = trusted
    request_view = _Meta(meta)
    address, _routable = get_client_ip(
        request_view,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
        **options,
    )
    return address or remote


class _Meta:
    """The part of a request django-ipware reads."""

    def __init__(self, meta):
        self.META = meta
