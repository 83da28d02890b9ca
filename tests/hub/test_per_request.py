"""hub.per_request: the visitor's and the default locale asked once per request, and never kept outside one."""

from contextlib import contextmanager

from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from hub.per_request import active_locale, default_locale


def locale_queries(ask):
    with CaptureQueriesContext(connection) as queries:
        answers = ask()
    return answers, len([query for query in queries if "wagtailcore_locale" in query["sql"]])


@contextmanager
def a_request():
    """What Django's test client does around a request: the signals, without closing the test's connection."""
    request_started.disconnect(close_old_connections)
    request_started.send(sender=None)
    try:
        yield
    finally:
        request_finished.disconnect(close_old_connections)
        request_finished.send(sender=None)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_within_a_request_each_locale_is_asked_once(db):
    Locale.objects.get_or_create(language_code="ar")
    with a_request():
        (active, default), asked = locale_queries(lambda: (active_locale(), default_locale()))
        assert active == default == Locale.objects.get(language_code="en")
        assert asked == 1  # the visitor reads the default language: one locale, asked once
        with translation.override("ar"):
            arabic, asked = locale_queries(lambda: [active_locale(), active_locale()])
        assert arabic == [Locale.objects.get(language_code="ar")] * 2 and asked == 1
        assert locale_queries(active_locale) == (active, 0)


def test_outside_a_request_every_call_asks(db):
    assert locale_queries(lambda: [default_locale(), default_locale()])[1] == 2


def test_a_language_without_a_locale_reads_the_default_one(db):
    with translation.override("xx"):
        assert active_locale() == Locale.objects.get(language_code="en")
