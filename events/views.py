"""The public side of events: the listing's month view and calendar feed, an event's page with its
registration form (posted to the event's `register/`), its .ics file, and the page a cancel link opens."""

import calendar
import datetime

from django.core import signing
from django.db.models import Max, Min
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events import registration as booking
from events.calendars import calendar_for
from events.filters import EventMonthFilterSet
from events.forms import DUPLICATE_MESSAGE, RegistrationForm
from events.models import EventPage, Registration
from hub.caching import browsers_revalidate

FEED_LENGTH = 200


# How far the month view reaches beyond the events it could show: five years past the last (or past today), the
# month of the first. Months outside are refused, and no previous/next link leads there, so a crawler
# following "next month" stops instead of walking to the year 9999.
MONTHS_AHEAD = 60


def month_start(value):
    """The first day of a 'YYYY-MM' month, or None when it is not one."""
    try:
        return datetime.datetime.strptime(value or "", "%Y-%m").date()
    except ValueError:
        return None


def add_months(first_day, months):
    """The first day of the month `months` after (or before) `first_day`'s, kept within the calendar's years."""
    index = first_day.year * 12 + first_day.month - 1 + months
    index = min(max(index, 12 * datetime.MINYEAR), 12 * datetime.MAXYEAR + 11)
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_range(events, this_month):
    """The first and the last month the view shows: from the first event's month (or this month) to five years after
    the last event's month (or this month)."""
    zone = timezone.get_current_timezone()
    bounds = events.order_by().aggregate(first=Min("start"), last=Max("start"))
    first, last = (
        timezone.localtime(bounds[key], zone).date().replace(day=1) if bounds[key] else this_month
        for key in ("first", "last")
    )
    return min(first, this_month), add_months(max(last, this_month), MONTHS_AHEAD)


def month_weeks(first_day, events):
    """The month as weeks of (day, events starting that day), Monday first; days of other months are None."""
    by_day = {}
    for event in events:
        by_day.setdefault(timezone.localtime(event.start).date(), []).append(event)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first_day.year, first_day.month)
    return [
        [(day, by_day.get(day, [])) if day.month == first_day.month else (None, []) for day in week] for week in weeks
    ]


def month_view(index, request):
    """A calendar grid of one month (?month=YYYY-MM, this month by default), narrowed by the listing's filters; a
    month outside the events' range answers 400 with the range."""
    this_month = timezone.localdate().replace(day=1)
    first_day = month_start(request.GET.get("month")) or this_month
    earliest, latest = month_range(EventPage.for_listing(index.locale), this_month)
    context = {"listing_url": index.url, "first_day": first_day, "earliest": earliest, "latest": latest}
    if not earliest <= first_day <= latest:
        response = index.render(
            request,
            template="events/event_month_out_of_range.html",
            listing=False,
            context_overrides=context,
        )
        response.status_code = 400
        return response
    filters = EventMonthFilterSet(
        request.GET, EventPage.for_listing(index.locale), request=request, locale=index.locale, month=first_day
    )
    month_end = add_months(first_day, 1)
    zone = timezone.get_current_timezone()
    events = filters.qs.filter(
        start__gte=datetime.datetime.combine(first_day, datetime.time(), zone),
        start__lt=datetime.datetime.combine(month_end, datetime.time(), zone),
    )
    previous_month = add_months(first_day, -1)
    return index.render(
        request,
        template="events/event_month.html",
        listing=False,
        context_overrides={
            **context,
            "filter_form": filters.form,
            "weeks": month_weeks(first_day, events),
            "weekdays": [datetime.date(2024, 1, day) for day in range(1, 8)],  # a Monday to a Sunday
            "previous_month": previous_month.strftime("%Y-%m") if previous_month >= earliest else None,
            "next_month": month_end.strftime("%Y-%m") if month_end <= latest else None,
        },
    )


def ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def listing_calendar(index, request):
    """The listing as a calendar to subscribe to, with the same filters (upcoming events unless ?when=past)."""
    events = index.filters(request).qs[:FEED_LENGTH]
    return ics_response(calendar_for(events, name=index.title), "events.ics")


def ics_url(event):
    return event.url + event.reverse_subpage("ics")


def event_calendar(event, request):
    return ics_response(calendar_for([event], name=event.title), f"{slugify(event.slug)[:50] or 'event'}.ics")


def places_left(event):
    booking_event = event.booking_event()
    if booking_event.capacity is None:
        return None
    return max(booking_event.capacity - booking.confirmed_count(booking_event), 0)


def event_page(event, request):
    """The event, with its registration form (which posts to `register/`)."""
    form = RegistrationForm(event=event) if event.registration_is_open else None
    return browsers_revalidate(_render_event(event, request, form))


def register(event, request):
    """A registration posted from the event page: saved, then confirmed by email."""
    if request.method != "POST":
        return redirect(event.url + "#registration-heading")
    if not event.registration_is_open:
        return _render_event(event, request, None, refused=_("Registration for this event is not open."))
    form = RegistrationForm(request.POST, event=event)
    if form.is_valid():
        try:
            registration = booking.register(
                event,
                language=translation.get_language(),
                **{name: form.cleaned_data.get(name) for name in ("name", "email", "phone", "access_needs")},
                interpretation_language=form.cleaned_data.get("interpretation_language"),
            )
        except booking.AlreadyRegistered:
            form.add_error("email", DUPLICATE_MESSAGE)
        except booking.RegistrationUnavailable:
            return _render_event(event, request, None, refused=_("Registration for this event is not open."))
        else:
            return event.render(
                request,
                template="events/registered.html",
                context_overrides={
                    "registration": registration,
                    "waiting": registration.status == Registration.Status.WAITING,
                    "position": booking.waiting_position(registration),
                    "cancel_url": booking.cancel_url(registration, event),
                    "ics_url": ics_url(event),
                },
            )
    return _render_event(event, request, form)


def _render_event(event, request, form, refused=None):
    return event.render(
        request,
        context_overrides={
            "form": form,
            "places_left": places_left(event),
            "refused": refused,
            "ics_url": ics_url(event),
            "register_url": event.url + event.reverse_subpage("register"),
        },
    )


def cancel_registration(event, request):
    """A cancel link from a confirmation email: shows what will be cancelled, and cancels on POST (so that a mail
    scanner following links cancels nothing)."""
    token = request.POST.get("token") or request.GET.get("token", "")
    try:
        registration = booking.registration_for_token(token)
    except signing.BadSignature:
        response = event.render(request, template="events/cancel.html", context_overrides={"invalid": True})
        response.status_code = 400
        return response
    cancelled = False
    if registration is not None and request.method == "POST":
        booking.cancel(registration)
        registration, cancelled = None, True
    return event.render(
        request,
        template="events/cancel.html",
        context_overrides={"registration": registration, "cancelled": cancelled, "token": token},
    )
