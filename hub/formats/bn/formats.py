"""Dates and numbers in Bangla: generated from CLDR by hub.locale_data."""

DATE_FORMAT = "j E, Y"
DATETIME_FORMAT = "j E, Y, g:i A"
SHORT_DATE_FORMAT = "j/n/y"
SHORT_DATETIME_FORMAT = "j/n/y g:i A"
TIME_FORMAT = "g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
WEEKDAY_DATE_FORMAT = "D, j E, Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
DIGITS = "০১২৩৪৫৬৭৮৯"
