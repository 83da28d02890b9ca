"""Index entry: timecodes in hh:mm:ss or mm:ss; bad, unordered, overlapping or too late segments are refused
with a message naming the segment."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from oral_histories.blocks import SegmentIndexBlock
from oral_histories.models import InterviewPage
from oral_histories.timecodes import TimecodeFormField, format_timecode, parse_timecode

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "seconds"), [("00:00", 0), ("12:07", 727), ("1:05:30", 3930), ("90:00", 5400), (" 02:03 ", 123)]
)
def test_timecodes_people_write(text, seconds):
    assert parse_timecode(text) == seconds


@pytest.mark.parametrize("text", ["", "12", "1:75", "1:2:3", "a:bc", "1:60:00", "-1:00", "12:07.5"])
def test_malformed_timecodes_are_refused_clearly(text):
    with pytest.raises(ValidationError) as refused:
        TimecodeFormField(required=True).clean(text)
    if text:
        assert f"“{text}” is not a timecode: write hh:mm:ss or mm:ss" in refused.value.messages[0]


def test_formatting():
    assert [format_timecode(s) for s in (0, 727, 3930)] == ["00:00", "12:07", "1:05:30"]


def segments(*rows):
    return [
        ("segment", {"start": s, "title": t, "synopsis": "", "keywords": "", "partial_transcript": ""}) for s, t in rows
    ]


def block_errors(rows):
    block = SegmentIndexBlock()
    with pytest.raises(ValidationError) as refused:
        block.clean(block.to_python([{"type": "segment", "value": v} for _t, v in segments(*rows)]))
    return {index: error.block_errors["start"].messages[0] for index, error in refused.value.block_errors.items()}


def test_unordered_segments_are_refused_naming_them():
    errors = block_errors([(0, "Journey"), (600, "Winter"), (300, "Work")])
    assert errors == {2: "Segment 3 (“Work”) starts at 05:00, before Segment 2 (“Winter”): put segments in order."}


def test_overlapping_segments_are_refused_naming_them():
    errors = block_errors([(0, "Journey"), (0, "Winter")])
    assert errors == {1: "Segment 2 (“Winter”) starts at 00:00, like Segment 1 (“Journey”): segments may not overlap."}


def test_a_segment_beyond_the_recording_is_refused(project):
    interview = InterviewPage(title="Too long", summary="x", duration=600, segments=segments((0, "A"), (660, "Late")))
    with pytest.raises(ValidationError) as refused:
        interview.clean()
    assert refused.value.message_dict["duration"] == [
        "Segment 2 (“Late”) starts at 11:00, after the end of the recording (10:00)."
    ]


def edit_form(interview, duration, rows):
    data = nested_form_data(
        {
            "title": interview.title,
            "slug": interview.slug,
            "narrator_shown_as": "anonymous",
            "summary": "About it.",
            "duration": duration,
            "transcript": rich_text("<p>Text.</p>"),
            "segments": streamfield(
                [
                    (
                        "segment",
                        {"start": start, "title": title, "synopsis": "", "keywords": "", "partial_transcript": ""},
                    )
                    for start, title in rows
                ]
            ),
            "consent_scope": "public",
            "comments": inline_formset([]),
        }
    )
    return data


def test_the_admin_form_reports_a_malformed_timecode_and_keeps_the_rest(client_for, interview, network_editor):
    response = client_for(network_editor).post(
        reverse("wagtailadmin_pages:edit", args=[interview.pk]),
        edit_form(interview, "10:00", [("00:00", "Journey"), ("1:75", "Winter")]),
    )
    assert response.status_code == 200
    # The StreamField's errors travel in the form's JSON data, with the quotes escaped.
    assert "\\u201c1:75\\u201d is not a timecode" in response.text
    assert "The page could not be saved due to validation errors" in response.text
    assert "Winter" in response.text


def test_the_admin_form_saves_timecodes_as_seconds(client_for, interview, network_editor):
    response = client_for(network_editor).post(
        reverse("wagtailadmin_pages:edit", args=[interview.pk]),
        edit_form(interview, "1:00:00", [("00:00", "Journey"), ("12:07", "Winter")]),
    )
    assert response.status_code == 302, response.text[:3000]
    interview.refresh_from_db()
    draft = interview.get_latest_revision_as_object()
    assert draft.duration == 3600 and [s.value["start"] for s in draft.segments] == [0, 727]


def test_the_admin_form_reports_a_segment_after_the_end(client_for, interview, network_editor):
    response = client_for(network_editor).post(
        reverse("wagtailadmin_pages:edit", args=[interview.pk]),
        edit_form(interview, "05:00", [("00:00", "Journey"), ("06:00", "Winter")]),
    )
    assert response.status_code == 200
    assert "Segment 2 (“Winter”) starts at 06:00, after the end of the recording (05:00)." in response.text


def test_a_central_kurdish_interview_reads_its_timecodes_in_its_digits_and_links_in_ascii(client, interview):
    kurdish = interview.copy_for_translation(Locale.objects.get(language_code="ckb"), copy_parents=True)
    kurdish.save_revision().publish()
    html = client.get(kurdish.url).content.decode()
    assert "<dd>٠٠:٢٤</dd>" in html  # the duration
    assert re.findall(r'data-start="(\d+)"><span class="segment__time">([^<]+)</span>', html) == [
        ("0", "٠٠:٠٠"),
        ("8", "٠٠:٠٨"),
        ("16", "٠٠:١٦"),
    ]

    searched = client.get(kurdish.url, {"q": "radiator"}).text
    found = re.search(r"<p>([^<]*radiator[^<]*)</p>", searched).group(1)
    assert "١" in found and not re.search("[0-9]", found)
