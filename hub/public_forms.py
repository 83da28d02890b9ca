"""Forms the public fills in on cached pages: a pledge, an event registration, a request for access.

A page from the page cache is the same for every visitor, so it cannot carry a CSRF token, which belongs to
one visitor's cookie. These forms need none: they act on nobody's authority (no session, no account), so
what CSRF protection must still refuse is a post made by another site, in a visitor's browser. Browsers say
where a post comes from (`Origin`, else `Referer`), and Django's own CSRF checks of those headers decide,
with the token check left out. A page route decorated with `public_form` takes such posts; every other
post keeps Django's full CSRF protection (see `PublicFormRoutesMiddleware`).
"""

import logging
from functools import wraps
from urllib.parse import urlsplit

from django.middleware.csrf import (
    REASON_BAD_ORIGIN,
    REASON_BAD_REFERER,
    REASON_NO_REFERER,
    CsrfViewMiddleware,
    RejectRequest,
)
from django.template.response import TemplateResponse
from django.utils.http import is_same_domain
from django.views.decorators.csrf import csrf_exempt
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

logger = logging.getLogger(__name__)

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


class SameSiteCheck(CsrfViewMiddleware):
    """Django's CSRF checks of where a post comes from, without the token: the `Origin` header against this
    host and CSRF_TRUSTED_ORIGINS, else the `Referer`. It calls Django's private `_origin_verified` and
    `_check_referer`; tests/caching/test_public_forms.py notices if Django changes them."""

    def refusal(self, request):
        """Why the post is refused, or None when it comes from the site itself (or is no post)."""
        # Django's test client asks for no CSRF checks unless a test enforces them.
        if request.method in SAFE_METHODS or getattr(request, "_dont_enforce_csrf_checks", False):
            return None
        try:
            if "HTTP_ORIGIN" in request.META:
                if not self._origin_verified(request):
                    return REASON_BAD_ORIGIN % request.META["HTTP_ORIGIN"]
            elif request.is_secure():
                self._check_referer(request)
            else:
                self._check_plain_referer(request)
        except RejectRequest as exc:
            return exc.reason
        return None

    def _check_plain_referer(self, request):
        # Over plain HTTP without Origin (a development server, an old browser) Django relies on the token
        # alone, and refuses any http:// Referer: here the Referer must name this site.
        referer = urlsplit(request.META.get("HTTP_REFERER", ""))
        if not referer.netloc:
            raise RejectRequest(REASON_NO_REFERER)
        hosts = [request.get_host(), *self.csrf_trusted_origins_hosts]
        if not any(is_same_domain(referer.netloc, host) for host in hosts):
            raise RejectRequest(REASON_BAD_REFERER % referer.geturl())


# Used for its checks only, never as a middleware: it has no response to pass on.
same_site = SameSiteCheck(get_response=lambda request: None)


def public_form(route):
    """For a page's route (a RoutablePageMixin `@path` method, or `serve`) taking an anonymous visitor's form:
    it needs no CSRF token, so its page can be cached without one, and refuses posts from other sites
    instead, with a page that says so; nothing of such a post reaches the route."""

    @wraps(route)
    def checked(page, request, *args, **kwargs):
        reason = same_site.refusal(request)
        if reason is not None:
            logger.warning("Cross-site form post refused (%s): %s", reason, request.path)
            return TemplateResponse(request, "hub/cross_site_form.html", {"page": page}, status=403)
        return route(page, request, *args, **kwargs)

    return csrf_exempt(checked)


def routed_view(request, path):
    """The page route Wagtail's serve view will run for `path` (Wagtail keeps the routing on the request, so
    serving does not route again), or None when no page answers."""
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    if isinstance(route.page, RoutablePageMixin) and route.args:
        return route.args[0]
    return route.page.serve


class PublicFormRoutesMiddleware:
    """Django's CSRF middleware sees only Wagtail's serve view, never the page route it runs: this tells it,
    just before it, that a `public_form` route checks its posts itself. Every other post is left to it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if callback is wagtail_views.serve and request.method not in SAFE_METHODS:
            view = routed_view(request, *callback_args, **callback_kwargs)
            if getattr(view, "csrf_exempt", False):
                request.csrf_processing_done = True
