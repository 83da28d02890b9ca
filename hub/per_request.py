"""Answers that cannot change while one request is answered, asked once for it.

A page asks some questions of the database in several places: each listing, section and menu on it wants the
visitor's locale and the site's private sections. Their answers are kept from the start of a request to its end,
for that request and thread only; outside a request (commands, tasks, the worker) every call asks again, since
nothing would tell a kept answer that it is out of date.
"""

import functools

from asgiref.local import Local
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.utils.translation import get_language
from wagtail.models import Locale

_answers = Local()


def _begin(**kwargs):
    _answers.kept = {}


def _end(**kwargs):
    _answers.kept = None


request_started.connect(_begin)
request_finished.connect(_end)


def within_request():
    """Whether answers are kept now: a request is being answered on this thread."""
    return getattr(_answers, "kept", None) is not None


def once_per_request(function):
    """`function(*args)` asked once per request for the same arguments."""

    @functools.wraps(function)
    def answer(*args):
        kept = getattr(_answers, "kept", None)
        if kept is None:
            return function(*args)
        key = (function, args)
        if key not in kept:
            kept[key] = function(*args)
        return kept[key]

    return answer


def active_locale():
    """Wagtail's `Locale.get_active()`: the locale of the active language."""
    return _locale_of(get_language())


def default_locale():
    """Wagtail's `Locale.get_default()`: the locale of the site's default language."""
    return _locale_of(settings.LANGUAGE_CODE)


@once_per_request
def _locale_of(language_code):
    # The language is the key: a request may switch it (translation.override) and ask again, and a visitor reading
    # the default language asks for the active and the default locale with one query.
    try:
        return Locale.objects.get_for_language(language_code)
    except (Locale.DoesNotExist, LookupError):
        return Locale.get_default()
