"""What the oral history tests share: a member's project, interviews of any consent, real recordings."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtailmedia.models import get_media_model

from oral_histories.audio import make_wav
from oral_histories.models import InterviewPage, OralHistoryProjectPage
from oral_histories.setup import consent_collection
from resources.demo_pdf import make_pdf

SEGMENTS = [
    (0, "The journey", "Leaving home.", "journey, airport", "We left at night."),
    (8, "The first winter", "A hostel room.", "housing, winter", "The radiator never worked."),
    (16, "Finding the others", "Saturday meetings.", "community", "We met in the library."),
]


@pytest.fixture
def project(member_a):
    page = member_a.organisation.add_child(
        instance=OralHistoryProjectPage(title="Arrivals", slug="arrivals", description="<p>Memories.</p>")
    )
    page.save_revision().publish()
    return page


# Enough of an MP4's opening box for the pages and the recording view, which never decode it.
VIDEO_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(4000)


def recording(title="Recording", seconds=24, collection=None, kind="audio"):
    content, name = (
        (make_wav(seconds, [0, 8, 16]), "interview.wav") if kind == "audio" else (VIDEO_BYTES, "interview.mp4")
    )
    return get_media_model().objects.create(
        title=title,
        type=kind,
        duration=seconds,
        collection=collection or Collection.get_first_root_node(),
        file=ContentFile(content, name=name),
    )


def consent_form(title="Consent form"):
    return get_document_model().objects.create(
        title=title,
        collection=consent_collection(),
        file=ContentFile(make_pdf(title, ["Signed."]), name="consent.pdf"),
    )


def add_interview(
    project, title="Arriving in winter", *, scope="public", publish=True, with_recording=True, kind="audio", **fields
):
    values = {
        "narrator_shown_as": InterviewPage.NameShown.PSEUDONYM,
        "narrator_pseudonym": "Hodan",
        "narrator_real_name": "Fadumo Secret-Name",
        "summary": f"About {title}.",
        "duration": 24,
        "transcript": "<p>We landed in January and the sky was low.</p>",
        "segments": [
            ("segment", {"start": s, "title": t, "synopsis": y, "keywords": k, "partial_transcript": p})
            for s, t, y, k, p in SEGMENTS
        ],
        "consent_scope": scope,
        "consent_form": consent_form(),
        "interview_date": datetime.date(2024, 2, 10),
        **fields,
    }
    if with_recording:
        values["recording"] = recording(title, kind=kind)
    interview = project.add_child(instance=InterviewPage(title=title, live=publish, **values))
    if publish:
        interview.save_revision().publish()
    return interview


@pytest.fixture
def interview(project):
    return add_interview(project)


def interview_form(page, action=None, **changes):
    """An interview's edit form as the admin posts it (its index left empty); `action` is e.g. "action-publish"."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "narrator_shown_as": page.narrator_shown_as,
        "narrator_pseudonym": page.narrator_pseudonym,
        "narrator_real_name": page.narrator_real_name,
        "summary": page.summary,
        "recording": page.recording_id or "",
        "duration": "00:24",
        "segments": streamfield([]),
        "transcript": rich_text(page.transcript),
        "consent_form": page.consent_form_id or "",
        "consent_scope": page.consent_scope,
        **changes,
    }
    data = nested_form_data(values)
    if action:
        data[action] = action
    return data
