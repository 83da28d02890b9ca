import socket

import pytest
from django.contrib.auth import get_user_model

from tests.conftest import PASSWORD


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
