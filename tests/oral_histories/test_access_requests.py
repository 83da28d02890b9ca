"""Access on request: the form is saved before any email, a network editor decides, a signed link opens the
recording and transcript for HUB_ORAL_HISTORY_ACCESS_DAYS days; tampered or expired links are refused."""

import logging
import re
import time

import pytest
from django.core import mail, signing
from django.urls import reverse
from wagtail.models import PageLogEntry

from hub.roles import NETWORK_EDITORS
from oral_histories import conf
from oral_histories.access import access_token
from oral_histories.factories import AccessRequestFactory, InterviewPageFactory, OralHistoryProjectPageFactory
from oral_histories.models import AccessRequest, InterviewPage
from tests.support.people import person

pytestmark = pytest.mark.django_db

REQUEST = {
    "name": "Dr Lina Haddad",
    "email": " Lina.Haddad@Example.org ",
    "organisation": "University of Leeds",
    "intended_use": "A study of Somali women's organising in London.",
}


@pytest.fixture
def on_request(project):
    return InterviewPageFactory(
        parent=project, title="A school for our children", consent_scope=InterviewPage.Scope.ON_REQUEST
    )


def link_from(message):
    return next(word for word in message.body.split() if "?access=" in word)


def request_access(client, interview, data=REQUEST):
    return client.post(interview.url + "request-access/", data)


def test_the_request_form_keeps_what_was_typed_and_explains_errors(client, on_request):
    form = client.get(on_request.url + "request-access/")
    assert form.status_code == 200 and 'name="intended_use"' in form.text
    response = request_access(client, on_request, {**REQUEST, "email": "not-an-email"})
    assert response.status_code == 400
    assert "Dr Lina Haddad" in response.text and "University of Leeds" in response.text
    assert "Enter a valid email address." in response.text
    assert not AccessRequest.objects.exists()


def test_a_request_is_saved_before_anything_is_emailed(client, on_request, network_editor, settings, caplog):
    settings.EMAIL_BACKEND = "tests.hub.failing_mail.UnreachableServerBackend"
    hub_logger = logging.getLogger("hub")  # it does not propagate to the root logger caplog listens on
    hub_logger.addHandler(caplog.handler)
    try:
        response = request_access(client, on_request)
    finally:
        hub_logger.removeHandler(caplog.handler)
    assert response.status_code == 200 and "your request is received" in response.text
    saved = AccessRequest.objects.get()
    assert (saved.email, saved.status, saved.interview_id) == ("lina.haddad@example.org", "pending", on_request.pk)
    assert PageLogEntry.objects.filter(page=on_request, action="oral_histories.access_requested").exists()
    assert "Could not send the 'submitted' notification for AccessRequest" in caplog.text
    assert "Lina" not in caplog.text  # the log keeps no personal data


def test_the_network_team_is_told_in_each_editor_s_language(client, client_for, on_request, network_editor, member_a):
    french = person("claire", NETWORK_EDITORS, language="fr")
    closed = person("gone", NETWORK_EDITORS)
    closed.is_active = False
    closed.save()
    request_access(client, on_request)
    messages = {address: message for message in mail.outbox for address in message.to}
    # Neither the member's editors, nor the requester, nor a network editor whose account is closed.
    assert sorted(messages) == ["claire@example.org", "network@example.org"]
    english, in_french = messages["network@example.org"], messages["claire@example.org"]
    assert english.subject == "Access requested: “A school for our children”"
    requests_url = "http://testserver" + reverse("oral_histories_access_requests")
    assert requests_url in english.body and "approve or decline it" in english.body
    assert "Lina" not in english.body and "lina.haddad" not in english.body
    assert in_french.subject == "Demande d'accès : « A school for our children »"
    assert requests_url in in_french.body and "Lina" not in in_french.body
    # The link opens the list where the request waits for a decision.
    assert "Dr Lina Haddad" in client_for(french).get(requests_url).text


