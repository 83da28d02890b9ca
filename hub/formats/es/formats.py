"""Dates and numbers in Spanish: generated from CLDR by hub.locale_data."""

DATE_FORMAT = "j \\d\\e E \\d\\e Y"
DATETIME_FORMAT = "j \\d\\e E \\d\\e Y, G:i"
SHORT_DATE_FORMAT = "j/n/y"
SHORT_DATETIME_FORMAT = "j/n/y G:i"
TIME_FORMAT = "G:i"
YEAR_MONTH_FORMAT = "F \\d\\e Y"
MONTH_DAY_FORMAT = "j \\d\\e E"
WEEKDAY_DATE_FORMAT = "D, j \\d\\e E \\d\\e Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
DIGITS = "0123456789"
