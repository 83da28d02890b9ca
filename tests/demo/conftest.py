"""Every module here reads the demo network, built once for them all (see tests/conftest.py's demo_output)."""

import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, demo_media):
    # The demo's files are made once, in demo_media: every test here reads them there.
    settings.MEDIA_ROOT = demo_media
