"""Recordings live in private storage: nothing that serves MEDIA_ROOT can serve them; the interview's
consent-checking view and the admin's preview, for editors allowed to see them, are the only ways in."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from oral_histories.models import InterviewPage

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.oral_histories.media_urls")]


def public_media_url(name):
    return settings.MEDIA_URL + name


def test_a_recording_is_stored_outside_media_root_and_has_no_public_media_address(client, interview):
    file = interview.recording.file
    assert not Path(file.path).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert Path(file.path).resolve().is_relative_to(Path(settings.HUB_PRIVATE_MEDIA_ROOT).resolve())
    assert not file.url.startswith(settings.MEDIA_URL)
    # MEDIA_ROOT served wholesale, as Django does in DEBUG and a proxy in production: a file there is served,
    # the recording is not, under any name it could be looked for by.
    poster = default_storage.save("documents/poster.txt", ContentFile(b"Public poster."))
    assert client.get(public_media_url(poster)).status_code == 200
    default_storage.delete(poster)
    assert client.get(public_media_url(file.name)).status_code == 404
    assert client.get(file.url.replace(settings.PRIVATE_MEDIA_URL, settings.MEDIA_URL)).status_code == 404


def test_the_interview_serves_its_recording_only_while_consent_allows(client, interview):
    recording = interview.url + "recording/"
    response = client.get(recording)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == interview.recording.file.open("rb").read()
    ranged = client.get(recording, headers={"range": "bytes=0-3"})
    assert ranged.status_code == 206 and b"".join(ranged.streaming_content) == b"RIFF"

    interview.consent_scope = InterviewPage.Scope.RESEARCH
    interview.save_revision().publish()
    assert client.get(recording).status_code == 404


def test_editors_preview_recordings_they_may_change_and_nobody_else(
    client, client_for, interview, network_editor, member_b
):
    url = interview.recording.url
    assert url.startswith(settings.PRIVATE_MEDIA_URL)
    response = client_for(network_editor).get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"RIFF")
    assert client_for(member_b.editor).get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to the admin's login page
    assert reverse("wagtailadmin_login") in client.get(url).url
