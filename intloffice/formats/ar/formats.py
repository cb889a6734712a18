# Arabic date formats (Django date syntax; Arabic letters are not format characters).
# "1 ديسمبر 2026", "1 ديسمبر 2026، الساعة 3:30 م"; digits follow SiteSettings through |digits.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، الساعة g:i A"
TIME_FORMAT = "g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
# Django's short date with its right-to-left marks, and the time after it.
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y، g:i A"