def test_public_and_hidden_interviews_take_no_requests(client, project, interview):
    assert client.get(interview.url + "request-access/").status_code == 404
    research = InterviewPageFactory(parent=project, title="Research only", consent_scope=InterviewPage.Scope.RESEARCH)
    assert request_access(client, research).status_code == 404
    assert not AccessRequest.objects.exists()


def approve(client_for, network_editor, access_request, decision="approve"):
    return client_for(network_editor).post(
        reverse("oral_histories_decide_access", args=[access_request.pk]), {"decision": decision, "note": "Welcome."}
    )


def test_approval_emails_a_link_that_opens_recording_and_transcript(client, client_for, on_request, network_editor):
    request_access(client, on_request)
    mail.outbox.clear()  # the network team was told; what follows is the decision
    access_request = AccessRequest.objects.get()
    listing = client_for(network_editor).get(reverse("oral_histories_access_requests"))
    assert "Dr Lina Haddad" in listing.text and "A study of Somali" in listing.text
    assert approve(client_for, network_editor, access_request).status_code == 302
    access_request.refresh_from_db()
    assert access_request.status == "approved" and access_request.decided_by == network_editor
    assert PageLogEntry.objects.filter(page=on_request, action="oral_histories.access_approved").exists()

    (message,) = mail.outbox
    assert message.to == ["lina.haddad@example.org"] and "14 days" in message.body
    link = link_from(message)
    client.logout()
    page = client.get(link)
    assert page.status_code == 200
    assert "We landed in January" in page.text and "<audio" in page.text
    assert "private" in page["Cache-Control"]
    recording_url = page.text.split('<audio controls preload="metadata" src="')[1].split('"')[0].replace("&amp;", "&")
    assert "access=" in recording_url
    assert client.get(recording_url).status_code == 200


def test_a_declined_request_is_recorded_and_told(client, client_for, on_request, network_editor):
    request_access(client, on_request)
    mail.outbox.clear()  # the network team was told; what follows is the decision
    access_request = AccessRequest.objects.get()
    approve(client_for, network_editor, access_request, decision="decline")
    access_request.refresh_from_db()
    assert access_request.status == "declined"
    assert "cannot be approved" in mail.outbox[0].body and "?access=" not in mail.outbox[0].body
    assert PageLogEntry.objects.filter(page=on_request, action="oral_histories.access_declined").exists()


def test_a_decision_is_recorded_even_when_the_email_fails(client, client_for, on_request, network_editor, settings):
    request_access(client, on_request)
    settings.EMAIL_BACKEND = "tests.hub.failing_mail.UnreachableServerBackend"
    response = approve(client_for, network_editor, AccessRequest.objects.get())
    assert response.status_code == 302
    assert AccessRequest.objects.get().status == "approved"


def approved_request(interview, network_editor):
    return AccessRequestFactory(
        interview=interview, email="lina@example.org", status=AccessRequest.Status.APPROVED, decided_by=network_editor
    )


def test_a_tampered_link_is_refused(client, project, on_request, network_editor):
    token = access_token(approved_request(on_request, network_editor))
    assert client.get(on_request.url + "recording/", {"access": token}).status_code == 200
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    assert client.get(on_request.url + "recording/", {"access": tampered}).status_code == 404
    forged = signing.dumps({"request": 1, "interview": on_request.translation_key.hex}, salt="another-salt")
    assert client.get(on_request.url + "recording/", {"access": forged}).status_code == 404
    page = client.get(on_request.url, {"access": tampered})
    assert page.status_code == 200 and "We landed in January" not in page.text
    # A link for one interview does not open another.
    other = InterviewPageFactory(parent=project, title="Another", consent_scope=InterviewPage.Scope.ON_REQUEST)
    assert client.get(other.url + "recording/", {"access": token}).status_code == 404


def test_an_expired_link_is_refused(client, on_request, network_editor, monkeypatch):
    token = access_token(approved_request(on_request, network_editor))
    later = time.time() + conf.access_days() * 86400 + 60
    monkeypatch.setattr(signing.time, "time", lambda: later)  # the clock is outside our code
    assert client.get(on_request.url + "recording/", {"access": token}).status_code == 404
    assert "We landed in January" not in client.get(on_request.url, {"access": token}).text


