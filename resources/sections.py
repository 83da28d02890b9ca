"""The library's sections on other pages: the home page's latest resources."""

from hub.per_request import active_locale
from resources.models import ResourcePage


def latest_resources(request, limit):
    """The newest resources in the visitor's language tree, for the home page section."""
    return ResourcePage.for_listing(active_locale()).order_by("-publication_date", "-first_published_at")[:limit]
