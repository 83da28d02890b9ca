"""Which language an indexed object is written in, and which one a query is."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale


def locale_languages():
    """{locale id: language code}, read once for a batch of objects rather than once per object."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def language_of(obj, languages):
    """A page's (or any translatable object's) locale's language; a document's recorded language; else the site's."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id in languages:
        return languages[locale_id]
    language = getattr(obj, "language", None)
    return language if isinstance(language, str) and language else settings.LANGUAGE_CODE


def query_language():
    """The visitor's language: the public search answers from their language's tree, so it reads their words so."""
    return translation.get_language() or settings.LANGUAGE_CODE


_EVERY_LANGUAGE = ContextVar("every_language", default=False)


@contextmanager
def queries_read_in_every_language():
    """Within it, a query's words match a page's in whichever of the hub's languages the page is written: searching
    all languages, "housing" typed in French still finds the English pages, indexed by English's stems."""
    token = _EVERY_LANGUAGE.set(True)
    try:
        yield
    finally:
        _EVERY_LANGUAGE.reset(token)


def query_languages():
    """The languages a query's words are read in: the visitor's, or (searching all languages) every one."""
    if not _EVERY_LANGUAGE.get():
        return [query_language()]
    others = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != query_language()]
    return [query_language(), *others]
