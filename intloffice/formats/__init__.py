"""Date and number formats per language (``settings.FORMAT_MODULE_PATH``), over Django's own.

Django's Arabic module has no date-and-time format (the draft banner showed «ديسمبر 2, 2026,
3:30 م», English punctuation) and puts a comma between day-month and year. Only what differs
from Django's module is defined here; the rest falls through to it.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

#: Month names spelt otherwise than in Django's Arabic catalogue («أبريل», not «إبريل»). Named
#: here so ``makemessages`` keeps them in the project's catalogue, which is read first.
MONTH_NAMES = (
    gettext_noop("April"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("alt. month", "April"),
)
