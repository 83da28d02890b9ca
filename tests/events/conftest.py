import datetime
from zoneinfo import ZoneInfo

import pytest

from events.demo import ensure_index
from events.models import EventPage

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def events_index(home):
    return ensure_index(home)


def at(year, month, day, hour=18, minute=30):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


def in_days(days, hour=18):
    start = datetime.datetime.now(LONDON).replace(hour=hour, minute=0, second=0, microsecond=0)
    return start + datetime.timedelta(days=days)


def add_event(
    parent,
    title,
    *,
    start=None,
    hours=2,
    capacity=None,
    registration="open",
    regions=(),
    languages=(),
    interpretation=(),
    **fields,
):
    start = start or in_days(10)
    event = parent.add_child(
        instance=EventPage(
            title=title,
            event_type=fields.pop("event_type", "regional-meeting"),
            summary=f"About {title}.",
            start=start,
            end=start + datetime.timedelta(hours=hours),
            capacity=capacity,
            registration=registration,
            **fields,
        )
    )
    event.regions.set(regions)
    event.languages.set(languages)
    event.interpretation_languages.set(interpretation)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def registration_data(name="Amina Yusuf", email="amina@example.org", **extra):
    return {"name": name, "email": email, "phone": "", "access_needs": "", "consent": "on", **extra}
