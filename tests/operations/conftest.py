import logging
import socket

import pytest
from django.contrib.auth import get_user_model

from hub.rate_limits import this_process
from tests.support.people import PASSWORD


def free_port():
    """A port nothing listens on (for a server that is down) or that a test's own server may take."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def database_queue(settings):
    """Tasks go to the database queue, as in production, instead of running at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queued_mail(settings):
    """Mail through the hub's queue (Django's test runner sends it straight to mail.outbox)."""
    settings.EMAIL_BACKEND = "hub.mail.QueuedEmailBackend"


@pytest.fixture
def administrator(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)


@pytest.fixture
def redis_down(settings):
    """Redis configured as in production, on an address where nothing answers: stopped, or not yet started."""
    location = f"redis://127.0.0.1:{free_port()}/0"
    options = {"socket_connect_timeout": 1, "socket_timeout": 1}
    settings.CACHES = {
        alias: {"BACKEND": "hub.cache_backends.ResilientRedisCache", "LOCATION": location, "OPTIONS": options}
        for alias in ("default", "pages")
    }
    settings.WAGTAIL_CACHE = True
    this_process.clear()


@pytest.fixture
def hub_log():
    """What the hub logs (its logger writes to standard output and does not propagate to pytest's caplog)."""
    records = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())
    logger = logging.getLogger("hub")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)
