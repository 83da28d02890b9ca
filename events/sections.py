"""Events' sections on other pages: the home page's next events, and a regional group's next meetings."""

from django.utils import timezone

from events.models import EventPage
from hub.per_request import active_locale


def next_events(request, limit):
    """The soonest events still to come in the visitor's language tree, for the home page section."""
    return EventPage.for_listing(active_locale()).filter(end__gte=timezone.now()).order_by("start", "pk")[:limit]


def regional_meetings(region, limit):
    """The next regional network meetings in the region (HubPluginMeta.regional_meetings), in the visitor's
    language tree."""
    return list(
        EventPage.for_listing(active_locale())
        .filter(event_type=EventPage.EventType.REGIONAL_MEETING, regions__slug=region.slug, end__gte=timezone.now())
        .order_by("start", "pk")[:limit]
    )
