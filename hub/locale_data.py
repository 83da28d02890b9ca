"""Dates and numbers in every interface language, from CLDR through Babel.

Django ships format data and day and month names for some of the hub's languages and none for Somali, Tigrinya,
Amharic or Pashto, and its English style is American ("Dec. 15, 2026"). From CLDR we generate, for every language
in settings.LANGUAGES:
- a format module (hub/formats/<language>/formats.py, found through FORMAT_MODULE_PATH): date styles, first day of
  the week, number separators, and WEEKDAY_DATE_FORMAT for event times (`weekday_date_format`);
- a catalogue of Django's own day and month names (hub/date_names/<language>/LC_MESSAGES/django.po, in
  LOCALE_PATHS): Django takes the names from its gettext catalogues, not from format modules;
- the language's own digits (DIGITS in the format module: "۰۱۲۳۴۵۶۷۸۹" in Persian and Pashto, "٠١٢٣٤٥٦٧٨٩" in
  Central Kurdish, where CLDR's default numbering system is not Latin). Django writes dates and numbers in ASCII
  digits only; `native_digits` turns the text people read into the language's digits, never what machines read
  (datetime attributes, URLs, form values, iCalendar fields).
`hub hub_generate_locale_data` writes both; tests/hub/test_locale_data.py checks the files are what it writes.

Times follow CLDR's clock for the language: 24 hours in English, French or Persian, 12 hours with the language's
own day periods where CLDR says so ("6:30 م" in Arabic, "6:30 GD" in Somali). Django writes those marks from its
"AM" and "PM" messages, which the generated catalogues supply from CLDR.
"""

import functools
import json
import re
import unicodedata
from pathlib import Path

import polib
from babel import Locale
from django.conf import settings
from django.utils import formats
from django.utils.translation import get_language

from hub.languages import HUB_LANGUAGES

HERE = Path(__file__).parent
FORMATS = HERE / "formats"
DATE_NAMES = HERE / "date_names"
# The network works in the United Kingdom: its English is British.
CLDR_LOCALE = {"en": "en_GB"}
# The Unicode names of the digits of CLDR's numbering systems (https://unicode.org/reports/tr35/tr35-numbers.html):
# Babel gives a locale's numbering system but not its digits. A language whose system is missing here stops
# `hub hub_generate_locale_data` with a KeyError rather than get Latin digits by mistake.
UNICODE_DIGIT_NAMES = {
    "latn": "DIGIT",
    "arab": "ARABIC-INDIC DIGIT",
    "arabext": "EXTENDED ARABIC-INDIC DIGIT",
    "beng": "BENGALI DIGIT",
}
DIGIT_NAMES = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
ASCII_DIGITS = "0123456789"

# CLDR pattern letters (https://unicode.org/reports/tr35/tr35-dates.html) to Django's date format characters.
# MMMM is the month as it stands in a date (genitive in Polish, "grudnia"): Django's E, the "alt. month" names;
# LLLL the month alone ("grudzień"): Django's F.
CLDR_TO_DJANGO = {
    "d": "j",
    "dd": "d",
    "M": "n",
    "MM": "m",
    "MMM": "M",
    "MMMM": "E",
    "L": "n",
    "LL": "m",
    "LLL": "M",
    "LLLL": "F",
    "y": "Y",
    "yyyy": "Y",
    "yy": "y",
    "E": "D",
    "EE": "D",
    "EEE": "D",
    "EEEE": "l",
    "c": "D",
    "ccc": "D",
    "cccc": "l",
    # Times: 24-hour H, 12-hour h, minutes, seconds, and the day period ("AM", "م"), Django's A.
    "H": "G",
    "HH": "H",
    "h": "g",
    "hh": "h",
    "m": "i",
    "mm": "i",
    "s": "s",
    "ss": "s",
    "a": "A",
}
DJANGO_FORMAT_CHARACTERS = set("aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ")


def cldr_locale(language):
    return Locale.parse(CLDR_LOCALE.get(language, language))


def django_format(pattern):
    """A CLDR date pattern as a Django format string: "d MMMM y" → "j E Y"; "d 'de' MMMM" → "j \\d\\e E".
    Fields Django cannot show (eras, quarters) are left out."""
    result = []
    for token in re.finditer(r"'(?:[^']|'')*'|([A-Za-z])\1*|.", pattern, flags=re.DOTALL):
        text = token.group(0)
        if token.group(1):
            result.append(CLDR_TO_DJANGO.get(text, ""))
            continue
        literal = text[1:-1].replace("''", "'") if text.startswith("'") and len(text) > 1 else text
        result.append("".join(f"\\{char}" if char in DJANGO_FORMAT_CHARACTERS else char for char in literal))
    return "".join(result).strip()


def skeleton(locale, name, fallback):
    return locale.datetime_skeletons[name].pattern if name in locale.datetime_skeletons else fallback


# The hub's English event times keep the style they have always had ("Thu 26 March 2026"), without CLDR's comma.
WEEKDAY_DATE_OVERRIDES = {"en": "D j F Y"}


def weekday_date_pattern(locale):
    """The date with the weekday and the month in full; CLDR lacks that pattern for a few languages, which have it
    with the month abbreviated."""
    if "yMMMMEd" in locale.datetime_skeletons:
        return locale.datetime_skeletons["yMMMMEd"].pattern
    return re.sub(r"(?<!M)MMM(?!M)", "MMMM", skeleton(locale, "yMMMEd", "E, d MMM y"))


