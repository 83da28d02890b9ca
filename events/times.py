"""Event times shown without ambiguity: weekday, date, 24-hour times and the UK zone name (GMT or BST)."""

from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

from hub.locale_data import weekday_date_format

TIME = "H:i"


def event_time_range(start, end, all_day=False):
    """'Thu 26 March 2026, 18:30–20:00 GMT'; across days, each end in full; all-day events by date alone.

    On the night the clocks change, both times keep their zone: 'Sun 29 March 2026, 00:30 GMT–03:00 BST'.

    Times are shown in the site's time zone (settings.TIME_ZONE, Europe/London), with its abbreviation as it is
    on that day, so a reader never has to guess whether British Summer Time applies."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    day = weekday_date_format()  # the reader's language's order and names: "الخميس، 26 مارس 2026"
    if all_day:
        if start.date() == end.date():
            return _("%(day)s (all day)") % {"day": date_format(start, day)}
        return _("%(start)s to %(end)s (all day)") % {"start": date_format(start, day), "end": date_format(end, day)}
    if start.date() == end.date():
        if zone(start) == zone(end):
            return f"{date_format(start, day)}, {date_format(start, TIME)}–{date_format(end, TIME)} {zone(end)}"
        # The night the clocks change: each time carries its own zone, or one of them would be an hour wrong.
        return f"{date_format(start, day)}, {time_in_zone(start)}–{time_in_zone(end)}"
    return _("%(start)s to %(end)s") % {
        "start": f"{date_format(start, day)}, {time_in_zone(start)}",
        "end": f"{date_format(end, day)}, {time_in_zone(end)}",
    }


def zone(moment):
    return date_format(moment, "T")


def time_in_zone(moment):
    return f"{date_format(moment, TIME)} {zone(moment)}"
