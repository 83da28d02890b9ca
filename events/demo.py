"""The events' demo content, hung on the demo network's members and regions, dated around today. Idempotent."""

import datetime
from itertools import cycle

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events.demo_data import ALL_DAY, ANNUAL_CONFERENCE, EVENTS, REGISTRANTS
from events.demo_translations import TRANSLATIONS
from events.models import EventIndexPage, EventPage, Registration
from hub.demo.translate import translate
from hub.models import Language

INDEX_INTRODUCTION = (
    "<p>Meetings, trainings and actions of the network and its member organisations, and our annual "
    "conference. Many have interpretation: filter by the language you speak.</p>"
)
TRANSLATED = [ANNUAL_CONFERENCE, "Question Time with Birmingham councillors", "Family reunion advice evening"]
DEMO_LANGUAGES = ["ar", "so", "fr"]
FIRST_NAMES = ["Amina", "Yonas", "Hawa", "Karwan", "Mariam", "Tomasz", "Leila", "Samir", "Fatuma", "Ioana"]
LAST_NAMES = ["Yusuf", "Tesfay", "Ahmed", "Rahimi", "Kowalski", "Haddad", "Osman", "Popescu"]


def ensure_index(home):
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=EventIndexPage(
                title=_("Events"), slug="events", introduction=INDEX_INTRODUCTION, show_in_menus=True
            )
        )
        index.save_revision().publish()
    return index


def starts_at(days, clock):
    hour, minute = (int(part) for part in clock.split(":"))
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def add_registrants(event, count):
    if event.registrations.exists():
        return
    names = cycle((first, last) for last in LAST_NAMES for first in FIRST_NAMES)
    for number in range(count):
        first, last = next(names)
        full = event.capacity is not None and number >= event.capacity
        Registration.objects.create(
            event=event,
            name=f"{first} {last}",
            email=f"{first}.{last}.{number}@example.org".lower(),
            language="en",
            status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED,
        )


def build(network):
    index = ensure_index(network.home)
    languages = {language.code: language for language in Language.objects.all()}
    regions = cycle(network.regions.values())
    for row in EVENTS:
        (title, kind, host, region, days, clock, hours, venue, address, postcode, spoken, interpreted, places,
         summary, speakers) = row  # fmt: skip
        # The full demo has every member; a smaller network (as in tests) gives the network their events.
        parent = network.members.get(host, index) if host else index
        slug = slugify(title)[:80]
        if EventPage.objects.descendant_of(parent).filter(slug=slug).exists():
            continue
        start = starts_at(days, clock)
        event = parent.add_child(
            instance=EventPage(
                title=title,
                slug=slug,
                event_type=kind,
                summary=summary,
                description=f"<p>{summary}</p>",
                start=start,
                end=start + datetime.timedelta(hours=hours),
                all_day=title in ALL_DAY,
                venue_name=venue,
                address=address,
                postcode=postcode,
                online_link="" if venue else "https://meet.example.org/network",
                speakers=speakers,
                step_free_access=bool(venue),
                hearing_loop=places is not None and places > 30,
                childcare=kind == "conference",
                bsl_interpretation=kind == "conference",
                accessible_toilets=bool(venue),
                capacity=places,
                registration=EventPage.RegistrationMode.OPEN if places else EventPage.RegistrationMode.OFF,
                network_co_organises=kind == "question-time",
            )
        )
        event.languages.set([languages[code] for code in spoken if code in languages])
        event.interpretation_languages.set([languages[code] for code in interpreted if code in languages])
        if network.regions:
            event.regions.set([network.regions.get(region) or next(regions)] if region else [])
        event.save_revision().publish()
        add_registrants(event, REGISTRANTS.get(title, 0))
    translate(index, DEMO_LANGUAGES, translations=TRANSLATIONS)
    for event in EventPage.objects.filter(title__in=TRANSLATED, locale=index.locale):
        translate(event, DEMO_LANGUAGES, translations=TRANSLATIONS)
