"""Dates and numbers in Tigrinya: generated from CLDR by hub.locale_data."""

DATE_FORMAT = "E j, Y"
DATETIME_FORMAT = "E j, Y, H:i"
SHORT_DATE_FORMAT = "n/j/y"
SHORT_DATETIME_FORMAT = "n/j/y H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
WEEKDAY_DATE_FORMAT = "D, E j, Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
