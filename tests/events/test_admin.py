"""Registrants are seen only by the organising members' editors and network editors; organisers edit events in
their own space, and the admin form refuses an end before the start or fewer places than people registered."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from events.factories import EventPageFactory
from events.models import EventCoOrganiser, EventPage, Registration
from hub.roles import translators_group_name
from tests.support.people import person
from tests.support.workflow import refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(member_a):
    event = EventPageFactory(parent=member_a.organisation, title="Question Time", capacity=2)
    for number, status in enumerate(["confirmed", "confirmed", "waiting"]):
        Registration.objects.create(
            event=event,
            name=f"Person {number}" if number else '=HYPERLINK("http://evil.example")',
            email=f"person{number}@example.org",
            access_needs="Step-free access",
            language="en",
            status=status,
        )
    return event


def urls(event):
    listing = reverse("events_registrations", args=[event.pk])
    return [listing, f"{listing}?export=csv", f"{listing}?export=xlsx"]


def test_the_organising_members_editors_see_the_registrants_and_export_them(client_for, member_a, event):
    client = client_for(member_a.editor)
    listing, export, workbook = (client.get(url) for url in urls(event))
    assert listing.status_code == 200
    assert "person1@example.org" in listing.content.decode()
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    lines = export.getvalue().decode().splitlines()
    assert lines[0] == "name,email,phone,interpretation_language,access_needs,status,created_at"
    assert len(lines) == 4
    # A formula typed into the form stays text in a spreadsheet.
    assert lines[1].startswith("\"'=HYPERLINK")
    assert next(csv.reader(io.StringIO(lines[2])))[5] == "Confirmed"
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.getvalue())).active
    rows = list(sheet.iter_rows())
    assert [cell.value for cell in rows[0]] == lines[0].split(",")
    assert rows[1][0].value == '=HYPERLINK("http://evil.example")' and rows[1][0].data_type == "s"
    assert [cell.value for cell in rows[2][:2]] == ["Person 1", "person1@example.org"]
    for response in (export, workbook):
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    index = client.get(reverse("events_registrations_index")).content.decode()
    assert "Question Time" in index


def test_network_editors_see_every_events_registrants(client_for, network_editor, event):
    client = client_for(network_editor)
    assert all(client.get(url).status_code == 200 for url in urls(event))
    assert "Question Time" in client.get(reverse("events_registrations_index")).content.decode()


def test_another_members_editor_is_refused_until_they_co_organise(client_for, member_b, event):
    client = client_for(member_b.editor)
    for url in urls(event):
        response = client.get(url)
        assert refused(response), url
        assert b"person1@example.org" not in response.getvalue()
    assert "Question Time" not in client.get(reverse("events_registrations_index")).content.decode()

    EventCoOrganiser.objects.create(page=event, organisation=member_b.organisation)
    assert all(client.get(url).status_code == 200 for url in urls(event))


def test_anonymous_visitors_are_sent_to_log_in(client, event):
    for url in [*urls(event), reverse("events_registrations_index")]:
        response = client.get(url)
        assert response.status_code == 302 and "login" in response.url
        assert b"person1@example.org" not in response.content


def test_a_translator_is_refused(client_for, event, home):
    from hub.roles import ensure_translator_groups

    ensure_translator_groups(home.get_parent())
    translator = person("layla", translators_group_name("ar"))
    client = client_for(translator)
    for url in urls(event):
        assert refused(client.get(url)), url
    assert "Question Time" not in client.get(reverse("events_registrations_index")).content.decode()


def test_the_registrants_of_a_translation_are_its_sources(client_for, member_a, member_b, event):
    """Asking through another language's copy of the event leads to the same list, under the same rules."""
    from wagtail.models import Locale

    french = event.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    assert refused(client_for(member_b.editor).get(urls(french)[1]))
    response = client_for(member_a.editor).get(urls(french)[1])
    assert response.status_code == 200 and "person1@example.org" in response.getvalue().decode()


