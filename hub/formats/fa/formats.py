"""Dates and numbers in Persian: generated from CLDR by hub.locale_data."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, G:i"
SHORT_DATE_FORMAT = "Y/n/j"
SHORT_DATETIME_FORMAT = "Y/n/j G:i"
TIME_FORMAT = "G:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
WEEKDAY_DATE_FORMAT = "D، j E Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
DIGITS = "۰۱۲۳۴۵۶۷۸۹"
