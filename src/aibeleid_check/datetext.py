"""Dates as people write them in a policy, Dutch and English, and the one month arithmetic.

Read: ISO (``2026-03-01``, with a time after it), day-first numbers (``1-3-2026``, ``01/03/2026``,
``1.3.26``), and a month name in either order, Dutch or English, abbreviated or not, with a weekday,
an ordinal (``1st``, ``1e``), a comma or a time (``April 15, 2026``, ``30 June, 2023``,
``woensdag 15 april 2026 13:04``). An all-numeric date that can only be month-first (``04/15/2026``) is
refused as ambiguous, with the way to write it: day-first is the Dutch reading of ``03/04/2026``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from aibeleid_check.texts import Message

MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "janvier": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3, "mrch": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_WEEKDAY = re.compile(
    r"^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"\.?,?\s+",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(?:m\.?i\.?v\.?|met ingang van|vanaf|per|from|as of|effective)\s+", re.IGNORECASE)
_TIME = re.compile(
    r"(?:,\s*|\s+)(?:om\s+|at\s+|@\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:uur|u|h|am|pm|a\.m\.|p\.m\.)?$",
    re.IGNORECASE,
)
_ISO = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ][0-9:.+\-Z ]*)?$")  # year first: 2026/04/15 too
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2('?\d{2}|\d{4})$")
_YEAR = r"('?\d{2}|\d{4})"
_ORDINAL = r"(?:st|nd|rd|th|e|ste|de)?"
_DAY_MONTH = re.compile(rf"^(\d{{1,2}}){_ORDINAL}\.?(?:\s+of)?[\s\-/.]*([a-z]+)\.?,?[\s\-/.]*{_YEAR}$", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"^([a-z]+)\.?\s+(\d{{1,2}}){_ORDINAL},?\s+{_YEAR}$", re.IGNORECASE)


MAX_DATE_LENGTH = 80
"""Longer texts are not dates ("Wednesday, the 15th of September 2026 at 13:04" has 46 characters); the cap
keeps every pattern here linear, whatever a policy holds."""


class DateProblem(ValueError):
    """A text that is not a date, or a date that does not exist; ``message`` says why in both languages."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.nl)
        self.message = message


def read_date(text: str, shown: str) -> date:
    """The date in ``text`` (already known not to be a placeholder); ``shown`` is how messages quote it."""
    text = text.strip()
    text = _PREFIX.sub("", text) if len(text) <= MAX_DATE_LENGTH else ""
    if match := _ISO.match(text):
        return _make(int(match[1]), int(match[3]), int(match[4]), shown)
    text = _WEEKDAY.sub("", _TIME.sub("", text))
    if match := _NUMERIC.match(text):
        first, second, year = int(match[1]), int(match[3]), _year(match[4])
        if second > 12 and first <= 12:
            raise DateProblem(_month_first(shown, year, first, second))
        return _make(year, second, first, shown)
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        match = pattern.match(text)
        month = MONTHS.get(match[month_group].lower()) if match else None
        if match and month is not None:
            return _make(_year(match[3]), month, int(match[day_group]), shown)
    raise DateProblem(
        Message(
            nl=f"'{shown}' is geen datum die ik kan lezen; schrijf bijvoorbeeld 2026-03-01 of 1 maart 2026.",
            en=f"'{shown}' is not a date I can read; write for example 2026-03-01 or 1 March 2026.",
        )
    )


def _year(text: str) -> int:
    digits = text.lstrip("'")
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _month_first(shown: str, year: int, month: int, day: int) -> Message:
    try:
        meant = date(year, month, day)
        iso, nl, en = meant.isoformat(), format_date(meant, "nl"), format_date(meant, "en")
    except ValueError:
        iso, nl, en = f"{year:04d}-mm-dd", "dag maand jaar", "day month year"
    return Message(
        nl=f"'{shown}' staat in de volgorde maand-dag-jaar; dat is dubbelzinnig (03/04 is hier 3 april). "
        f"Schrijf {iso} of {nl}.",
        en=f"'{shown}' is in month-day-year order; that is ambiguous (03/04 reads as 3 April here). "
        f"Write {iso} or {en}.",
    )


def _make(year: int, month: int, day: int, shown: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        pass
    if not 1 <= month <= 12:
        raise DateProblem(
            Message(
                nl=f"'{shown}' bestaat niet: er is geen maand {month} (dag-maand-jaar of jaar-maand-dag).",
                en=f"'{shown}' does not exist: there is no month {month} (day-month-year or year-month-day).",
            )
        )
    if not 1 <= year <= 9999:
        raise DateProblem(
            Message(nl=f"'{shown}': jaar {year} kan niet.", en=f"'{shown}': year {year} is not possible.")
        )
    raise DateProblem(
        Message(
            nl=f"'{shown}' bestaat niet: {MONTH_NAMES_NL[month - 1]} {year} heeft geen dag {day}.",
            en=f"'{shown}' does not exist: {MONTH_NAMES_EN[month - 1]} {year} has no day {day}.",
        )
    )


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: back), on the last day of the month when it has fewer days
    (31 januari + 1 = 28 of 29 februari). Past the calendar's ends it saturates at ``date.max``/``date.min``:
    a policy dated 31-12-9999 is checked, not an internal error. The one month arithmetic of the project."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def format_date(value: date, lang: str = "nl") -> str:
    """1 maart 2026 / 1 March 2026."""
    names = MONTH_NAMES_EN if lang == "en" else MONTH_NAMES_NL
    return f"{value.day} {names[value.month - 1]} {value.year}"
