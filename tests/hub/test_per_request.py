"""hub.per_request: the visitor's and the default locale asked once per request, and never kept outside one."""

from django.core.signals import request_finished, request_started
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from hub.per_request import active_locale, default_locale


def locale_queries(ask):
    with CaptureQueriesContext(connection) as queries:
        answers = ask()
    return answers, len([query for query in queries if "wagtailcore_locale" in query["sql"]])


def test_within_a_request_each_locale_is_asked_once(db):
    Locale.objects.get_or_create(language_code="ar")
    request_started.send(sender=None)
    try:
        (active, default), asked = locale_queries(lambda: (active_locale(), default_locale()))
        assert active == default == Locale.objects.get(language_code="en")
        assert asked == 1  # the visitor reads the default language: one locale, asked once
        with translation.override("ar"):
            arabic, asked = locale_queries(lambda: [active_locale(), active_locale()])
        assert arabic == [Locale.objects.get(language_code="ar")] * 2 and asked == 1
        assert locale_queries(active_locale) == (active, 0)
    finally:
        request_finished.send(sender=None)


def test_outside_a_request_every_call_asks(db):
    assert locale_queries(lambda: [default_locale(), default_locale()])[1] == 2


def test_a_language_without_a_locale_reads_the_default_one(db):
    with translation.override("xx"):
        assert active_locale() == Locale.objects.get(language_code="en")
