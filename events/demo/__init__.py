"""The events' demo (content.yaml, translations/), hung on the demo network's members and regions, dated around
today. Idempotent."""

import datetime
from itertools import cycle

from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import EventIndexPage, EventPage, Registration
from hub.demo import data
from hub.demo.pages import add_page, child_page, page_slug
from hub.demo.pages import ensure_index as ensure_listing
from hub.demo.translate import translate
from hub.models import Language


def demo_data():
    return data.load(__file__)


def ensure_index(home):
    return ensure_listing(home, EventIndexPage, _("Events"), "events", demo_data().content["introduction"])


def starts_at(days, clock):
    hour, minute = (int(part) for part in clock.split(":"))
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def add_registrants(event, count, names):
    if event.registrations.exists():
        return
    full_names = cycle((first, last) for last in names["last"] for first in names["first"])
    for number in range(count):
        first, last = next(full_names)
        full = event.capacity is not None and number >= event.capacity
        Registration.objects.create(
            event=event,
            name=f"{first} {last}",
            email=f"{first}.{last}.{number}@example.org".lower(),
            language="en",
            status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED,
        )


def event_page(entry):
    start = starts_at(entry["days"], entry["time"])
    kind, venue, places = entry["type"], entry["venue"], entry["places"]
    return EventPage(
        title=entry["title"],
        slug=page_slug(entry["title"]),
        event_type=kind,
        summary=entry["summary"],
        description=f"<p>{entry['summary']}</p>",
        start=start,
        end=start + datetime.timedelta(hours=entry["hours"]),
        all_day=entry.get("all_day", False),
        venue_name=venue,
        address=entry["address"],
        postcode=entry["postcode"],
        online_link="" if venue else "https://meet.example.org/network",
        speakers=entry["speakers"],
        step_free_access=bool(venue),
        hearing_loop=places is not None and places > 30,
        childcare=kind == "conference",
        bsl_interpretation=kind == "conference",
        accessible_toilets=bool(venue),
        capacity=places,
        registration=EventPage.RegistrationMode.OPEN if places else EventPage.RegistrationMode.OFF,
        network_co_organises=kind == "question-time",
    )


def build(network):
    demo = demo_data()
    index = ensure_index(network.home)
    languages = {language.code: language for language in Language.objects.all()}
    regions = cycle(network.regions.values())
    translated = []
    for entry in demo.content["events"]:
        # The full demo has every member; a smaller network (as in tests) gives the network their events.
        parent = network.members.get(entry["host"], index) if entry["host"] else index
        if entry.get("translated"):
            translated.append(entry["title"])
        if child_page(parent, EventPage, page_slug(entry["title"])):
            continue
        region = entry["region"]
        event = add_page(
            parent,
            event_page(entry),
            languages=[languages[code] for code in entry["languages"] if code in languages],
            interpretation_languages=[languages[code] for code in entry["interpretation"] if code in languages],
            regions=([network.regions.get(region) or next(regions)] if region else []) if network.regions else [],
        )
        add_registrants(event, entry.get("registrants", 0), demo.content["registrant_names"])
    translate(index, demo.content["languages"], demo.translations)
    for event in EventPage.objects.filter(title__in=translated, locale=index.locale):
        translate(event, demo.content["languages"], demo.translations)
