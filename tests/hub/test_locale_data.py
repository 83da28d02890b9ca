"""Dates and numbers in each language's own style and words, from CLDR: Django has none for Somali, Tigrinya,
Amharic or Pashto, and writes English the American way."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation
from wagtail.models import Locale

from events.factories import EventPageFactory, at
from hub.filters import DatePeriodFilter
from hub.locale_data import django_format, format_settings, generated_files, native_digits
from hub.setup import synchronise_trees

DECEMBER_15 = datetime.date(2026, 12, 15)


def test_the_generated_files_are_what_cldr_gives():
    stale = [str(path) for path, text in generated_files().items() if path.read_text(encoding="utf-8") != text]
    assert stale == [], "run `hub hub_generate_locale_data`"


@pytest.mark.parametrize(
    ("pattern", "django"),
    [
        ("d MMMM y", "j E Y"),
        ("d 'de' MMMM 'de' y", "j \\d\\e E \\d\\e Y"),
        ("LLLL y", "F Y"),
        ("EEEE, d/M/yy G", "l, j/n/y"),
    ],
)
def test_cldr_patterns_become_django_formats(pattern, django):
    assert django_format(pattern) == django


@pytest.mark.parametrize(
    ("language", "date", "month"),
    [
        ("en", "15 December 2026", "December 2026"),
        ("so", "Diseembar 15, 2026", "Diseembar 2026"),
        ("ti", "ታሕሳስ 15, 2026", "ታሕሳስ 2026"),
        ("am", "15 ዲሴምበር 2026", "ዲሴምበር 2026"),
        ("ps", "15 دسمبر 2026", "2026 دسمبر"),
        ("ar", "15 ديسمبر 2026", "ديسمبر 2026"),
        ("pl", "15 grudnia 2026", "grudzień 2026"),
        ("fr", "15 décembre 2026", "décembre 2026"),
    ],
)
def test_dates_in_the_languages_own_style_and_words(language, date, month):
    with translation.override(language):
        assert formats.date_format(DECEMBER_15, "DATE_FORMAT") == date
        assert formats.date_format(DECEMBER_15, "YEAR_MONTH_FORMAT") == month
        assert "Dec." not in formats.date_format(DECEMBER_15, "DATE_FORMAT")


def test_numbers_use_the_languages_separators():
    with translation.override("fr"):
        assert formats.number_format(12345.5, 1, use_l10n=True, force_grouping=True) == "12\u202f345,5"
    with translation.override("es"):
        assert formats.number_format(12345.5, 1, use_l10n=True, force_grouping=True) == "12.345,5"


@pytest.mark.parametrize(
    ("language", "digits"),
    [
        ("fa", "۰۱۲۳۴۵۶۷۸۹"),  # CLDR's "arabext"
        ("ps", "۰۱۲۳۴۵۶۷۸۹"),
        ("ckb", "٠١٢٣٤٥٦٧٨٩"),  # "arab"
        ("bn", "০১২৩৪৫৬৭৮৯"),  # "beng"
        ("ar", "0123456789"),  # CLDR's plain Arabic counts in Latin digits ("latn")
        ("en", "0123456789"),
        ("so", "0123456789"),
    ],
)
def test_each_language_has_the_digits_of_its_cldr_numbering_system(language, digits):
    assert format_settings(language)["DIGITS"] == digits


def test_dates_and_numbers_read_in_the_languages_digits_and_machines_keep_ascii():
    template = Template(
        '{% load hub_tags %}<time datetime="{{ day|date:\'Y-m-d\' }}">{{ day|date:"DATE_FORMAT"|native_digits }}</time>'
    )
    with translation.override("fa"):
        assert native_digits("12,345.5") == "۱۲,۳۴۵.۵"
        assert template.render(Context({"day": DECEMBER_15})) == '<time datetime="2026-12-15">۱۵ دسامبر ۲۰۲۶</time>'
    with translation.override("fr"):
        assert template.render(Context({"day": DECEMBER_15})) == '<time datetime="2026-12-15">15 décembre 2026</time>'


def test_date_filters_label_in_the_languages_digits_and_keep_ascii_values():
    with translation.override("fa"):
        [(value, label)] = DatePeriodFilter("publication_date", "month").choices_of([DECEMBER_15])
    assert value == "2026-12" and label.endswith("۲۰۲۶") and not any(digit in label for digit in "0123456789")


@pytest.mark.parametrize(
    ("language", "time"),
    [("en", "18:30"), ("fr", "18:30"), ("fa", "۱۸:۳۰"), ("ar", "6:30 م"), ("so", "6:30\u202fGD"), ("am", "6:30 ከሰዓት")],
)
def test_times_are_on_the_clock_cldr_gives_the_language(language, time):
    evening = datetime.time(18, 30)
    with translation.override(language):
        assert native_digits(formats.time_format(evening, "TIME_FORMAT")) == time


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "when"),
    [
        ("so", "Khms, Maarso 26, 2026, 6:30\u202fGD–8:30\u202fGD GMT"),
        ("ti", "ሓሙ, መጋቢት 26, 2026, 6:30 ድ.ቀ.–8:30 ድ.ቀ. GMT"),
        ("am", "ሐሙስ፣ ማርች 26 2026, 6:30 ከሰዓት–8:30 ከሰዓት GMT"),
        ("ps", "پنج شنبه, ۲۶ مارچ ۲۰۲۶, ۱۸:۳۰–۲۰:۳۰ GMT"),
        ("ar", "الخميس، 26 مارس 2026, 6:30 م–8:30 م GMT"),
        ("en", "Thu 26 March 2026, 18:30–20:30 GMT"),
    ],
)
def test_an_event_page_gives_its_date_in_the_readers_language(client, events_index, language, when):
    event = EventPageFactory(parent=events_index, title="Question Time in Lewisham", start=at(2026, 3, 26), hours=2)
    synchronise_trees()
    html = client.get(event.get_translation(Locale.objects.get(language_code=language)).url).content.decode()
    assert f'<time datetime="2026-03-26T18:30:00+00:00">{when}</time>' in html