def event_form(**changes):
    return nested_form_data(
        {
            "title": "Question Time with councillors",
            "slug": "question-time-with-councillors",
            "event_type": "question-time",
            "summary": "Ask the councillors about housing.",
            "description": rich_text("<p>Come along.</p>"),
            "start": "2030-03-26 18:30",
            "end": "2030-03-26 20:00",
            "venue_name": "Handsworth Library",
            "address": "Soho Road",
            "postcode": "B21 9DP",
            "online_link": "",
            "speakers": "",
            "accessibility_notes": "",
            "cost": "",
            "capacity": "2",
            "registration": "open",
            "co_organisers": inline_formset([]),
            **changes,
        }
    )


def edit(client, event, **changes):
    unchanged = {"title": event.title, "slug": event.slug, "event_type": event.event_type, "summary": event.summary}
    return client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), event_form(**unchanged | changes))


def create(client, parent, **changes):
    return client.post(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", parent.pk]), event_form(**changes)
    )


def created(parent):
    return EventPage.objects.child_of(parent).filter(slug="question-time-with-councillors").first()


def test_a_member_editor_creates_an_event_in_their_space(client_for, member_a):
    response = create(client_for(member_a.editor), member_a.organisation)
    assert response.status_code == 302
    event = created(member_a.organisation)
    assert event.organisation_id == member_a.organisation.pk
    assert event.get_latest_revision().as_object().venue_name == "Handsworth Library"
    assert event.time_range == "Tue 26 March 2030, 18:30–20:00 GMT"


def test_a_member_editor_cannot_create_an_event_in_the_networks_section(client_for, member_a, events_index):
    client = client_for(member_a.editor)
    assert refused(client.get(reverse("wagtailadmin_pages:add", args=["events", "eventpage", events_index.pk])))
    assert refused(create(client, events_index))
    assert created(events_index) is None


def test_a_member_editor_cannot_create_an_event_in_another_members_space(client_for, member_a, member_b):
    assert refused(create(client_for(member_a.editor), member_b.organisation))
    assert created(member_b.organisation) is None


def test_a_network_editor_creates_and_publishes_an_event_in_the_networks_section(
    client_for, network_editor, events_index
):
    response = create(client_for(network_editor), events_index, **{"action-publish": "publish"})
    assert response.status_code == 302
    event = created(events_index)
    assert event.live and event.organisation is None


def test_the_admin_form_refuses_an_end_before_the_start(client_for, member_a, event):
    response = edit(client_for(member_a.editor), event, end="2030-03-26 17:00")
    assert response.status_code == 200
    assert "The event ends before it starts" in response.content.decode()


def test_the_admin_form_refuses_fewer_places_than_people_registered(client_for, member_a, event):
    response = edit(client_for(member_a.editor), event, capacity="1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 people are already registered" in html
    assert EventPage.objects.get(pk=event.pk).get_latest_revision().as_object().capacity == 2


def test_the_organiser_saves_a_valid_change(client_for, member_a, event):
    response = edit(client_for(member_a.editor), event, capacity="3", venue_name="Lozells Centre")
    assert response.status_code == 302
    assert EventPage.objects.get(pk=event.pk).get_latest_revision().as_object().venue_name == "Lozells Centre"


def test_another_member_cannot_edit_the_event(client_for, member_b, event):
    response = edit(client_for(member_b.editor), event, venue_name="Elsewhere")
    assert refused(response)
    assert EventPage.objects.get(pk=event.pk).get_latest_revision().as_object().venue_name == ""


def test_the_explorer_offers_the_registrations_to_organisers_only(client_for, member_a, member_b, event):
    link = reverse("events_registrations", args=[event.pk])
    explore = reverse("wagtailadmin_explore", args=[member_a.organisation.pk])
    edit_page = reverse("wagtailadmin_pages:edit", args=[event.pk])
    assert link in client_for(member_a.editor).get(edit_page).content.decode()
    assert client_for(member_b.editor).get(explore).status_code in (200, 302, 403)
    assert link not in client_for(member_b.editor).get(explore).content.decode()
