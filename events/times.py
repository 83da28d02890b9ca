"""Event times shown without ambiguity: weekday, date, times on the language's clock (CLDR's: 24-hour, or 12-hour
with the language's day periods) and the UK zone name (GMT or BST)."""

from django.utils import formats, timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

from hub.locale_data import native_digits, weekday_date_format


def event_time_range(start, end, all_day=False):
    """'Thu 26 March 2026, 18:30–20:00 GMT'; across days, each end in full; all-day events by date alone.

    On the night the clocks change, both times keep their zone: 'Sun 29 March 2026, 00:30 GMT–03:00 BST'.

    Times are shown in the site's time zone (settings.TIME_ZONE, Europe/London), with its abbreviation as it is
    on that day, so a reader never has to guess whether British Summer Time applies; in the reader's language's
    digits ("۲۶ مارس ۲۰۲۶"), as text to read: machines get the ISO times (a datetime attribute, iCalendar)."""
    return native_digits(time_range_text(start, end, all_day))


def time_range_text(start, end, all_day):
    start, end = timezone.localtime(start), timezone.localtime(end)
    day = weekday_date_format()  # the reader's language's order and names: "الخميس، 26 مارس 2026"
    if all_day:
        if start.date() == end.date():
            return _("%(day)s (all day)") % {"day": date_format(start, day)}
        return _("%(start)s to %(end)s (all day)") % {"start": date_format(start, day), "end": date_format(end, day)}
    if start.date() == end.date():
        if zone(start) == zone(end):
            return f"{date_format(start, day)}, {clock(start)}–{clock(end)} {zone(end)}"
        # The night the clocks change: each time carries its own zone, or one of them would be an hour wrong.
        return f"{date_format(start, day)}, {time_in_zone(start)}–{time_in_zone(end)}"
    return _("%(start)s to %(end)s") % {
        "start": f"{date_format(start, day)}, {time_in_zone(start)}",
        "end": f"{date_format(end, day)}, {time_in_zone(end)}",
    }


def zone(moment):
    return date_format(moment, "T")


def time_in_zone(moment):
    return f"{clock(moment)} {zone(moment)}"


def clock(moment):
    """The time as the active language writes it, "18:30" or "6:30 م": its TIME_FORMAT (hub.locale_data)."""
    return date_format(moment, formats.get_format("TIME_FORMAT"))
