"""The time-coded index of an interview: one block per segment, checked as a whole."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from oral_histories.timecodes import TimecodeBlock, format_timecode


class SegmentBlock(blocks.StructBlock):
    """A stretch of the recording: where it starts and what is said. Its text is translated, its start is not."""

    start = TimecodeBlock(label=_("starts at"), help_text=_("hh:mm:ss or mm:ss"))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    synopsis = blocks.TextBlock(label=_("synopsis"), required=False)
    keywords = blocks.CharBlock(label=_("keywords"), required=False, help_text=_("Separated by commas."))
    partial_transcript = blocks.TextBlock(
        label=_("partial transcript"),
        required=False,
        help_text=_("What is said in this segment, shown to those who may read the transcript."),
    )

    class Meta:
        icon = "time"
        label = _("segment")


def segment_name(number, value):
    return _("Segment %(number)d (“%(title)s”)") % {"number": number, "title": value.get("title") or ""}


class SegmentIndexBlock(blocks.StreamBlock):
    """Segments must come in the order they are heard, each starting after the one before."""

    segment = SegmentBlock()

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        previous = None
        for index, child in enumerate(value):
            start = child.value.get("start")
            if previous is not None and start is not None and previous[1] is not None:
                if start == previous[1]:
                    message = _("%(segment)s starts at %(start)s, like %(previous)s: segments may not overlap.")
                elif start < previous[1]:
                    message = _("%(segment)s starts at %(start)s, before %(previous)s: put segments in order.")
                else:
                    message = None
                if message:
                    text = message % {
                        "segment": segment_name(index + 1, child.value),
                        "start": format_timecode(start),
                        "previous": segment_name(previous[0] + 1, value[previous[0]].value),
                    }
                    errors[index] = StructBlockValidationError(block_errors={"start": ValidationError(text)})
            previous = (index, start)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
