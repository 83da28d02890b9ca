"""Registering: saved before any email, confirmed with an .ics and a signed cancel link, a waiting list
promoted in order, duplicates and bad input refused clearly with what was typed kept."""

import re
from urllib.parse import urlparse

import icalendar
import pytest
from django.core import mail

from events.factories import EventPageFactory
from events.models import Registration
from events.registration import cancel_token
from tests.support.pages import registration_data

pytestmark = pytest.mark.django_db


def register(client, event, **data):
    return client.post(event.url + "register/", registration_data(**data))


def cancel_link(message):
    """The link without its host: the test client talks to the test server, whatever host the site has."""
    link = urlparse(re.search(r"https?://\S+/cancel/\S+", message.body).group(0))
    return f"{link.path}?{link.query}"


def test_a_visitor_registers_and_gets_a_confirmation_with_the_event_and_a_cancel_link(client, events_index):
    event = EventPageFactory(parent=events_index, title="Regional meeting", capacity=10)
    response = register(client, event, email=" Amina@Example.org ")
    html = response.content.decode()
    assert response.status_code == 200
    assert "You are registered" in html
    registration = Registration.objects.get()
    assert registration.email == "amina@example.org"
    assert registration.status == Registration.Status.CONFIRMED
    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    assert "Regional meeting" in message.subject
    [(filename, content, mimetype)] = message.attachments
    assert filename == "event.ics" and mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(content)
    [vevent] = calendar.walk("VEVENT")
    assert vevent["SUMMARY"] == "Regional meeting"
    assert vevent.decoded("DTSTART") == event.start
    assert cancel_link(message).startswith("/en/events/regional-meeting/cancel/?token=")
    assert "Cancel the registration of Amina Yusuf?" in client.get(cancel_link(message)).content.decode()


def test_the_registration_is_kept_when_the_mail_server_is_down(client, events_index, settings):
    settings.EMAIL_BACKEND = "tests.hub.failing_mail.UnreachableServerBackend"
    event = EventPageFactory(parent=events_index, title="Regional meeting", capacity=10)
    response = register(client, event)
    assert response.status_code == 200
    assert "You are registered" in response.content.decode()
    assert Registration.objects.filter(email="amina@example.org").exists()
    # The confirmation page itself carries the cancel link, since the email may never arrive.
    assert "/cancel/" in response.content.decode()


def test_a_full_event_puts_people_on_the_waiting_list_and_promotes_them_in_order(client, events_index):
    event = EventPageFactory(parent=events_index, title="Training", capacity=1)
    register(client, event, name="First", email="first@example.org")
    second = register(client, event, name="Second", email="second@example.org").content.decode()
    register(client, event, name="Third", email="third@example.org")
    assert "You are on the waiting list" in second and "number 1 on the waiting list" in second
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"First": "confirmed", "Second": "waiting", "Third": "waiting"}
    assert "Join the waiting list" in client.get(event.url).content.decode()

    first_link = cancel_link(mail.outbox[0])
    mail.outbox.clear()
    page = client.get(first_link)
    assert "Cancel the registration of First?" in page.content.decode()
    assert Registration.objects.filter(name="First").exists(), "opening the link alone cancels nothing"
    done = client.post(first_link)
    assert "Your registration is cancelled" in done.content.decode()
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"Second": "confirmed", "Third": "waiting"}
    [promotion] = mail.outbox
    assert promotion.to == ["second@example.org"] and promotion.attachments
    # The link works once: a second visit says so.
    assert "already been cancelled" in client.post(first_link).content.decode()


def test_a_tampered_cancel_link_cancels_nothing(client, events_index):
    event = EventPageFactory(parent=events_index, title="Training", capacity=5)
    register(client, event)
    registration = Registration.objects.get()
    token = cancel_token(registration)
    other = token[:-1] + ("A" if token[-1] != "A" else "B")
    for bad in (other, "nonsense", token.replace(":", "x", 1)):
        response = client.post(event.url + "cancel/", {"token": bad})
        assert response.status_code == 400
        assert "This cancel link is not valid" in response.content.decode()
    assert Registration.objects.filter(pk=registration.pk).exists()


def test_a_duplicate_registration_gets_a_clear_message(client, events_index):
    event = EventPageFactory(parent=events_index, title="Training", capacity=5)
    register(client, event)
    response = register(client, event, name="Amina again", email="AMINA@example.org")
    html = response.content.decode()
    assert "already registered for this event" in html
    assert 'value="Amina again"' in html, "what the visitor typed is kept"
    assert Registration.objects.count() == 1


def test_bad_input_is_explained_and_kept(client, events_index):
    event = EventPageFactory(parent=events_index, title="Training", capacity=5)
    response = client.post(
        event.url + "register/", {"name": "Yonas", "email": "not-an-email", "access_needs": "Step-free please"}
    )
    html = response.content.decode()
    assert "Enter a valid email address" in html
    assert "Please agree so that we can keep your registration" in html
    assert 'value="Yonas"' in html and "Step-free please" in html and 'value="not-an-email"' in html
    assert not Registration.objects.exists()


@pytest.mark.parametrize("mode", ["off", "closed"])
def test_no_registration_unless_open(client, events_index, mode):
    event = EventPageFactory(parent=events_index, title="Training", registration=mode)
    html = client.get(event.url).content.decode()
    assert "Your email address" not in html
    response = register(client, event)
    assert "Registration for this event is not open" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_past_event_takes_no_registrations(client, events_index):
    from events.factories import in_days

    event = EventPageFactory(parent=events_index, title="Last year", start=in_days(-3))
    register(client, event)
    assert not Registration.objects.exists()


def test_interpretation_is_offered_in_the_languages_the_event_has(client, events_index):
    from hub.models import Language

    arabic = Language.objects.get(code="ar")
    event = EventPageFactory(parent=events_index, title="Question Time", capacity=5, interpretation_languages=[arabic])
    assert "Interpretation you need" in client.get(event.url).content.decode()
    register(client, event, interpretation_language="ar")
    assert Registration.objects.get().interpretation_language == arabic


def test_registrations_to_a_translation_fill_the_same_places(client, events_index):
    from wagtail.models import Locale

    event = EventPageFactory(parent=events_index, title="Training", capacity=1)
    french = event.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.save_revision().publish()
    register(client, event)
    response = register(client, french, name="Hawa", email="hawa@example.org")
    assert response.status_code == 200
    assert dict(Registration.objects.values_list("name", "status")) == {
        "Amina Yusuf": "confirmed",
        "Hawa": "waiting",
    }
    assert set(Registration.objects.values_list("event", flat=True)) == {event.pk}


def test_every_link_in_the_confirmation_is_on_the_sites_own_address(client, events_index, settings):
    settings.SITE_URL = "https://hub.example.org"
    event = EventPageFactory(parent=events_index, title="Regional meeting", capacity=10)
    register(client, event)
    [message] = mail.outbox
    links = re.findall(r"https?://\S+", message.body)
    assert f"https://hub.example.org{event.url}" in links
    assert any(link.startswith(f"https://hub.example.org{event.url}cancel/?token=") for link in links)
    assert all(link.startswith("https://hub.example.org/") for link in links)
    [vevent] = icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert str(vevent["URL"]) == f"https://hub.example.org{event.url}"
