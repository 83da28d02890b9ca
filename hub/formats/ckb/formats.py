"""Dates and numbers in Central Kurdish: generated from CLDR by hub.locale_data."""

DATE_FORMAT = "jی Eی Y"
DATETIME_FORMAT = "jی Eی Y, g:i A"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d g:i A"
TIME_FORMAT = "g:i A"
YEAR_MONTH_FORMAT = "Y F"
MONTH_DAY_FORMAT = "E j"
WEEKDAY_DATE_FORMAT = "D، jی Eی Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
DIGITS = "٠١٢٣٤٥٦٧٨٩"
