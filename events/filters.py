"""The events listing's filters; they narrow the list, the month view and the calendar feed alike."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventPage
from hub.filters import (
    ArrangingFilter,
    ChoiceFilter,
    DatePeriodFilter,
    LanguageFilter,
    ListingFilterSet,
    PublisherFilter,
    TermFilter,
)
from hub.site_names import network_name

UPCOMING, PAST = "upcoming", "past"


def upcoming_soonest_first(events):
    return events.filter(end__gte=timezone.now()).order_by("start", "pk")


def past_latest_first(events):
    return events.filter(end__lt=timezone.now()).order_by("-start", "pk")


class EventFilterSet(ListingFilterSet):
    when = ArrangingFilter(
        {UPCOMING: (_("Upcoming events"), upcoming_soonest_first), PAST: (_("Past events"), past_latest_first)},
        label=_("When"),
    )
    event_type = ChoiceFilter(label=_("Type of event"), choices=EventPage.EventType.choices)
    region = TermFilter("regions", label=_("Region"))
    organiser = PublisherFilter(
        label=_("Organised by"),
        network=Q(organisation__isnull=True) | Q(network_co_organises=True),
        members=("organisation", "co_organisers__organisation"),
        network_label=network_name,
    )
    language = LanguageFilter(label=_("Language spoken"))
    month = DatePeriodFilter("start", "month", label=_("Month"))

    @property
    def past(self):
        """Whether the list shows past events."""
        self.form.is_valid()  # an unknown value of another filter leaves this one chosen
        return self.form.cleaned_data.get("when") == PAST


class ShownMonthFilter(DatePeriodFilter):
    """A month among the events' months, and the month the view shows, even one without events."""

    def choices_for(self, filterset):
        choices = super().choices_for(filterset)
        shown = self.choices_of([filterset.shown_month])[0]
        return choices if shown in choices else [*choices, shown]


class EventMonthFilterSet(EventFilterSet):
    """The month view's filters: the grid shows the whole month, past days and coming ones (no "when"), and the
    month shown stays chosen."""

    when = None
    month = ShownMonthFilter("start", "month", label=_("Month"))

    def __init__(self, *args, month, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_month = month

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).order_by("start", "pk")
