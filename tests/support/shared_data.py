"""Data that many tests of one module read, written once."""

from contextlib import contextmanager

from django.db import transaction
from django.test import override_settings


@contextmanager
def shared_by_module(django_db_blocker, media_root):
    """Write data that many tests read once, in a transaction rolled back when the block ends.

    Each test still runs in its own savepoint inside it (pytest-django's `db`), so what a test changes is undone
    before the next one; the files written meanwhile live in `media_root`, where the tests must look for them.
    The fixture using it must be set up before any test's transaction: a module-scoped fixture that a function
    fixture asks for by `request.getfixturevalue` alone may come after `db`, and its data then goes with the
    first test's rollback, leaving the module's other tests without it.
    """
    if transaction.get_connection().in_atomic_block:
        raise RuntimeError("Shared test data must be written before any test's transaction opens (see its docstring).")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        yield
        transaction.set_rollback(True)
