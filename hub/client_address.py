"""The address a visitor connects from, for limits per visitor (the pledges one address may make an hour).

Behind a caching proxy or CDN every request comes from the proxy's address; each proxy adds the address it
was reached from to the end of X-Forwarded-For. Only the entries the site's own proxies added can be believed:
whatever comes before them is what the visitor chose to send. With HUB_TRUSTED_PROXY_COUNT proxies, the
visitor's address is that many entries from the end (as Werkzeug's ProxyFix reads it).
"""

from django.conf import settings


def client_address(request):
    """The visitor's address: REMOTE_ADDR without trusted proxies, else the entry the first of them added."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.HUB_TRUSTED_PROXY_COUNT
    if proxies < 1:
        return remote
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [entry for entry in forwarded if entry]
    if len(forwarded) < proxies:
        # Fewer entries than proxies: the request did not come through them all (or they are set up
        # otherwise); the connection's own address is the only one known.
        return remote
    return forwarded[-proxies]
