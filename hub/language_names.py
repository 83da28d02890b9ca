"""Language names from CLDR (through Babel): each language named in the reader's language and in its own.

Django names a language in English and translates the name through its catalogue, which lacks most of the hub's
languages ("Soomaali (Somali)" on an Arabic page); CLDR names nearly every language in nearly every other one.
A name CLDR lacks (a few community languages) falls back to the English name through our catalogue.
"""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import get_language, gettext


@lru_cache(maxsize=64)
def _cldr_locale(code):
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def _capitalised(name):
    # CLDR writes names in lower case where they sit in a sentence ("somali", "français"); in a list they start one.
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=2048)
def _cldr_name(code, reader):
    locale = _cldr_locale(reader)
    name = locale.languages.get(code.replace("-", "_")) if locale else None
    return _capitalised(name) if name else None


def english_name(code):
    names = {code: name for code, name, _local in settings.HUB_SPOKEN_LANGUAGES}
    return str(names.get(code) or LANG_INFO.get(code, {}).get("name") or code)


def language_name(code, reader=None):
    """The language's name in the reader's language (the active one by default): "الصومالية" for Somali in Arabic."""
    return _cldr_name(code, reader or get_language() or settings.LANGUAGE_CODE) or gettext(english_name(code))


def own_name(code):
    """The language's name in itself: "Soomaali"."""
    spoken = {code: local for code, _name, local in settings.HUB_SPOKEN_LANGUAGES}
    return _cldr_name(code, code) or spoken.get(code) or LANG_INFO.get(code, {}).get("name_local") or code
