"""Who may see an event's registrants: network editors (and administrators), and the editors of the member
organisations organising it. Translators, other members' editors and everyone else may not."""

from django.db.models import Min, Q

from events.models import EventPage
from hub.dashboard import member_spaces
from hub.roles import is_network_editor


def events_with_registrants_for(user):
    """The booking pages (see EventPage.booking_event) whose registrants the user may see."""
    first_of_each = EventPage.objects.values("translation_key").annotate(first=Min("pk")).values("first")
    events = EventPage.objects.filter(pk__in=first_of_each)
    if is_network_editor(user):
        return events
    if not user.is_active:
        return events.none()
    # Member editors' rights sit on their organisation's page in the default tree: match any language's copy.
    keys = member_spaces(user).values("translation_key")
    return events.filter(
        Q(organisation__translation_key__in=keys) | Q(co_organisers__organisation__translation_key__in=keys)
    ).distinct()


def may_see_registrants(user, event):
    return events_with_registrants_for(user).filter(pk=event.booking_event().pk).exists()
