"""Every module here reads the same demo network, built once for the whole package and rolled back after it:
the demo is the slowest thing the suite builds."""

import pytest

from tests.conftest import build_demo


@pytest.fixture(scope="package")
def demo_media(tmp_path_factory):
    return str(tmp_path_factory.mktemp("demo-media"))


@pytest.fixture(scope="package")
def demo_output(django_db_setup, django_db_blocker, demo_media):
    yield from build_demo(django_db_blocker, demo_media)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, demo_media):
    # The demo's files are made once, in demo_media: every test here reads them there.
    settings.MEDIA_ROOT = demo_media
