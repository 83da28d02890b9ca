"""Data that many tests of one module read, written once."""

from contextlib import contextmanager

from django.db import transaction
from django.test import override_settings


@contextmanager
def shared_by_module(django_db_blocker, media_root):
    """Write data that many tests read once, in a transaction rolled back when the block ends.

    Each test still runs in its own savepoint inside it (pytest-django's `db`), so what a test changes is undone
    before the next one; the files written meanwhile live in `media_root`, where the tests must look for them.
    """
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        yield
        transaction.set_rollback(True)
