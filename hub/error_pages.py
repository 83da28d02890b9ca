"""The hub's own "not found" and "server error" pages, in the visitor's language, each with the quick exit.

The 404 page is a page of the site like any other (header, language switcher, search box). The 500 page is shown
when something failed, perhaps the database itself, so it is rendered from the request alone: no site settings,
no menu, no context processors. Its quick exit therefore goes to the neutral site the visitor-safety settings
offer by default.

With DEBUG on (the quick start), Django answers a missing page with its technical 404, a list of the URL
patterns: the public site's addresses (those with a language) get the hub's own page instead, as in production.
"""

from django.conf import settings
from django.http import Http404, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views import defaults

from hub.models.site_settings import SafetySettings

DEFAULT_QUICK_EXIT_URL = SafetySettings._meta.get_field("quick_exit_url").default


def server_error(request):
    """handler500: the language from the address, else the one negotiated from the cookie and the browser."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        html = loader.render_to_string(
            "500.html",
            {"request": request, "site_name": settings.WAGTAIL_SITE_NAME, "quick_exit_url": DEFAULT_QUICK_EXIT_URL},
        )
    return HttpResponseServerError(html)


class PublicNotFoundMiddleware:
    """With DEBUG on, a missing public page (Wagtail's serve raises Http404) shows the hub's 404, not Django's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if settings.DEBUG and isinstance(exception, Http404) and translation.get_language_from_path(request.path_info):
            return defaults.page_not_found(request, exception)
        return None