def test_the_number_of_days_comes_from_the_settings(client, on_request, network_editor, monkeypatch, settings):
    settings.HUB_ORAL_HISTORY_ACCESS_DAYS = 30
    token = access_token(approved_request(on_request, network_editor))
    later = time.time() + 20 * 86400
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.get(on_request.url + "recording/", {"access": token}).status_code == 200


def test_a_link_stops_working_when_the_request_is_declined_after_all(client, on_request, network_editor):
    access_request = approved_request(on_request, network_editor)
    token = access_token(access_request)
    AccessRequest.objects.filter(pk=access_request.pk).update(status=AccessRequest.Status.DECLINED)
    assert client.get(on_request.url + "recording/", {"access": token}).status_code == 404


def test_access_requests_are_personal_data(client, on_request, network_editor):
    from hub.personal_data import erase_personal_data, export_personal_data, purge_expired_personal_data

    request_access(client, on_request)
    exported = export_personal_data("LINA.haddad@example.org")["oral_history_access_requests"]
    assert exported[0]["intended_use"] == REQUEST["intended_use"]
    assert purge_expired_personal_data()["oral_history_access_requests"] == 0
    AccessRequest.objects.update(created_at=AccessRequest.objects.get().created_at - AccessRequest.RETENTION * 2)
    assert purge_expired_personal_data()["oral_history_access_requests"] == 1
    request_access(client, on_request)
    assert erase_personal_data("lina.haddad@example.org")["oral_history_access_requests"] == 1
    assert not AccessRequest.objects.exists()
    # The decision's trace stays in the interview's history, without the person.
    assert PageLogEntry.objects.filter(page=on_request, action="oral_histories.access_requested").count() == 2


def test_every_emailed_link_is_on_the_sites_own_address(client, client_for, on_request, network_editor, settings):
    settings.SITE_URL = "https://hub.example.org"
    request_access(client, on_request)
    (to_the_network,) = mail.outbox
    assert f"https://hub.example.org{reverse('oral_histories_access_requests')}" in to_the_network.body
    mail.outbox.clear()
    approve(client_for, network_editor, AccessRequest.objects.get())
    assert link_from(mail.outbox[0]).startswith(f"https://hub.example.org{on_request.url}?access=")


def test_the_network_team_filters_requests_by_status_and_project(client_for, member_a, on_request, network_editor):
    waiting = AccessRequestFactory(interview=on_request, name="Waiting Person")
    approved_request(on_request, network_editor)
    elsewhere = OralHistoryProjectPageFactory(parent=member_a.organisation, title="Elders", slug="elders")
    other = InterviewPageFactory(parent=elsewhere, title="Market days", consent_scope=InterviewPage.Scope.ON_REQUEST)
    AccessRequestFactory(interview=other, name="Other Project")
    editor = client_for(network_editor)
    url = reverse("oral_histories_access_requests")
    everything = editor.get(url).text
    # Waiting requests come first, with the form that decides them.
    assert everything.index("Waiting Person") < everything.index("lina@example.org")
    assert reverse("oral_histories_decide_access", args=[waiting.pk]) in everything
    pending = editor.get(url, {"status": "pending"}).text
    assert "Waiting Person" in pending and "Other Project" in pending and "lina@example.org" not in pending
    in_project = editor.get(reverse("oral_histories_access_requests_results"), {"project": elsewhere.pk}).text
    assert "Other Project" in in_project and "Waiting Person" not in in_project


def test_the_listing_decides_a_request_through_its_own_form(client_for, on_request, network_editor):
    waiting = AccessRequestFactory(interview=on_request)
    editor = client_for(network_editor)
    editor.handler.enforce_csrf_checks = True  # as a browser posts it
    decide_url = reverse("oral_histories_decide_access", args=[waiting.pk])
    form = editor.get(reverse("oral_histories_access_requests")).text.split(f'action="{decide_url}"')[1]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.split("</form>")[0])[1]
    assert editor.post(decide_url, {"csrfmiddlewaretoken": token, "decision": "approve"}).status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == AccessRequest.Status.APPROVED
