"""A video interview: a video player beside the same segment index, segment links that open the video at
their start without JavaScript, and the consent-checking recording view serving it as video, in ranges."""

import pytest
from django.urls import reverse

from oral_histories.access import access_token
from oral_histories.factories import VIDEO_BYTES, AccessRequestFactory, InterviewPageFactory
from oral_histories.models import AccessRequest, InterviewPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def video_interview(project):
    return InterviewPageFactory(parent=project, title="Filmed at the Saturday school", recording__video=True)


def test_a_video_recording_gets_a_video_player_with_the_segment_index(client, video_interview):
    recording_url = video_interview.url + "recording/"
    text = client.get(video_interview.url).text
    assert f'<video controls preload="metadata" src="{recording_url}" data-interview-player>' in text
    assert "<audio" not in text
    for start, title in [(0, "The journey"), (8, "The first winter"), (16, "Finding the others")]:
        assert f'href="{recording_url}#t={start}" data-start="{start}"' in text
        assert title in text


def test_the_recording_view_serves_the_video_with_byte_ranges(client, video_interview):
    recording_url = video_interview.url + "recording/"
    whole = client.get(recording_url)
    assert whole.status_code == 200 and whole["Content-Type"] == "video/mp4"
    assert whole["Accept-Ranges"] == "bytes" and whole["Cache-Control"] == "private, no-store"
    assert b"".join(whole.streaming_content) == VIDEO_BYTES

    part = client.get(recording_url, HTTP_RANGE="bytes=4-11")
    assert part.status_code == 206 and part["Content-Type"] == "video/mp4"
    assert part["Content-Range"] == f"bytes 4-11/{len(VIDEO_BYTES)}"
    assert b"".join(part.streaming_content) == b"ftypmp42"
    ending = client.get(recording_url, HTTP_RANGE="bytes=-100")
    assert b"".join(ending.streaming_content) == VIDEO_BYTES[-100:]


def test_a_video_on_request_plays_only_through_an_approved_link(client, project, network_editor):
    interview = InterviewPageFactory(
        parent=project, title="Filmed on request", recording__video=True, consent_scope=InterviewPage.Scope.ON_REQUEST
    )
    assert "<video" not in client.get(interview.url).text
    assert client.get(interview.url + "recording/").status_code == 404

    access_request = AccessRequestFactory(interview=interview, status=AccessRequest.Status.APPROVED)
    token = access_token(access_request)
    text = client.get(interview.url, {"access": token}).text
    recording_url = text.split('<video controls preload="metadata" src="')[1].split('"')[0].replace("&amp;", "&")
    assert "access=" in recording_url
    assert f'href="{recording_url.replace("&", "&amp;")}#t=8"' in text
    recording = client.get(recording_url, HTTP_RANGE="bytes=0-3")
    assert recording.status_code == 206 and recording["Content-Type"] == "video/mp4"


def test_a_withdrawn_video_is_unreachable(client, client_for, video_interview, network_editor):
    client_for(network_editor).post(reverse("oral_histories_withdraw_interview", args=[video_interview.pk]))
    client.logout()
    assert client.get(video_interview.url).status_code == 404
    assert client.get(video_interview.url + "recording/").status_code == 404
