"""What the public sees follows from consent: listing, search, page and recording all hidden when not cleared."""

import datetime

import pytest
from wagtail.models import Page

from oral_histories.access import lift_ended_embargoes
from oral_histories.factories import InterviewPageFactory
from oral_histories.models import InterviewPage

pytestmark = pytest.mark.django_db


def found(query):
    return {page.pk for page in Page.objects.live().public().search(query)}


def public_pks():
    return set(Page.objects.live().public().values_list("pk", flat=True))


def recording_url(page):
    return page.url + "recording/"


def test_a_public_interview_is_listed_searchable_and_playable(client, project, interview):
    listing = client.get(project.url)
    assert "Arriving in winter" in listing.text
    page = client.get(interview.url)
    assert page.status_code == 200
    assert f'src="{recording_url(interview)}"' in page.text
    assert "We landed in January" in page.text
    recording = client.get(recording_url(interview))
    assert recording.status_code == 200 and recording["Content-Type"] == "audio/x-wav"
    assert b"".join(recording.streaming_content).startswith(b"RIFF")
    assert interview.pk in found("winter")


def test_the_narrator_s_real_name_is_never_public(client, interview):
    interview.narrator_shown_as = InterviewPage.NameShown.ANONYMOUS
    interview.save_revision().publish()
    text = client.get(interview.url).text
    assert "Fadumo" not in text and "Anonymous" in text
    assert not found("Fadumo")


@pytest.mark.parametrize(
    "fields",
    [
        {"consent_scope": InterviewPage.Scope.RESEARCH},
        {
            "consent_scope": InterviewPage.Scope.PUBLIC,
            "embargo_until": datetime.date.today() + datetime.timedelta(days=30),
        },
    ],
    ids=["research-only", "under-embargo"],
)
def test_an_interview_not_cleared_for_the_web_is_hidden_everywhere(client, project, fields):
    hidden = InterviewPageFactory(parent=project, title="The detention years", **fields)
    assert "The detention years" not in client.get(project.url).text
    assert hidden.pk not in public_pks()
    assert not found("detention")
    for path in ["", "recording/", "request-access/", "?q=winter", "recording/?access=forged"]:
        assert client.get(hidden.url + path).status_code == 404, path


def test_an_embargo_ends_by_itself(client, project):
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    embargoed = InterviewPageFactory(parent=project, title="Embargoed", embargo_until=tomorrow)
    assert embargoed.pk not in public_pks()
    assert lift_ended_embargoes() == 0
    # A day later (the date, not the clock, is what moves here):
    InterviewPage.objects.filter(pk=embargoed.pk).update(embargo_until=datetime.date.today())
    assert lift_ended_embargoes() == 1
    assert embargoed.pk in public_pks()
    assert client.get(embargoed.url).status_code == 200


def test_on_request_shows_the_index_but_neither_recording_nor_transcript(client, project):
    on_request = InterviewPageFactory(
        parent=project, title="A school for our children", consent_scope=InterviewPage.Scope.ON_REQUEST
    )
    page = client.get(on_request.url)
    assert page.status_code == 200
    assert "The first winter" in page.text  # the index
    assert "We landed in January" not in page.text  # the transcript
    assert "The radiator never worked" not in page.text  # partial transcripts
    assert "recording/" not in page.text and "<audio" not in page.text
    assert "Request access" in page.text
    assert client.get(recording_url(on_request)).status_code == 404
    assert on_request.pk in public_pks()
    assert not found("radiator")


def test_recordings_are_stored_under_an_unguessable_name(interview):
    name = interview.recording.file.name
    folder = name.split("/")[-2]
    assert name.startswith("media/") and len(folder) >= 24 and name.endswith("interview.wav")


def test_the_recording_answers_byte_ranges_so_players_can_seek(client, interview):
    size = interview.recording.file.size
    response = client.get(recording_url(interview), HTTP_RANGE="bytes=100-199")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 100-199/{size}"
    assert len(b"".join(response.streaming_content)) == 100
    assert client.get(recording_url(interview), HTTP_RANGE=f"bytes={size + 10}-").status_code == 416
    assert response["Cache-Control"] == "private, no-store"


def test_searching_the_transcript_links_to_the_segment(client, interview):
    page = client.get(interview.url, {"q": "radiator"})
    assert '<a href="#segment-2">' in page.text
    assert 'id="segment-2"' in page.text
    assert "No segment mentions" in client.get(interview.url, {"q": "zzz"}).text


@pytest.mark.parametrize("query", ["%", "a" * 5000, "<script>", "\x00"])
def test_bad_queries_never_fail(client, interview, query):
    response = client.get(interview.url, {"q": query, "page": "x"})
    assert response.status_code == 200
    assert "<script>" not in response.text.split('name="q"')[1][:200]


def test_segment_links_use_media_fragments_without_javascript(client, interview):
    text = client.get(interview.url).text
    assert f'href="{recording_url(interview)}#t=8" data-start="8"' in text
