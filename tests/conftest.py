import contextlib
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management import call_command
from django.test import TestCase
from django.utils import translation
from wagtail.models import Locale

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from events.demo import ensure_index
from hub import interface_catalogues
from hub.factories import ThemeFactory
from hub.management.commands.hub_compilemessages import compile_catalogues
from hub.models import MembersIndexPage
from hub.roles import NETWORK_EDITORS
from resources.demo import ensure_library
from tests.support.people import (
    PASSWORD,
    make_london,
    make_member_a,
    make_member_b,
    make_scotland,
)
from tests.support.shared_data import shared_by_module

pytest_plugins = ["tests.support.browser"]


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    compile_catalogues(settings.LOCALE_PATHS)


@pytest.fixture(scope="session", autouse=True)
def interface_catalogues_loaded(request, django_db_blocker):
    # Once, before any test counts queries: a process asks the database for the admin's changes to the interface
    # strings when it starts (hub.interface_catalogues), then only when the shared version changes.
    if any("db" in item.fixturenames or item.get_closest_marker("django_db") for item in request.session.items):
        request.getfixturevalue("django_db_setup")
        with django_db_blocker.unblock():
            interface_catalogues.refresh()


@pytest.fixture(autouse=True)
def interface_translations_as_before():
    """The database rolls back after each test; interface strings the admin changed meanwhile, loaded into this
    process's translations, must go with it."""
    before = interface_catalogues.loaded.version
    yield
    if interface_catalogues.loaded.version != before:
        interface_catalogues.drop_loaded_translations()
        interface_catalogues.loaded.version = before


@pytest.fixture(autouse=True)
def empty_cache():
    # Wagtail caches site root paths and more, the page cache whole pages; a test's rolled-back pages must
    # not leak into the next test.
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    # Requests activate their language for the thread, and it stays: each test starts in the default one.
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def directory(db):
    return MembersIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def home(directory):
    return directory.get_parent().specific


@pytest.fixture
def london(db):
    return make_london()


@pytest.fixture
def scotland(db):
    return make_scotland()


@pytest.fixture
def housing(db):
    return ThemeFactory(name="Housing", slug="housing")


@pytest.fixture
def member_a(directory, london):
    return make_member_a()


@pytest.fixture
def member_b(directory, scotland):
    return make_member_b()


@pytest.fixture
def network_editor(db):
    user = get_user_model().objects.create_user("network", "network@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=NETWORK_EDITORS))
    return user


@pytest.fixture
def client_for(client):
    """A logged-in test client for a user: client_for(user)."""

    def log_in(user):
        client.force_login(user)
        return client

    return log_in


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own hook, which reads the groups into the tests' ids
def pytest_collection_modifyitems(items):
    """The tests that read the demo network run one after another and on one test worker (pytest-xdist's
    `loadgroup`), so that it is built once for them all (it is the slowest thing the suite builds); the one that
    resets it runs after them, since a reset deletes the demo's files for good (the database rolls back, the
    files do not). Being the largest group, they are sent to a worker first, while the other takes the rest."""

    def position(item):
        return reads_demo(item) + (item.get_closest_marker("resets_demo") is not None)

    items.sort(key=position)
    for item in items:
        if position(item):
            item.add_marker(pytest.mark.xdist_group("demo"))


def reads_demo(item):
    return item is not None and "demo_output" in getattr(item, "fixturenames", ())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last of the demo's readers a worker runs, the demo is rolled back at once, not when the session
    ends: the worker goes on with other tests, which must not find it in their database."""
    result = yield
    if reads_demo(item) and not reads_demo(nextitem):
        # pytest has no public way to end a session fixture early; FixtureDef.finish is what it calls itself.
        item._fixtureinfo.name2fixturedefs["demo_output"][-1].finish(item._request)
    return result


@pytest.fixture(scope="module")
def module_media(tmp_path_factory):
    return str(tmp_path_factory.mktemp("module-media"))


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    return str(tmp_path_factory.mktemp("demo-media"))


def build_demo(django_db_blocker, demo_media):
    """Build the demo network (yielding what `hub_demo` printed) and roll it back when resumed."""
    output = StringIO()
    with shared_by_module(django_db_blocker, demo_media):
        with TestCase.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
            call_command("hub_demo", password=PASSWORD, stdout=output)
        yield output.getvalue()


@pytest.fixture(scope="session")
def demo_output(request, django_db_setup, django_db_blocker, demo_media):
    """The demo network built once for the tests that read it (what `hub_demo` printed), which run together (see
    pytest_collection_modifyitems), rolled back after them. A module using it points MEDIA_ROOT at
    `demo_media` for every test, since the demo's files are made once."""
    if any({"browser", "demo_output"} <= set(getattr(item, "fixturenames", ())) for item in request.session.items):
        # Playwright runs an event loop in this thread, and Django then hands the thread another database
        # connection: one that does not see the demo's open transaction, and waits for its lock. Started first,
        # the browser is there before the demo's transaction opens, on the connection every later test uses.
        with contextlib.suppress(pytest.skip.Exception):  # without Chromium, only the browser tests are skipped
            request.getfixturevalue("browser")
    yield from build_demo(django_db_blocker, demo_media)


# Plugins' index pages and a network campaign: tests of several areas (caching, operations) use them.


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)


@pytest.fixture
def network_campaign(campaign_index):
    return CampaignPageFactory(
        parent=campaign_index,
        title="End indefinite immigration detention",
        is_core=True,
        core_year=2026,
        pledge_target=200,
        letter_recipient="your MP",
        letter_subject="A time limit on detention",
        letter_body="Dear MP,\n\nPlease support a 28-day time limit & an end to indefinite detention.\n\nYours",
    )


@pytest.fixture
def events_index(home):
    return ensure_index(home)


@pytest.fixture
def library(home):
    return ensure_library(home)
