"""Reading the values people really write: Dutch dates, ja/nee, agreement states, fill-in placeholders.

Each parser takes the author's text and returns a value or raises :class:`ValueProblem` with a message in
both languages, so that the model can turn it into a finding on the value's line.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from aibeleid_check.findings import Message


class ValueProblem(ValueError):
    """A value that could not be read: ``message`` explains it; ``ambiguous`` when it can mean two things."""

    def __init__(self, message: Message, *, value: object = "", ambiguous: bool = False) -> None:
        super().__init__(message.nl)
        self.message = message
        self.value = "" if value is None else str(value)
        self.ambiguous = ambiguous


def shown(value: object, limit: int = 60) -> str:
    """The author's value as quoted in a message: on one line, and cut short when it is long."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- placeholders -------------------------------------------------------------------------------------

PLACEHOLDER_WORDS = frozenset(
    {
        "n.t.b.", "n.t.b", "ntb", "nader te bepalen", "nog invullen", "invullen", "in te vullen", "vul in",
        "nog te bepalen", "tbd", "tba", "todo", "to do", "xxx", "xx", "x", "?", "??", "???", "-", "--",
        "n.v.t.", "n.v.t", "nvt", "n/a", "na", "m.i.v.", "met ingang van", "naam", "datum", "onbekend",
    }
)
PLACEHOLDER_PATTERN = re.compile(r"^(?:[.…_\-–—?*\s]+|\[[^\]]*\]|<[^>]*>|\{[^}]*\}|\([.…\s]*\))$")


def is_placeholder(text: str | None) -> bool:
    """True for an empty value or a fill-in marker ("n.t.b.", "…", "[invullen]", "nog invullen")."""
    if text is None:
        return True
    stripped = text.strip()
    if not stripped:
        return True
    return stripped.lower() in PLACEHOLDER_WORDS or PLACEHOLDER_PATTERN.match(stripped) is not None


def _reject_structure(value: object, expected_nl: str, expected_en: str) -> None:
    """A list or mapping where one value belongs: its text form ("['a']") must not pass for a placeholder."""
    if isinstance(value, (list, dict)):
        kind_nl, kind_en = ("lijst", "a list") if isinstance(value, list) else ("mapping", "a mapping")
        raise ValueProblem(
            Message(nl=f"Hier hoort {expected_nl}, geen {kind_nl}.", en=f"Expected {expected_en} here, not {kind_en}.")
        )


# --- yes / no -----------------------------------------------------------------------------------------

YES_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "klopt", "correct", "juist", "on", "wel", "toegestaan"})
NO_WORDS = frozenset(
    {"nee", "n", "no", "false", "onwaar", "off", "niet", "geen", "n.v.t.", "n.v.t", "nvt", "n/a", "niet toegestaan"}
)


def parse_yes_no(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    _reject_structure(value, "ja of nee", "yes or no")
    text = str(value).strip().lower()
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    if is_placeholder(text):
        return None
    raise ValueProblem(
        Message(nl=f"'{shown(value)}' is geen ja of nee.", en=f"'{shown(value)}' is not yes or no.")
    )


# --- processing agreement -----------------------------------------------------------------------------

AGREEMENT_VALUES = ("ja", "nee", "aangevraagd", "niet-nodig")
AGREEMENT_SYNONYMS = {
    "ja": "ja", "j": "ja", "yes": "ja", "y": "ja", "true": "ja", "waar": "ja", "getekend": "ja", "signed": "ja",
    "nee": "nee", "n": "nee", "no": "nee", "false": "nee", "onwaar": "nee", "geen": "nee", "none": "nee",
    "aangevraagd": "aangevraagd", "requested": "aangevraagd", "pending": "aangevraagd", "in aanvraag": "aangevraagd",
    "loopt": "aangevraagd",
    "niet-nodig": "niet-nodig", "niet nodig": "niet-nodig", "niet_nodig": "niet-nodig", "n.v.t.": "niet-nodig",
    "n.v.t": "niet-nodig", "nvt": "niet-nodig", "n/a": "niet-nodig", "not-needed": "niet-nodig",
    "not needed": "niet-nodig", "not_needed": "niet-nodig", "not-required": "niet-nodig",
}


def parse_agreement(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    _reject_structure(value, "een van " + ", ".join(AGREEMENT_VALUES), "one of " + ", ".join(AGREEMENT_VALUES))
    text = str(value).strip().lower()
    if text in AGREEMENT_SYNONYMS:
        return AGREEMENT_SYNONYMS[text]
    if is_placeholder(text):
        return None
    allowed = ", ".join(AGREEMENT_VALUES)
    raise ValueProblem(
        Message(
            nl=f"'{shown(value)}' is geen geldige waarde voor de verwerkersovereenkomst; kies uit {allowed}.",
            en=f"'{shown(value)}' is not a valid processing-agreement value; choose from {allowed}.",
        )
    )


# --- dates ------------------------------------------------------------------------------------------

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3, "mrch": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAY = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
)
_PREFIX = re.compile(r"^(?:m\.?i\.?v\.?|met ingang van|vanaf|per|from|as of)\s+", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z ]*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2('?\d{2}|\d{4})$")
_WORDS = re.compile(rf"^(?:{_WEEKDAY})?(\d{{1,2}})\s*(?:e\s+)?([a-z]+)\.?\s+('?\d{{2}}|\d{{4}})$", re.IGNORECASE)

_MONTH_NAMES_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
_MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def parse_date(value: object) -> date | None:
    """Parse a date as Dutch people write it: ISO or day-first, numeric or with a month name. Never month-first."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    _reject_structure(value, "een datum", "a date")
    if is_placeholder(str(value)):
        return None
    text = _PREFIX.sub("", str(value).strip())
    if match := _ISO.match(text):
        return _make_date(int(match[1]), int(match[2]), int(match[3]), value)
    if match := _DAY_FIRST.match(text):
        return _make_date(_year(match[4]), int(match[3]), int(match[1]), value)
    if match := _WORDS.match(text):
        month = _MONTHS.get(match[2].lower())
        if month is not None:
            return _make_date(_year(match[3]), month, int(match[1]), value)
    raise ValueProblem(
        Message(
            nl=f"'{shown(value)}' is geen datum die ik kan lezen; schrijf bijvoorbeeld 2026-03-01 of 1 maart 2026.",
            en=f"'{shown(value)}' is not a date I can read; write for example 2026-03-01 or 1 maart 2026.",
        )
    )


def _year(text: str) -> int:
    digits = text.lstrip("'")
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _make_date(year: int, month: int, day: int, original: object) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        pass
    if not 1 <= month <= 12:
        raise ValueProblem(
            Message(
                nl=f"'{shown(original)}' bestaat niet: er is geen maand {month} (dag-maand-jaar of jaar-maand-dag).",
                en=f"'{shown(original)}' does not exist: there is no month {month} (day-month-year or year-month-day).",
            )
        )
    raise ValueProblem(
        Message(
            nl=f"'{shown(original)}' bestaat niet: {_MONTH_NAMES_NL[month - 1]} {year} heeft geen dag {day}.",
            en=f"'{shown(original)}' does not exist: {_MONTH_NAMES_EN[month - 1]} {year} has no day {day}.",
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
    names = _MONTH_NAMES_EN if lang == "en" else _MONTH_NAMES_NL
    return f"{value.day} {names[value.month - 1]} {value.year}"
