"""The search page finds what lies beyond a page's own fields — the text of its attached documents, an interview's
transcript and segment index — and never an interview the public may not know of."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.search import index

from hub.demo.pdf import make_pdf
from hub.document_text import TextStatus, extract_text
from oral_histories.factories import InterviewPageFactory, OralHistoryProjectPageFactory
from resources.models import ResourcePage
from tests.support.search import refresh_index, result_titles, search_url

pytestmark = pytest.mark.django_db


def result_links(response):
    return [line.split('"')[1] for line in response.content.decode().split("<h3><a href=")[1:]]


def test_the_text_of_an_attached_document_finds_its_resource_once_the_text_is_read(client, member_a):
    document = get_document_model().objects.create(
        title="Full report",
        file=ContentFile(make_pdf("Full report", ["Tenants in Lewisham face rising evictions."]), name="report.pdf"),
    )
    assert document.text_status == TextStatus.WAITING
    resource = member_a.organisation.add_child(
        instance=ResourcePage(
            title="Annual report",
            summary="Our year.",
            attachments=[("attachment", {"document": document, "label": "Report (PDF)"})],
        )
    )
    resource.save_revision().publish()
    refresh_index()
    assert result_titles(client.get(search_url(), {"q": "evictions"})) == []
    # The worker reads the file after the upload; reading it reindexes the pages that attach it.
    extract_text(document)
    refresh_index()
    response = client.get(search_url(), {"q": "evictions Lewisham"})
    assert result_titles(response) == ["Annual report"]
    assert result_links(response) == [resource.url]


def interview_indexed(member, title, **fields):
    project = OralHistoryProjectPageFactory(parent=member.organisation)
    interview = InterviewPageFactory(parent=project, title=title, **fields)
    index.insert_or_update_object(interview)
    refresh_index()
    return interview


def test_an_interview_is_found_by_its_transcript_and_its_segment_synopsis_and_links_to_it(client, member_a):
    interview = interview_indexed(member_a, "Arriving in winter")
    # "landed" is only in the transcript, "hostel" only in a segment's synopsis (oral_histories.factories).
    for words in ("landed January", "hostel room"):
        response = client.get(search_url(), {"q": words})
        assert result_titles(response) == ["Arriving in winter"], words
        assert result_links(response) == [interview.url]


@pytest.mark.parametrize(
    "consent",
    [
        {"embargo_until": datetime.date(2099, 1, 1)},
        {"consent_scope": "research"},
    ],
    # An interview with no consent recorded cannot be published at all (tests/oral_histories/test_review.py).
    ids=["under-embargo", "research-only"],
)
def test_an_interview_not_cleared_for_the_web_never_appears(client, member_a, consent):
    interview_indexed(member_a, "Crossing the sea", **consent)
    for words in ("Crossing the sea", "landed January", "hostel room", "Hodan"):
        for params in ({"q": words}, {"q": words, "languages": "all"}):
            assert result_titles(client.get(search_url(), params)) == [], params
    assert "Crossing" not in client.get(search_url()).content.decode()  # not among the latest pages either
    autocomplete = client.get(reverse("search_autocomplete"), {"q": "Crossing"})
    assert autocomplete.json() == {"results": []}
