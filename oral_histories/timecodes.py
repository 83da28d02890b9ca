"""Timecodes as people write them (hh:mm:ss or mm:ss), kept as whole seconds.

One parser for the recording's duration and every segment's start, so both accept and refuse the
same things with the same message.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TIMECODE = re.compile(r"^(?:(?P<hours>\d+):(?P<minutes_of_hour>[0-5]\d)|(?P<minutes>\d+)):(?P<seconds>[0-5]\d)$")


def parse_timecode(text):
    """Seconds from "1:02:03" or "02:03"; ValueError for anything else."""
    match = TIMECODE.match((text or "").strip())
    if match is None:
        raise ValueError(text)
    if match["hours"] is not None:
        return int(match["hours"]) * 3600 + int(match["minutes_of_hour"]) * 60 + int(match["seconds"])
    return int(match["minutes"]) * 60 + int(match["seconds"])


def format_timecode(seconds):
    """ "1:02:03" past an hour, "02:03" under it: how the index and the forms show a time."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class TimecodeFormField(forms.CharField):
    default_error_messages = {
        "invalid": _("“%(value)s” is not a timecode: write hh:mm:ss or mm:ss, for example 1:05:30 or 12:07."),
    }

    def prepare_value(self, value):
        return format_timecode(value) if isinstance(value, int) else value

    def to_python(self, value):
        if isinstance(value, int):
            return value
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            return parse_timecode(value)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": value}) from None


class TimecodeField(models.PositiveIntegerField):
    """Whole seconds in the database, a timecode in forms."""

    def formfield(self, **kwargs):
        return super(models.PositiveIntegerField, self).formfield(**{"form_class": TimecodeFormField, **kwargs})


class TimecodeBlock(blocks.FieldBlock):
    """A timecode in a StreamField; not text, so wagtail-localize keeps it from the source in every language."""

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = TimecodeFormField(required=required, help_text=help_text)
        super().__init__(**kwargs)

    def to_python(self, value):
        return None if value is None else int(value)

    def get_prep_value(self, value):
        return value

    def render_basic(self, value, context=None):
        return format_timecode(value)

    class Meta:
        icon = "time"
