"""Events' sections on other pages: the home page's next events."""

from django.utils import timezone
from wagtail.models import Locale

from events.models import EventPage


def next_events(request, limit):
    """The soonest events still to come in the visitor's language tree, for the home page section."""
    return EventPage.for_listing(Locale.get_active()).filter(end__gte=timezone.now()).order_by("start", "pk")[:limit]