def digits(locale):
    """The ten digits of the locale's default numbering system in CLDR, zero first."""
    name = UNICODE_DIGIT_NAMES[locale.default_numbering_system]
    return "".join(unicodedata.lookup(f"{name} {digit}") for digit in DIGIT_NAMES)


def format_settings(language):
    """The format module's settings for a language, from CLDR."""
    locale = cldr_locale(language)
    long_date = django_format(locale.date_formats["long"].pattern)
    short_date = django_format(locale.date_formats["short"].pattern)
    time = django_format(locale.time_formats["short"].pattern)
    symbols = locale.number_symbols["latn"]  # Django writes Latin digits: their separators go with them
    return {
        "DATE_FORMAT": long_date,
        "DATETIME_FORMAT": f"{long_date}, {time}",
        "SHORT_DATE_FORMAT": short_date,
        "SHORT_DATETIME_FORMAT": f"{short_date} {time}",
        "TIME_FORMAT": time,
        "YEAR_MONTH_FORMAT": django_format(skeleton(locale, "yMMMM", "MMMM y")).replace("E", "F"),
        "MONTH_DAY_FORMAT": django_format(skeleton(locale, "MMMMd", "d MMMM")),
        "WEEKDAY_DATE_FORMAT": WEEKDAY_DATE_OVERRIDES.get(language) or django_format(weekday_date_pattern(locale)),
        # CLDR counts from Monday (0), Django from Sunday.
        "FIRST_DAY_OF_WEEK": (locale.first_week_day + 1) % 7,
        "DECIMAL_SEPARATOR": symbols["decimal"],
        "THOUSAND_SEPARATOR": symbols["group"],
        "NUMBER_GROUPING": 3,
        "DIGITS": digits(locale),
    }


def format_module(language):
    lines = [
        f'"""Dates and numbers in {cldr_locale(language).english_name}: generated from CLDR by hub.locale_data."""',
        "",
    ]
    # Written as ruff formats it (double quotes, characters as they are), so that the check finds the files unchanged.
    lines += [f"{name} = {json.dumps(value, ensure_ascii=False)}" for name, value in format_settings(language).items()]
    return "\n".join(lines) + "\n"


def date_names_catalogue(language):
    """Django's own day and month names (django.utils.dates) and the marks of its 12-hour clock, in the
    language, from CLDR."""
    locale = cldr_locale(language)
    days, months = locale.days, locale.months
    english = Locale.parse("en")
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "the hub",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    catalogue.header = "Day and month names from CLDR, generated by hub.locale_data: do not edit."

    def add(msgid, msgstr, msgctxt=None):
        if not any(entry.msgid == msgid and entry.msgctxt == msgctxt for entry in catalogue):
            catalogue.append(polib.POEntry(msgid=msgid, msgstr=msgstr, msgctxt=msgctxt))

    for day in range(7):
        add(english.days["stand-alone"]["wide"][day], days["stand-alone"]["wide"][day])
        add(english.days["format"]["abbreviated"][day], days["format"]["abbreviated"][day])
    for month in range(1, 13):
        name = english.months["stand-alone"]["wide"][month]
        add(name, months["stand-alone"]["wide"][month])
        add(name, months["format"]["wide"][month], msgctxt="alt. month")
        add(name.lower()[:3], months["format"]["abbreviated"][month].lower())
        add(DJANGO_MONTHS_AP[month - 1], months["format"]["abbreviated"][month], msgctxt="abbrev. month")
    day_periods = locale.day_periods["format"]["abbreviated"]
    add("AM", day_periods["am"])  # Django's time format character A
    add("PM", day_periods["pm"])
    return str(catalogue)


# Django's Associated Press abbreviations (django.utils.dates.MONTHS_AP), the msgids of its "abbrev. month" names.
DJANGO_MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def generated_files():
    """{path: text} of every file hub hub_generate_locale_data writes."""
    files = {}
    for language, _name in HUB_LANGUAGES:
        files[FORMATS / language / "__init__.py"] = ""
        files[FORMATS / language / "formats.py"] = format_module(language)
        if language != "en":
            files[DATE_NAMES / language / "LC_MESSAGES" / "django.po"] = date_names_catalogue(language)
    files[FORMATS / "__init__.py"] = ""
    return files


def own_format(language, name, default):
    """A setting of the hub's own in the language's format module (Django's get_format knows only its own)."""
    for module in formats.iter_format_modules(language):
        if hasattr(module, name):
            return getattr(module, name)
    return default


def weekday_date_format():
    """The date with its weekday in the active language ("Tue, 15 Dec 2026"; "الثلاثاء، 15 ديسمبر 2026"), for
    event times."""
    return own_format(get_language() or settings.LANGUAGE_CODE, "WEEKDAY_DATE_FORMAT", "D j M Y")


def language_digits(language):
    """The language's ten digits, zero first: "۰۱۲۳۴۵۶۷۸۹" in Persian, "0123456789" in English."""
    return own_format(language, "DIGITS", ASCII_DIGITS)


@functools.cache
def digit_table(language):
    return str.maketrans(ASCII_DIGITS, language_digits(language))


def native_digits(text):
    """Text for people to read ("15 دسامبر 2026") in the active language's digits ("۱۵ دسامبر ۲۰۲۶").

    The one place the hub's dates, times and numbers take their language's digits: templates through the
    `native_digits` filter, Python (event times) by calling it. Only for text shown as text: a value a machine
    reads (a datetime attribute, a URL, a form field, an iCalendar property) keeps ASCII digits."""
    return str(text).translate(digit_table(get_language() or settings.LANGUAGE_CODE))
